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
 * renderer that fails on the data is reported once, and once anything has failed the remaining
 * units are only checked: their bytes would be thrown away.
 */
export function unitMaker(source: UnitSource, workers: number): DocumentMaker {
  return {
    units: source.jobs.length,
    make: (settings) => (workers > 1 ? onceEach(makeInWorkers(source, settings, workers)) : inThisThread(source, settings)),
  };
}

async function* inThisThread(source: UnitSource, settings: MakeSettings): AsyncGenerator<UnitResult> {
  const failed = new Set<number>();
  for (const job of source.jobs) {
    if (failed.has(job.unit.renderer)) {
      yield { unit: job.unit, documents: [] };
      continue;
    }
    const result = await makeUnit(source.input, source.templates, failed.size > 0 ? { ...job, wanted: false } : job, settings);
    if ('problem' in result) failed.add(job.unit.renderer);
    yield result;
  }
}

/** Workers make units side by side, so one renderer's failure may come back for several members: it is reported once. */
async function* onceEach(results: AsyncIterable<UnitResult>): AsyncGenerator<UnitResult> {
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
