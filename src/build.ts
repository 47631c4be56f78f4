import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidInputError, RenderError, UsageError } from './errors.js';
import { displayPath, missingTemplates, readDataFiles, readTemplates, type Templates } from './load/index.js';
import { buildModel, type Model, type Municipality } from './model/index.js';
import { hasErrors, type Problem } from './problem.js';
import { renderers, type OutputDocument, type Renderer, type RenderScope, type Words } from './render/index.js';
import { validate } from './validate/index.js';
import { hashInputs, writeOutputs, type Manifest } from './write/index.js';

export interface CheckResult {
  /** Present when the data has no error. */
  readonly model?: Model;
  /** Errors and warnings, in the order found. */
  readonly problems: readonly Problem[];
  /** Every data file read, by its path relative to the data folder: what the outputs are built from. */
  readonly inputs: readonly { readonly path: string; readonly text: string }[];
}

/** Load → validate → model. Nothing is written. */
export async function checkData(dataDir: string): Promise<CheckResult> {
  const loaded = await readDataFiles(dataDir);
  const { dataset, problems } = validate(loaded.files, displayPath(path.resolve(dataDir)));
  const all = [...loaded.problems, ...problems];
  const inputs = loaded.files.map((f) => ({ path: f.name, text: f.text }));
  if (!dataset) return { problems: all, inputs };
  return { model: buildModel(dataset), problems: all, inputs };
}

export interface BuildResult {
  readonly model: Model;
  readonly problems: readonly Problem[];
  readonly manifest: Manifest;
  /** Paths written by this build, relative to the output folder. */
  readonly written: readonly string[];
}

export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../templates', import.meta.url));

export interface BuildOptions {
  readonly dataDir: string;
  readonly outDir: string;
  readonly templatesDir?: string;
  /** Code, name or slug: build only this member's handout, and nothing else. */
  readonly municipality?: string;
}

/** The whole flow. Throws InvalidInputError before anything is written if the data or templates have errors. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const [checked, loaded] = await Promise.all([checkData(options.dataDir), readTemplates(templatesDir)]);
  const templateProblems = [...loaded.problems, ...renderers.flatMap((r) => missingTemplates(loaded.templates, r.templates.file, r.templates.keys, templatesDir))];
  const problems = [...checked.problems, ...templateProblems];
  if (!checked.model || hasErrors(templateProblems)) throw new InvalidInputError(problems);
  // Wording is input too: a template change must show in the manifest as a new input.
  const inputSha256 = hashInputs([
    ...checked.inputs.map((f) => ({ path: `data/${f.path}`, text: f.text })),
    ...loaded.sources.map((f) => ({ path: `templates/${f.path}`, text: f.text })),
  ]);
  const model = checked.model;
  const only = options.municipality === undefined ? undefined : findMunicipality(model, options.municipality);
  const scope: RenderScope = { municipalities: only ? [only] : model.region.municipalities };
  const selected = only ? renderers.filter((r) => r.per === 'municipality') : renderers;
  const documents = selected.flatMap((renderer) => renderDocuments(renderer, model, loaded.templates, scope));
  const { manifest, written } = await writeOutputs(options.outDir, documents, model.vision, inputSha256, { partial: only !== undefined });
  return { model, problems, manifest, written };
}

/** The member named by code, name or slug; a UsageError listing the choices otherwise. */
export function findMunicipality(model: Model, wanted: string): Municipality {
  const found = model.region.municipalities.find((m) => m.code === wanted || m.name === wanted || m.slug === wanted);
  if (found) return found;
  const choices = model.region.municipalities.map((m) => `${m.code} ${m.name} ${m.slug}`).join(', ');
  throw new UsageError(`unknown municipality "${wanted}"; choose a code, name or slug: ${choices}`);
}

/** A renderer's words: its template file, filled with the model's vision, region and policies plus local names. */
export function wordsFor(renderer: Renderer, model: Model, templates: Templates): Words {
  // Presence of the file and keys was checked by missingTemplates() before any rendering.
  const file = templates.get(renderer.templates.file)!;
  const base = { vision: model.vision, region: model.region, policies: model.policies };
  return (key, names = {}) => {
    try {
      return file.get(key)!({ ...base, ...names });
    } catch (cause) {
      throw new Error(`templates/${renderer.templates.file}.yaml, template "${key}": ${(cause as Error).message}`, { cause });
    }
  };
}

function renderDocuments(renderer: Renderer, model: Model, templates: Templates, scope: RenderScope): readonly OutputDocument[] {
  try {
    return renderer.render(model, wordsFor(renderer, model, templates), scope);
  } catch (cause) {
    throw new RenderError(renderer.name, { cause });
  }
}
