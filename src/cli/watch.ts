import { watch as watchFolder } from 'node:fs';
import { build } from '../build.js';
import { DEFAULT_TEMPLATES_DIR } from '../templates-dir.js';
import { msg, type Lang } from '../messages/index.js';
import type { Problem } from '../problem.js';
import type { CliOptions } from './args.js';
import { say } from './print.js';

/** How long the folders must be quiet before a rebuild: an editor's save is often several writes. */
const SETTLE_MS = 200;

export interface WatchIo {
  readonly out: (text: string) => void;
  /** Prints a build's warnings. */
  readonly problems: (problems: readonly Problem[]) => void;
  /** Runs one build, printing its failure (the problems of invalid data, say) instead of ending the watch. */
  readonly report: (build: () => Promise<void>) => Promise<void>;
  /** Ends the watch (Ctrl+C on the command line). */
  readonly stop: AbortSignal;
}

/**
 * `build --watch`: builds, then rebuilds whenever a file under the data or templates folder
 * changes, in one process that stays warm. Like any build, it does not make again a document
 * whose file is already what it would make, so an edit remakes only what it affects. An invalid state in between
 * (a half-typed line) is reported like any build's problems, and the watch goes on.
 */
export async function watchBuild(options: CliOptions, io: WatchIo, lang: Lang): Promise<number> {
  const once = () =>
    io.report(async () => {
      const result = await build(options);
      io.problems(result.problems);
      io.out(say(msg('cli.rebuilt', { changed: result.written.length, unchanged: result.skipped.length }), lang));
      for (const file of result.written) io.out(`  ${options.outDir}/${file}`);
    });
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    do {
      again = false;
      running = once();
      await running;
      running = undefined;
    } while (again && !io.stop.aborted);
  };
  await run();
  const folders = [options.dataDir, DEFAULT_TEMPLATES_DIR];
  io.out(say(msg('cli.watching', { folders }), lang));
  for (const folder of folders) {
    watchFolder(folder, { recursive: true, signal: io.stop }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), SETTLE_MS);
    });
  }
  await new Promise<void>((resolve) => (io.stop.aborted ? resolve() : io.stop.addEventListener('abort', () => resolve(), { once: true })));
  clearTimeout(timer);
  await running;
  return 0;
}
