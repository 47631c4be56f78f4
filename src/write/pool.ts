import { Worker } from 'node:worker_threads';
import { WorkerFailedError } from '../errors.js';
import type { Message } from '../messages/index.js';
import type { MakeSettings, UnitJob, UnitResult } from './make-unit.js';
import { discardStaged } from './stage.js';
import type { UnitSource } from './unit-maker.js';

/** What a worker is started with: everything its units are made from, copied once. */
export interface WorkerData {
  readonly input: UnitSource['input'];
  readonly templatesDir: string;
  readonly templatesSha256: string;
  readonly settings: MakeSettings;
}

export type ToWorker = { readonly index: number; readonly job: UnitJob };
export type FromWorker = { readonly index: number; readonly result: UnitResult } | { readonly index: number; readonly failure: { readonly detail: Message; readonly stack: string } };

/**
 * Makes the units in `count` worker threads, each taking the next unit as it finishes one, and
 * yields the results in the units' order. Compiled, the worker is plain JavaScript; run from the
 * sources (the tests), it is loaded through the same TypeScript loader as they are.
 */
export async function* makeInWorkers(source: UnitSource, settings: MakeSettings, count: number): AsyncGenerator<UnitResult> {
  const { jobs } = source;
  const data: WorkerData = { input: source.input, templatesDir: source.templatesDir, templatesSha256: source.templatesSha256, settings };
  const pending = jobs.map(() => deferred<UnitResult>());
  let next = 0;
  const workers = Array.from({ length: Math.min(count, jobs.length) }, () => {
    const worker = startWorker(data);
    const give = () => {
      if (next < jobs.length) worker.postMessage({ index: next, job: jobs[next++]! } satisfies ToWorker);
    };
    worker.on('message', (message: FromWorker) => {
      const settle = pending[message.index]!;
      if ('result' in message) settle.resolve(message.result);
      else settle.reject(new WorkerFailedError(message.failure.detail, message.failure.stack));
      give();
    });
    // A worker that dies takes its unit with it: every unit not yet back fails with its error.
    worker.on('error', (error) => pending.forEach((p) => p.reject(error)));
    give();
    return worker;
  });
  let yielded = 0;
  try {
    for (const result of pending) {
      yield await result.promise;
      yielded += 1;
    }
  } finally {
    // Stopped early (a unit failed): the units already handed out finish, and what they staged
    // is discarded, so no temporary file of theirs is left in the output folder.
    const started = next;
    next = jobs.length;
    const unread = await Promise.allSettled(pending.slice(yielded + 1, started).map((p) => p.promise));
    await discardStaged(unread.flatMap((r) => (r.status === 'fulfilled' && 'documents' in r.value ? r.value.documents.flatMap((m) => (m.state === 'made' ? [m] : [])) : [])));
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Compiled, the worker is plain JavaScript. Run from the sources (the tests), it is TypeScript,
 * which a worker thread cannot load by itself: it first registers the same loader the sources
 * run under.
 */
function startWorker(workerData: WorkerData): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  const script = new URL('./worker.ts', import.meta.url).href;
  const loader = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Rejections are read in order; one not yet awaited must not count as unhandled.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
