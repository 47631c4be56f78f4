import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidInputError, RenderError } from './errors.js';
import { displayPath, missingTemplates, readDataFiles, readTemplates, type Templates } from './load/index.js';
import { buildModel, type Model } from './model/index.js';
import type { Problem } from './problem.js';
import { renderers, type OutputDocument, type Renderer, type Words } from './render/index.js';
import { validate } from './validate/index.js';
import { hashInputs, writeOutputs, type Manifest } from './write/index.js';

export interface CheckResult {
  /** Present when the data has no error. */
  readonly model?: Model;
  /** Errors and warnings, in the order found. */
  readonly problems: readonly Problem[];
  readonly inputSha256?: string;
}

/** Load → validate → model. Nothing is written. */
export async function checkData(dataDir: string): Promise<CheckResult> {
  const loaded = await readDataFiles(dataDir);
  const { dataset, problems } = validate(loaded.files, displayPath(path.resolve(dataDir)));
  const all = [...loaded.problems, ...problems];
  if (!dataset) return { problems: all };
  return { model: buildModel(dataset), problems: all, inputSha256: hashInputs(loaded.files.map((f) => ({ path: f.name, text: f.text }))) };
}

export interface BuildResult {
  readonly model: Model;
  readonly problems: readonly Problem[];
  readonly manifest: Manifest;
}

export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../templates', import.meta.url));

export interface BuildOptions {
  readonly dataDir: string;
  readonly outDir: string;
  readonly templatesDir?: string;
}

/** The whole flow. Throws InvalidInputError before anything is written if the data or templates have errors. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const [checked, loaded] = await Promise.all([checkData(options.dataDir), readTemplates(templatesDir)]);
  const templateProblems = [...loaded.problems, ...renderers.flatMap((r) => missingTemplates(loaded.templates, r.templates.file, r.templates.keys, templatesDir))];
  const problems = [...checked.problems, ...templateProblems];
  if (!checked.model || checked.inputSha256 === undefined || templateProblems.length > 0) throw new InvalidInputError(problems);
  const model = checked.model;
  const documents = renderers.flatMap((renderer) => renderDocuments(renderer, model, loaded.templates));
  const manifest = await writeOutputs(options.outDir, documents, model.vision, checked.inputSha256);
  return { model, problems, manifest };
}

/** A renderer's words: its template file, filled with the model's vision, region and policies plus local names. */
export function wordsFor(renderer: Renderer, model: Model, templates: Templates): Words {
  // Presence of the file and keys was checked by missingTemplates() before any rendering.
  const file = templates.get(renderer.templates.file)!;
  const base = { vision: model.vision, region: model.region, policies: model.policies };
  return (key, names = {}) => file.get(key)!({ ...base, ...names });
}

function renderDocuments(renderer: Renderer, model: Model, templates: Templates): readonly OutputDocument[] {
  try {
    return renderer.render(model, wordsFor(renderer, model, templates));
  } catch (cause) {
    throw new RenderError(renderer.name, { cause });
  }
}
