import { fileURLToPath } from 'node:url';
import { checkBase, type Base } from './check-base.js';
import { checkData } from './check-data.js';
import { compareModels, type Comparison } from './compare/index.js';
import { ExplainedError, reason, RenderError, TemplateError, TooManyPagesError, UsageError } from './errors.js';
import { displayFolder, missingTemplates, readTemplates, type Templates } from './load/index.js';
import type { Model, Municipality } from './model/index.js';
import { msg } from './messages/index.js';
import { hasErrors, type Problem } from './problem.js';
import { renderers, type OutputDocument, type Renderer, type RenderScope, type Words } from './render/index.js';
import { closest, nameKey } from './validate/index.js';
import { hashInputs } from './write/index.js';
import { serialize } from './write/serialize.js';

export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../templates', import.meta.url));

export interface CheckOptions {
  readonly dataDir: string;
  readonly templatesDir?: string;
  /** Code, name or slug: only this member's handout. */
  readonly municipality?: string;
  /** A data folder or `git:REF` to compare with: the 新旧対照表 and the handouts' changes are made against it. */
  readonly base?: string;
}

/** Everything a build needs before it writes: the model, every document, and the bytes already made. */
export interface Checked {
  readonly model: Model;
  readonly problems: readonly Problem[];
  /** sha256 over every data and template file. */
  readonly inputSha256: string;
  readonly documents: readonly OutputDocument[];
  /** Bytes of the documents that had to be laid out to know they fit, by path: not made twice. */
  readonly made: ReadonlyMap<string, Uint8Array>;
  /** With a base: what it was and what changed since. */
  readonly comparison?: { readonly base: Base; readonly changes: Comparison };
}

/**
 * Everything `build` checks, in the order it would meet it: the data, the templates, every
 * document rendered (so a template that fails on this data is a positioned problem), and the
 * documents that must fit a page count laid out (the one-page chart). `validate` runs exactly
 * this, so whatever `build` would reject, `validate` reports. Returns the problems alone when
 * there is any error.
 */
export async function checkAll(options: CheckOptions): Promise<Checked | { readonly problems: readonly Problem[] }> {
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const [checked, loaded] = await Promise.all([checkData(options.dataDir), readTemplates(templatesDir)]);
  // The base is read only once the current data is known to be valid: its problems would only bury these.
  const templateProblems = [...loaded.problems, ...renderers.flatMap((r) => missingTemplates(loaded.templates, r.templates.file, r.templates.keys, templatesDir))];
  const problems = [...checked.problems, ...templateProblems];
  if (!checked.model || hasErrors(templateProblems)) return { problems };
  const model = checked.model;
  const only = options.municipality === undefined ? undefined : findMunicipality(model, options.municipality);
  const dataFolder = displayFolder(options.dataDir);
  const base = options.base === undefined ? undefined : await checkBase(options.base, options.dataDir, templatesDir);
  const changes = base && compareModels(base.model, model);
  const scope: RenderScope = { municipalities: model.region.municipalities, ...(changes ? { comparison: changes } : {}) };
  let documents: OutputDocument[] = [];
  const made = new Map<string, Uint8Array>();
  // Every document is rendered even for one member's handout: the data is valid only if all of
  // it can be made, and a partial build must not pass what a full build rejects.
  for (const renderer of renderers) {
    const rendered = renderDocuments(renderer, model, loaded.templates, scope);
    if ('problem' in rendered) {
      problems.push(rendered.problem);
      continue;
    }
    for (const document of rendered.documents) {
      documents.push(document);
      if (document.kind !== 'pdf' || document.maxPages === undefined) continue;
      const fit = await layOut(document, dataFolder);
      if (fit instanceof Uint8Array) made.set(document.path, fit);
      else problems.push(fit);
    }
  }
  if (hasErrors(problems)) return { problems };
  if (only) {
    documents = renderers.filter((r) => r.per === 'municipality').flatMap((r) => r.render(model, wordsFor(r, model, loaded.templates), { ...scope, municipalities: [only] }));
  }
  // Wording is input too: a template change must show in the manifest as a new input.
  const inputSha256 = hashInputs([
    ...checked.inputs.map((f) => ({ path: `data/${f.path}`, text: f.text })),
    ...loaded.sources.map((f) => ({ path: `templates/${f.path}`, text: f.text })),
    ...(base?.inputs.map((f) => ({ path: `base/${f.path}`, text: f.text })) ?? []),
  ]);
  return { model, problems, inputSha256, documents, made, ...(base && changes ? { comparison: { base, changes } } : {}) };
}

export function isChecked(result: Awaited<ReturnType<typeof checkAll>>): result is Checked {
  return 'model' in result;
}

/**
 * The member named by code, name or slug, or by a unique beginning of one (江別 → 江別市), compared
 * as a reader sees them (full-width letters, invisible characters). A UsageError otherwise,
 * naming the members it could be or the nearest one, and listing the choices.
 */
export function findMunicipality(model: Model, wanted: string): Municipality {
  const key = nameKey(wanted);
  const members = model.region.municipalities;
  const keys = (m: Municipality) => [m.code, m.name, m.slug].map(nameKey);
  const exact = members.find((m) => keys(m).includes(key));
  if (exact) return exact;
  const starting = key === '' ? [] : members.filter((m) => keys(m).some((k) => k.startsWith(key)));
  if (starting.length === 1) return starting[0]!;
  if (starting.length > 1) throw new UsageError(msg('cli.ambiguousMunicipality', { wanted, matches: starting.map((m) => m.name) }));
  const choices = members.map((m) => `${m.code} ${m.name} ${m.slug}`);
  const near = closest(members.flatMap((m) => [m.name, m.slug]), wanted);
  throw new UsageError(near === undefined ? msg('cli.unknownMunicipality', { wanted, choices }) : msg('cli.unknownMunicipalityNear', { wanted, near, choices }));
}

/** A renderer's words: its template file, filled with the model's vision, region and policies plus local names. */
export function wordsFor(renderer: Renderer, model: Model, templates: Templates): Words {
  // Presence of the file and keys was checked by missingTemplates() before any rendering.
  const file = templates.get(renderer.templates.file)!;
  const base = { vision: model.vision, region: model.region, policies: model.policies };
  return (key, names = {}) => {
    const template = file.get(key)!;
    try {
      return template.render({ ...base, ...names });
    } catch (cause) {
      throw new TemplateError(template, { cause });
    }
  };
}

function renderDocuments(renderer: Renderer, model: Model, templates: Templates, scope: RenderScope): { documents: readonly OutputDocument[] } | { problem: Problem } {
  try {
    return { documents: renderer.render(model, wordsFor(renderer, model, templates), scope) };
  } catch (cause) {
    if (cause instanceof TemplateError) {
      const { file, key, line, column } = cause.template;
      return { problem: { severity: 'error', file, line, column, path: key, message: msg('output.templateFails', { renderer: renderer.name, error: cause.cause instanceof ExplainedError ? cause.cause.detail : reason(cause.cause) }) } };
    }
    throw new RenderError(renderer.name, { cause });
  }
}

/** A document that must fit a page count, laid out now: its bytes, or the problem that it does not fit. */
async function layOut(document: OutputDocument, dataFolder: string): Promise<Uint8Array | Problem> {
  try {
    return await serialize(document);
  } catch (error) {
    if (!(error instanceof RenderError && error.cause instanceof TooManyPagesError)) throw error;
    return { severity: 'error', file: dataFolder, path: '', message: msg('output.chartDoesNotFit', { output: document.path, why: error.cause.detail }) };
  }
}
