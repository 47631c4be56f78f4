import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { OutputWriteError } from '../errors.js';

/** Each thread of a process counts from its own start, so two worker threads never hand out one name. */
let counter = threadId * 2 ** 32;

/**
 * `.<name>.<pid>.<n>.tmp`: the pid keeps two processes apart, the counter two writes of one
 * process (of any of its threads), so concurrent builds never share a temporary file (and
 * nothing random is needed).
 */
function temporaryName(name: string, pid: number, n: number): string {
  return `.${name}.${pid}.${n}.tmp`;
}

/** A fresh temporary sibling of `target`, never handed out before by this process. */
export function temporaryPath(target: string): string {
  counter += 1;
  return path.join(path.dirname(target), temporaryName(path.basename(target), process.pid, counter));
}

/** How many bytes a temporary name can add to a file's name, whatever the pid (up to 2³²) and counter. */
export const TEMPORARY_ROOM = temporaryName('', 2 ** 32, Number.MAX_SAFE_INTEGER).length;

const TEMPORARY = /^\.(.+)\.[1-9]\d*\.[1-9]\d*\.tmp$/;

/** The name a temporary file was written for, if `name` has exactly the shape temporaryPath() gives. */
export function temporaryFor(name: string): string | undefined {
  return TEMPORARY.exec(name)?.[1];
}

/**
 * Writes a file so that a reader sees the old bytes or the new, never half of them:
 * the bytes go to a temporary sibling first, then a rename swaps it in.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = temporaryPath(target);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch (cause) {
    // The write's failure is what must be reported; a temporary file this cannot remove is
    // removed by the next build (see tidy.ts), so failing here must not hide the cause.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new OutputWriteError(target, { cause });
  }
}
