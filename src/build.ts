import type { Base } from './check-base.js';
import type { CheckOptions } from './check.js';
import type { Comparison } from './compare/index.js';
import { InvalidInputError } from './errors.js';
import type { Message } from './messages/index.js';
import type { PlanFigures } from './model/index.js';
import type { Problem } from './problem.js';
import { checkRecord, upToDate } from './up-to-date.js';
import type { Manifest } from './write/manifest.js';

export interface BuildResult {
  /** The plan in figures, for the summary. */
  readonly figures: PlanFigures;
  readonly problems: readonly Problem[];
  readonly manifest: Manifest;
  /** Paths made and written by this build, relative to the output folder. */
  readonly written: readonly string[];
  /** Paths whose files already held exactly what this build would make: not made again. */
  readonly skipped: readonly string[];
  /** What the user should know about the output folder (an interrupted build's outputs dropped, say). */
  readonly warnings: readonly Message[];
  /** With a base: what it was and what changed since. */
  readonly comparison?: { readonly base: Base; readonly changes: Comparison };
}

export interface BuildOptions extends CheckOptions {
  readonly outDir: string;
  /** Make every document, even those whose files are current. */
  readonly force?: boolean;
  /** Worker threads that make documents side by side; 1 makes them in this thread. */
  readonly workers?: number;
  /** Told after each unit (the plan's documents, or one member's) is made: how many of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The whole flow. Throws InvalidInputError, with nothing written, if the data or templates have
 * errors. A build with nothing to do finds so first, from the files' bytes alone; the rest of
 * the program (the validator, the renderers, the PDF and workbook libraries) is loaded only
 * when there is work for it.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const done = await upToDate(options);
  if (done) return done;
  const [{ isPrepared, prepare }, { planFigures }, { writeOutputs }, { unitMaker }] = await Promise.all([
    import('./check.js'),
    import('./model/figures.js'),
    import('./write/write-outputs.js'),
    import('./write/unit-maker.js'),
  ]);
  const prepared = await prepare(options);
  if (!isPrepared(prepared)) throw new InvalidInputError(prepared.problems);
  const { model, inputSha256, problems, comparison } = prepared;
  const figures = planFigures(model);
  const check = await checkRecord(options.dataDir, figures, problems);
  const written = await writeOutputs(options.outDir, unitMaker(prepared, options.workers ?? 1), model.vision, inputSha256, {
    partial: options.municipality !== undefined,
    force: options.force ?? false,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(check ? { check } : {}),
  });
  if ('problems' in written) throw new InvalidInputError([...problems, ...written.problems]);
  return { figures, problems, ...written, ...(comparison ? { comparison } : {}) };
}
