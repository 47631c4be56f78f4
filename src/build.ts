import { checkAll, isChecked, type CheckOptions } from './check.js';
import { InvalidInputError } from './errors.js';
import type { Model } from './model/index.js';
import type { Problem } from './problem.js';
import { writeOutputs, type Manifest } from './write/index.js';

export { checkAll, checkData, DEFAULT_TEMPLATES_DIR, findMunicipality, isChecked, wordsFor, type CheckResult, type Checked } from './check.js';

export interface BuildResult {
  readonly model: Model;
  readonly problems: readonly Problem[];
  readonly manifest: Manifest;
  /** Paths written by this build, relative to the output folder. */
  readonly written: readonly string[];
  /** What the user should know about the output folder (an interrupted build's outputs dropped, say). */
  readonly warnings: readonly string[];
}

export interface BuildOptions extends CheckOptions {
  readonly outDir: string;
}

/** The whole flow. Throws InvalidInputError before anything is written if the data or templates have errors. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const checked = await checkAll(options);
  if (!isChecked(checked)) throw new InvalidInputError(checked.problems);
  const { model, documents, made, inputSha256, problems } = checked;
  const { manifest, written, warnings } = await writeOutputs(options.outDir, documents, model.vision, inputSha256, { partial: options.municipality !== undefined, made });
  return { model, problems, manifest, written, warnings };
}
