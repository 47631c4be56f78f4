import type { Templates } from '../load/index.js';
import type { RenderInput } from '../render/index.js';
import { makeUnit, type MakeSettings, type UnitJob, type UnitResult } from './make-unit.js';
import { makeInWorkers } from './pool.js';
import type { DocumentMaker } from './write-outputs.js';

/** Everything a build's units are made from. */
export interface UnitSource {
  readonly input: RenderInput;
  readonly templates: Templates;
  /** Where the templates were read from, and the hash of what was read: a worker reads them again and checks it got the same. */
  readonly templatesDir: string;
  readonly templatesSha256: string;
  readonly jobs: readonly UnitJob[];
}

/**
 * Makes the units in this thread (`workers` 1) or in that many worker threads. Either way each
 * renderer that fails on the data is reported once; in this thread, once anything has failed,
 * the remaining units are only checked, as their bytes would be thrown away.
 */
export function unitMaker(source: UnitSource, workers: number): DocumentMaker {
  return {
    units: source.jobs.length,
    make: (settings) => oncePerRenderer(workers > 1 ? makeInWorkers(source, settings, workers) : inThisThread(source, settings)),
  };
}

async function* inThisThread(source: UnitSource, settings: MakeSettings): AsyncGenerator<UnitResult> {
  let failed = false;
  for (const job of source.jobs) {
    const result = await makeUnit(source.input, source.templates, failed ? { ...job, wanted: false } : job, settings);
    failed ||= 'problem' in result;
    yield result;
  }
}

/** One renderer's failure comes back for every member it renders for: it is reported once. */
async function* oncePerRenderer(results: AsyncIterable<UnitResult>): AsyncGenerator<UnitResult> {
  const failed = new Set<number>();
  for await (const result of results) {
    if (!('problem' in result)) yield result;
    else if (failed.has(result.unit.renderer)) yield { unit: result.unit, documents: [] };
    else {
      failed.add(result.unit.renderer);
      yield result;
    }
  }
}
