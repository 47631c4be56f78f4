import { parentPort, workerData } from 'node:worker_threads';
import { ExplainedError, reason, TemplatesChangedError } from '../errors.js';
import { readTemplates } from '../load/index.js';
import { msg } from '../messages/index.js';
import { makeUnit } from './make-unit.js';
import { templatesSha256 } from './manifest.js';
import type { FromWorker, ToWorker, WorkerData } from './pool.js';

/** A worker thread of a build: makes the units it is given, one at a time, and says what became of each. */
const data = workerData as WorkerData;
const loaded = await readTemplates(data.templatesDir);
const sameTemplates = templatesSha256(loaded.sources) === data.templatesSha256;

parentPort!.on('message', (message: ToWorker) => {
  void answer(message).then((reply) => parentPort!.postMessage(reply));
});

async function answer({ index, job }: ToWorker): Promise<FromWorker> {
  try {
    if (!sameTemplates) throw new TemplatesChangedError();
    return { index, result: await makeUnit(data.input, loaded.templates, job, data.settings) };
  } catch (error) {
    const detail = error instanceof ExplainedError ? error.detail : msg('output.workerFailed', { error: reason(error) });
    return { index, failure: { detail, stack: error instanceof Error ? (error.stack ?? '') : '' } };
  }
}
