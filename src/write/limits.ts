import path from 'node:path';
import { OutputWriteError } from '../errors.js';
import { TEMPORARY_ROOM } from './atomic.js';

/** Linux's limits (PATH_MAX, NAME_MAX), in bytes of UTF-8; most file systems share the name limit. */
const PATH_MAX = 4096;
const NAME_MAX = 255;

/** Which limit a path exceeds, and by how much. */
export class PathTooLongError extends Error {
  override readonly name = 'PathTooLongError';
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * Throws OutputWriteError for the first of `targets` (absolute file paths) the file system would
 * refuse: a name or path that is too long would otherwise fail only once writing is under way,
 * after other files have been replaced. Every file is first written under a longer temporary
 * name beside it, so its name and path must leave room for that.
 */
export function checkPathLimits(targets: readonly string[]): void {
  for (const target of targets) {
    const name = path.basename(target);
    const folder = path.dirname(target).split(path.sep).find((s) => bytes(s) > NAME_MAX);
    let reason: string | undefined;
    if (folder !== undefined) {
      reason = `the folder name "${folder}" is ${bytes(folder)} bytes in UTF-8; a name may have at most ${NAME_MAX}`;
    } else if (bytes(name) + TEMPORARY_ROOM > NAME_MAX) {
      reason = `its name is ${bytes(name)} bytes in UTF-8; a file name may have at most ${NAME_MAX - TEMPORARY_ROOM} (${NAME_MAX} less ${TEMPORARY_ROOM} for the temporary name it is first written under)`;
    } else if (bytes(target) + TEMPORARY_ROOM > PATH_MAX) {
      reason = `the path is ${bytes(target)} bytes in UTF-8; a file's path may have at most ${PATH_MAX - TEMPORARY_ROOM} (${PATH_MAX} less ${TEMPORARY_ROOM} for the temporary name it is first written under)`;
    }
    if (reason !== undefined) throw new OutputWriteError(target, { cause: new PathTooLongError(reason) });
  }
}
