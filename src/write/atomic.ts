import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OutputWriteError } from '../errors.js';

/**
 * Writes a file so that a reader sees the old bytes or the new, never half of them:
 * the bytes go to a temporary sibling first, then a rename swaps it in.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.tmp`);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch (cause) {
    await rm(temporary, { force: true });
    throw new OutputWriteError(target, { cause });
  }
}
