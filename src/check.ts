import { checkBase, type Base } from './check-base.js';
import { checkData } from './check-data.js';
import { compareModels, type Comparison } from './compare/index.js';
import { TemplateError, UsageError } from './errors.js';
import { displayFolder, missingTemplates, readTemplates, type Templates } from './load/index.js';
import type { Model, Municipality } from './model/index.js';
import { msg } from './messages/index.js';
import { hasErrors, type Problem } from './problem.js';
import { renderChecked, renderers, renderUnits, wordsFor, type RenderInput } from './render/index.js';
import { chartFitWarning, fitChart, systemChart } from './render/pdf/system-chart.js';
import { DEFAULT_TEMPLATES_DIR } from './templates-dir.js';
import { closest, nameKey } from './validate/index.js';
import { buildInputsSha256, templatesSha256, type UnitJob } from './write/index.js';

export { DEFAULT_TEMPLATES_DIR } from './templates-dir.js';

export interface CheckOptions {
  readonly dataDir: string;
  readonly templatesDir?: string;
  /** Code, name or slug: only this member's handout. */
  readonly municipality?: string;
  /** A data folder or `git:REF` to compare with: the 新旧対照表 and the handouts' changes are made against it. */
  readonly base?: string;
}

/** Everything rendering needs, checked: the model, the templates, what changed since the base, and the units to make. */
export interface Prepared {
  readonly model: Model;
  /** Warnings so far (errors stop before this). */
  readonly problems: readonly Problem[];
  /** sha256 over every data and template file (and the base's). */
  readonly inputSha256: string;
  readonly input: RenderInput;
  readonly templates: Templates;
  readonly templatesDir: string;
  readonly templatesSha256: string;
  /** Every unit in build order; a one-member build wants only that member's, and checks the rest. */
  readonly jobs: readonly UnitJob[];
  /** With a base: what it was and what changed since. */
  readonly comparison?: { readonly base: Base; readonly changes: Comparison };
}

/** What `validate` reports on valid data: the model and its warnings. */
export interface Checked {
  readonly model: Model;
  readonly problems: readonly Problem[];
}

/**
 * The data, the templates, the base: everything that is checked before a document is rendered.
 * Returns the problems alone when there is any error.
 */
export async function prepare(options: CheckOptions): Promise<Prepared | { readonly problems: readonly Problem[] }> {
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const [checked, loaded] = await Promise.all([checkData(options.dataDir), readTemplates(templatesDir)]);
  // The base is read only once the current data is known to be valid: its problems would only bury these.
  const templateProblems = [...loaded.problems, ...renderers.flatMap((r) => missingTemplates(loaded.templates, r.templates.file, r.templates.keys, templatesDir))];
  const problems = [...checked.problems, ...templateProblems];
  if (!checked.model || hasErrors(templateProblems)) return { problems };
  const model = checked.model;
  const only = options.municipality === undefined ? undefined : findMunicipality(model, options.municipality);
  const base = options.base === undefined ? undefined : await checkBase(options.base, options.dataDir, templatesDir);
  const changes = base && compareModels(base.model, model);
  // Wording is input too: a template change must show in the manifest as a new input.
  const inputSha256 = buildInputsSha256({ data: checked.inputs, templates: loaded.sources, ...(base ? { base: base.inputs } : {}) });
  const chart = chartWarning(model, loaded.templates, displayFolder(options.dataDir));
  if (chart) problems.push(chart);
  // Every unit is rendered even for one member's handout: the data is valid only if all of it
  // can be made, and a partial build must not pass what a full build rejects.
  const jobs = renderUnits(model).map((unit) => ({ unit, wanted: only === undefined || unit.member === only.code }));
  return {
    model,
    problems,
    inputSha256,
    input: { model, ...(changes ? { comparison: changes } : {}) },
    templates: loaded.templates,
    templatesDir,
    templatesSha256: templatesSha256(loaded.sources),
    jobs,
    ...(base && changes ? { comparison: { base, changes } } : {}),
  };
}

/**
 * Whether the chart fits its A3 page, decided by measuring before anything is rendered, so
 * validate says so and no other document waits on it. A template that fails here fails again
 * when the chart renders, where it is reported with its position.
 */
function chartWarning(model: Model, templates: Templates, dataFolder: string): Problem | undefined {
  let warning;
  try {
    warning = chartFitWarning(fitChart(model, wordsFor(systemChart, model, templates)));
  } catch (error) {
    if (error instanceof TemplateError) return undefined;
    throw error;
  }
  return warning && { severity: 'warning', file: dataFolder, path: '', ...warning };
}

export function isPrepared(result: Awaited<ReturnType<typeof prepare>>): result is Prepared {
  return 'model' in result;
}

/**
 * Everything `build` checks, in the order it would meet it: the data, the templates, and every
 * document rendered (so a template that fails on this data is a positioned problem), without
 * making any bytes. `validate` runs exactly this, so whatever `build` would reject, `validate`
 * reports. Returns the problems alone when there is any error.
 */
export async function checkAll(options: CheckOptions): Promise<Checked | { readonly problems: readonly Problem[] }> {
  const prepared = await prepare(options);
  if (!isPrepared(prepared)) return prepared;
  const problems = [...prepared.problems];
  const failed = new Set<number>();
  for (const { unit } of prepared.jobs) {
    if (failed.has(unit.renderer)) continue;
    const rendered = renderChecked(prepared.input, prepared.templates, unit);
    if ('problem' in rendered) {
      failed.add(unit.renderer);
      problems.push(rendered.problem);
    }
  }
  return hasErrors(problems) ? { problems } : { model: prepared.model, problems };
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
