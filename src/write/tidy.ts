import { lstat, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { temporaryFor } from './atomic.js';
import { attempt, onCode } from './attempt.js';
import { JOURNAL_NAME } from './journal.js';
import { LOCK_NAME } from './lock.js';
import { MANIFEST_NAME } from './manifest.js';
import { folderTrouble } from './targets.js';

/**
 * Removes the file or symbolic link at `target`, and nothing else: never a folder, never what a
 * link points to, whatever a manifest claims. True if there was one to remove.
 */
export async function removeFile(target: string): Promise<boolean> {
  const stats = await attempt(target, () => lstat(target).catch(onCode('ENOENT', undefined)));
  if (!stats || !(stats.isFile() || stats.isSymbolicLink())) return false;
  await attempt(target, () => unlink(target));
  return true;
}

/**
 * Removes the temporary files of writes that never finished, in the output folder and the
 * folders of `paths`, each only if it is a real folder inside it. The caller holds the output
 * folder's lock, so no other build is writing there: each such file was left by a build that was
 * killed (or could not remove it), whether or not its pid has been reused since. Only names of
 * exactly our temporary shape, for names we write, are touched.
 */
export async function removeLeftoverTemporaries(outDir: string, paths: Iterable<string>): Promise<void> {
  for (const file of await leftoverTemporaries(outDir, paths)) await removeFile(file);
}

/** The temporary files of unfinished writes (see removeLeftoverTemporaries), found without the lock. */
export async function leftoverTemporaries(outDir: string, paths: Iterable<string>): Promise<string[]> {
  const folders = new Set(['', ...[...paths].map((p) => path.posix.dirname(p))]);
  const found: string[] = [];
  for (const folder of folders) {
    if ((await folderTrouble(outDir, folder)) !== undefined) continue;
    const absolute = path.join(outDir, folder);
    const names = await attempt(absolute, () => readdir(absolute).catch(onCode('ENOENT', [] as string[])));
    for (const name of names) if (isOurs(temporaryFor(name))) found.push(path.join(absolute, name));
  }
  return found;
}

function isOurs(name: string | undefined): boolean {
  return name === MANIFEST_NAME || name === JOURNAL_NAME || name === LOCK_NAME || (name !== undefined && /^[^.].*\.(pdf|xlsx)$/.test(name));
}
