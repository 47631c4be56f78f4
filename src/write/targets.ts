import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { OutputWriteError } from '../errors.js';
import { msg, type Message } from '../messages/index.js';
import { attempt, onCode } from './attempt.js';

/** Why a file at this path below the output folder cannot be replaced or removed cleanly, or undefined. */
export type Trouble = Message | undefined;

/**
 * Checks the folders from the output folder down to `folder` (relative, `.` for the output
 * folder itself, which may be anything the user chose): each that exists must be a real folder,
 * not a link (a link would carry a write or a removal outside the output folder) and not a file.
 * Folders that do not exist yet are fine: they are created.
 */
export async function folderTrouble(outDir: string, folder: string): Promise<Trouble> {
  const segments = folder === '.' ? [] : folder.split('/');
  for (let i = 1; i <= segments.length; i++) {
    const absolute = path.join(outDir, ...segments.slice(0, i));
    const stats = await attempt(absolute, () => lstat(absolute).catch(onCode('ENOENT', undefined)));
    if (!stats) return undefined;
    if (stats.isSymbolicLink()) return msg('output.folderIsLink', { path: absolute });
    if (!stats.isDirectory()) return msg('output.notAFolder', { path: absolute });
  }
  return undefined;
}

/**
 * Before anything is written: every target must be replaceable by a rename, so a folder, a pipe
 * or anything else that is not a file (or a link, which a rename replaces) where an output or
 * the manifest goes, or a file or link where a folder must be, fails the build with the folder
 * untouched rather than half way through.
 */
export async function checkTargets(outDir: string, relatives: readonly string[]): Promise<void> {
  for (const relative of relatives) {
    const target = path.join(outDir, relative);
    const trouble = (await folderTrouble(outDir, path.posix.dirname(relative))) ?? (await fileTrouble(target));
    if (trouble !== undefined) throw new OutputWriteError(target, { cause: undefined, why: msg('output.moveAside', { trouble }) });
  }
}

async function fileTrouble(target: string): Promise<Trouble> {
  const stats = await attempt(target, () => lstat(target).catch(onCode('ENOENT', undefined)));
  if (!stats || stats.isFile() || stats.isSymbolicLink()) return undefined;
  return msg(stats.isDirectory() ? 'output.isAFolder' : 'output.notARegularFile', { path: target });
}
