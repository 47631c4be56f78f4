import { createHash } from 'node:crypto';
import type { Comparison } from '../compare/index.js';
import { describe } from './describe.js';
import { ExplainedError, reason, RenderError, TemplateError } from '../errors.js';
import { msg } from '../messages/index.js';
import type { Problem } from '../problem.js';
import type { Templates } from '../load/index.js';
import type { Model } from '../model/index.js';
import { renderers } from './renderers.js';
import type { OutputDocument, Renderer, Words } from './types.js';

/**
 * One call of one renderer: the whole plan, or one member's set. Documents are made a unit at a
 * time, so no more of them are held than one unit's, whatever the size of the plan.
 */
export interface RenderUnit {
  /** Index into `renderers`. */
  readonly renderer: number;
  /** The member's code, for a renderer of one set per member. */
  readonly member?: string;
}

/** What every unit is rendered from; plain data, so it can be handed to a worker thread. */
export interface RenderInput {
  readonly model: Model;
  readonly comparison?: Comparison;
}

/** Every unit a full build renders, in build order: the plan's documents, then each member's. */
export function renderUnits(model: Model): RenderUnit[] {
  return renderers.flatMap((r, renderer): RenderUnit[] => (r.per === 'plan' ? [{ renderer }] : model.region.municipalities.map((m) => ({ renderer, member: m.code }))));
}

function rendererOf(unit: RenderUnit): Renderer {
  return renderers[unit.renderer]!;
}

/** The unit's documents. A template that fails on this data throws TemplateError. */
function renderUnit(input: RenderInput, templates: Templates, unit: RenderUnit): readonly OutputDocument[] {
  const renderer = rendererOf(unit);
  const { model } = input;
  const municipalities = unit.member === undefined ? model.region.municipalities : model.region.municipalities.filter((m) => m.code === unit.member);
  return renderer.render(model, wordsFor(renderer, model, templates), { municipalities, ...(input.comparison ? { comparison: input.comparison } : {}) });
}

/** A rendered document and the sha256 of its description (see describe()): what it is made from, without holding the text. */
export interface Described {
  readonly document: OutputDocument;
  readonly described: string;
}

/** The unit's documents, described, or, when a template fails on this data, the positioned problem that says so. */
export function renderChecked(input: RenderInput, templates: Templates, unit: RenderUnit): { readonly documents: readonly Described[] } | { readonly problem: Problem } {
  try {
    return { documents: renderUnit(input, templates, unit).map(described) };
  } catch (cause) {
    const renderer = rendererOf(unit).name;
    if (!(cause instanceof TemplateError)) throw new RenderError(renderer, { cause });
    return { problem: templateProblem(renderer, cause) };
  }
}

/** A template that failed on this data while `renderer` rendered, as a problem at its place in templates/. */
export function templateProblem(renderer: string, failure: TemplateError): Problem {
  const { file, key, line, column } = failure.template;
  const error = failure.cause instanceof ExplainedError ? failure.cause.detail : reason(failure.cause);
  return { severity: 'error', file, line, column, path: key, message: msg('output.templateFails', { renderer, error }) };
}

/** A document with the hash of its description. */
export function described(document: OutputDocument): Described {
  return { document, described: createHash('sha256').update(describe(document)).digest('hex') };
}

/** A renderer's words: its template file, filled with the model's vision, region and policies plus local names. */
export function wordsFor(renderer: Pick<Renderer, 'templates'>, model: Model, templates: Templates): Words {
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
