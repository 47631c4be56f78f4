import { lstat, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { temporaryFor } from './atomic.js';
import { attempt, onCode } from './attempt.js';
import { JOURNAL_NAME } from './journal.js';
import { LOCK_NAME } from './lock.js';
import { MANIFEST_NAME } from './manifest.js';

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
 * Removes, in `folders`, the temporary files of writes that never finished. The caller holds
 * the output folder's lock, so no other build is writing there: each such file was left by a
 * build that was killed (or could not remove it), whether or not its pid has been reused since.
 * Only names of exactly our temporary shape, for names we write, are touched.
 */
export async function removeLeftoverTemporaries(folders: Iterable<string>): Promise<void> {
  for (const folder of folders) {
    const names = await attempt(folder, () => readdir(folder).catch(onCode('ENOENT', [] as string[])));
    for (const name of names) if (isOurs(temporaryFor(name))) await removeFile(path.join(folder, name));
  }
}

function isOurs(name: string | undefined): boolean {
  return name === MANIFEST_NAME || name === JOURNAL_NAME || name === LOCK_NAME || (name !== undefined && /^[^.].*\.(pdf|xlsx)$/.test(name));
}
