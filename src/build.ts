import { checkAll, isChecked, type CheckOptions } from './check.js';
import { InvalidInputError } from './errors.js';
import type { Base } from './check-base.js';
import type { Comparison } from './compare/index.js';
import type { Message } from './messages/index.js';
import type { Model } from './model/index.js';
import type { Problem } from './problem.js';
import { writeOutputs, type DocumentCache, type Manifest } from './write/index.js';

export { checkAll, DEFAULT_TEMPLATES_DIR, findMunicipality, isChecked, wordsFor, type Checked } from './check.js';
export { checkData, type CheckResult } from './check-data.js';

export interface BuildResult {
  readonly model: Model;
  readonly problems: readonly Problem[];
  readonly manifest: Manifest;
  /** Paths written by this build, relative to the output folder. */
  readonly written: readonly string[];
  /** Of those, the ones described exactly as in an earlier build of this process, so not made again. */
  readonly unchanged: readonly string[];
  /** What the user should know about the output folder (an interrupted build's outputs dropped, say). */
  readonly warnings: readonly Message[];
  /** With a base: what it was and what changed since. */
  readonly comparison?: { readonly base: Base; readonly changes: Comparison };
}

export interface BuildOptions extends CheckOptions {
  readonly outDir: string;
  /** Told after each document is made: how many of how many. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Documents made by earlier builds in this process (`--watch`): those described as then are not made again. */
  readonly cache?: DocumentCache;
}

/** The whole flow. Throws InvalidInputError before anything is written if the data or templates have errors. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const checked = await checkAll(options);
  if (!isChecked(checked)) throw new InvalidInputError(checked.problems);
  const { model, documents, made, inputSha256, problems, comparison } = checked;
  const { manifest, written, unchanged, warnings } = await writeOutputs(options.outDir, documents, model.vision, inputSha256, {
    partial: options.municipality !== undefined,
    made,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
  });
  return { model, problems, manifest, written, unchanged, warnings, ...(comparison ? { comparison } : {}) };
}
