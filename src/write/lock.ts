import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { OutputLockedError, OutputWriteError } from '../errors.js';
import { temporaryPath } from './atomic.js';
import { attempt, onCode } from './attempt.js';

export const LOCK_NAME = '.build.lock';
const POLL_MS = 100;
/** How long a command waits for another to release the output folder before it gives up. */
export const LOCK_WAIT_MS = 30_000;

/**
 * Runs `work` while holding the output folder's lock, a file created exclusively that holds
 * this process's pid: two builds writing one folder at once would mix their files and
 * manifests. Another build's lock is waited for, up to `waitMs`, then OutputLockedError; the
 * lock of a build that was killed (its pid is gone, or it holds no pid) is taken over.
 */
export async function withOutputLock<T>(outDir: string, waitMs: number, work: () => Promise<T>): Promise<T> {
  const lock = path.join(outDir, LOCK_NAME);
  await acquire(outDir, lock, waitMs);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    // The work's failure is the one to report; a lock left behind holds a pid that is gone
    // once this process ends, and the next build takes it over.
    await rm(lock, { force: true }).catch(() => undefined);
    throw error;
  }
  await attempt(lock, () => rm(lock, { force: true }));
  return result;
}

async function acquire(outDir: string, lock: string, waitMs: number): Promise<void> {
  await attempt(outDir, () => mkdir(outDir, { recursive: true }));
  const deadline = Date.now() + waitMs;
  // A lock is created empty and its pid written just after, so a lock without a pid is taken
  // for a killed build's only when it still has none a poll later.
  let sawNoPid = false;
  for (;;) {
    if (await create(lock)) return;
    const holder = await attempt(lock, () => readFile(lock, 'utf8').catch(onCode('ENOENT', undefined)));
    if (holder === undefined) continue; // released between the two calls: try again at once
    const pid = pidIn(holder);
    if (pid === undefined ? sawNoPid : !isRunning(pid)) {
      await takeOver(lock, holder);
      sawNoPid = false;
      continue;
    }
    sawNoPid = pid === undefined;
    if (pid !== undefined && Date.now() >= deadline) throw new OutputLockedError(outDir, pid, lock, waitMs);
    await sleep(POLL_MS);
  }
}

/** Creates the lock holding this pid; false if it exists already. */
async function create(lock: string): Promise<boolean> {
  const handle = await attempt(lock, () => open(lock, 'wx').catch(onCode('EEXIST', undefined)));
  if (handle === undefined) return false;
  try {
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
  } catch (cause) {
    await handle.close().catch(() => undefined);
    await rm(lock, { force: true }).catch(() => undefined);
    throw new OutputWriteError(lock, { cause });
  }
  return true;
}

/**
 * Removes a killed build's lock. It is first renamed aside, which only one of several waiting
 * builds can do; if what was renamed is no longer the lock judged stale (another build took it
 * over and made its own in the meantime), it is put back.
 */
async function takeOver(lock: string, stale: string): Promise<void> {
  const aside = temporaryPath(lock);
  const moved = await attempt(lock, () => rename(lock, aside).then(() => true, onCode('ENOENT', false)));
  if (!moved) return;
  const content = await attempt(aside, () => readFile(aside, 'utf8'));
  await attempt(lock, () => (content === stale ? rm(aside) : rename(aside, lock)));
}

function pidIn(content: string): number | undefined {
  const text = content.trim();
  return /^[1-9]\d{0,9}$/.test(text) ? Number(text) : undefined;
}

/** Signal 0 only checks: no such process is ESRCH; EPERM is a process of another user. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
