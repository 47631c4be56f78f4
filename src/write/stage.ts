import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OutputWriteError } from '../errors.js';
import { msg } from '../messages/index.js';
import { temporaryPath } from './atomic.js';
import { checkPathLimits } from './limits.js';
import { sha256 } from './manifest.js';
import { folderTrouble } from './targets.js';

/** A document's bytes written beside its target under a temporary name, and what the manifest says of them. */
export interface Staged {
  readonly temporary: string;
  readonly bytes: number;
  readonly sha256: string;
  /** The first folder made to hold it, if any: removed again, when empty, if the bytes are discarded. */
  readonly madeFolder?: string;
}

/**
 * Writes a document's bytes beside its target, not yet in its place: a build holds one
 * document's bytes at a time, whatever the number of documents, and swaps them all in only once
 * every one is made. The name and folder are checked first, so that nothing is written through
 * a link or under a name the file system would refuse.
 */
export async function stageFile(outDir: string, relative: string, bytes: Uint8Array): Promise<Staged> {
  const target = path.join(outDir, relative);
  checkPathLimits([target]);
  const trouble = await folderTrouble(outDir, path.posix.dirname(relative));
  if (trouble !== undefined) throw new OutputWriteError(target, { cause: undefined, why: msg('output.moveAside', { trouble }) });
  const temporary = temporaryPath(target);
  let madeFolder: string | undefined;
  try {
    madeFolder = await mkdir(path.dirname(target), { recursive: true });
    await writeFile(temporary, bytes);
  } catch (cause) {
    await discardStaged([{ temporary, ...(madeFolder ? { madeFolder } : {}) }]);
    throw new OutputWriteError(target, { cause });
  }
  return { temporary, bytes: bytes.byteLength, sha256: sha256(bytes), ...(madeFolder ? { madeFolder } : {}) };
}

/** Swaps staged bytes in: a reader sees the old file or the new, never half of one. */
export async function commitStaged(staged: Staged, outDir: string, relative: string): Promise<void> {
  const target = path.join(outDir, relative);
  try {
    await rename(staged.temporary, target);
  } catch (cause) {
    throw new OutputWriteError(target, { cause });
  }
}

/**
 * Removes staged files that will not be swapped in (the data turned out invalid, or another
 * document failed), and the folders made for them, so the output folder is as it was. A file
 * this cannot remove is removed by the next build (see tidy.ts).
 */
export async function discardStaged(staged: Iterable<Pick<Staged, 'temporary' | 'madeFolder'>>): Promise<void> {
  const folders: string[] = [];
  for (const { temporary, madeFolder } of staged) {
    await rm(temporary, { force: true }).catch(() => undefined);
    if (madeFolder) folders.push(...foldersDownTo(madeFolder, path.dirname(temporary)));
  }
  await removeEmptyFolders(folders);
}

/** Folders that were made, deepest first, each removed only if nothing else was put in it. */
export async function removeEmptyFolders(folders: Iterable<string>): Promise<void> {
  for (const folder of [...new Set(folders)].sort((a, b) => b.length - a.length)) await rmdir(folder).catch(() => undefined);
}

/** `from` and every folder below it down to `to`. */
export function foldersDownTo(from: string, to: string): string[] {
  const below = path.relative(from, to).split(path.sep).filter((s) => s !== '');
  return below.map((_, i) => path.join(from, ...below.slice(0, i + 1))).concat(from);
}
