import { checkAll, isChecked, type CheckOptions } from './check.js';
import { InvalidInputError } from './errors.js';
import type { Base } from './check-base.js';
import type { Comparison } from './compare/index.js';
import type { Model } from './model/index.js';
import type { Problem } from './problem.js';
import { writeOutputs, type Manifest } from './write/index.js';

export { checkAll, DEFAULT_TEMPLATES_DIR, findMunicipality, isChecked, wordsFor, type Checked } from './check.js';
export { checkData, type CheckResult } from './check-data.js';

export interface BuildResult {
  readonly model: Model;
  readonly problems: readonly Problem[];
  readonly manifest: Manifest;
  /** Paths written by this build, relative to the output folder. */
  readonly written: readonly string[];
  /** What the user should know about the output folder (an interrupted build's outputs dropped, say). */
  readonly warnings: readonly string[];
  /** With a base: what it was and what changed since. */
  readonly comparison?: { readonly base: Base; readonly changes: Comparison };
}

export interface BuildOptions extends CheckOptions {
  readonly outDir: string;
}

/** The whole flow. Throws InvalidInputError before anything is written if the data or templates have errors. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const checked = await checkAll(options);
  if (!isChecked(checked)) throw new InvalidInputError(checked.problems);
  const { model, documents, made, inputSha256, problems, comparison } = checked;
  const { manifest, written, warnings } = await writeOutputs(options.outDir, documents, model.vision, inputSha256, { partial: options.municipality !== undefined, made });
  return { model, problems, manifest, written, warnings, ...(comparison ? { comparison } : {}) };
}
