import path from 'node:path';
import { OutputWriteError } from '../errors.js';
import { msg, type Message } from '../messages/index.js';
import { TEMPORARY_ROOM } from './atomic.js';

/** Linux's limits (PATH_MAX, NAME_MAX), in bytes of UTF-8; most file systems share the name limit. */
const PATH_MAX = 4096;
const NAME_MAX = 255;

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
    let why: Message | undefined;
    if (folder !== undefined) {
      why = msg('output.folderNameTooLong', { folder, bytes: bytes(folder), max: NAME_MAX });
    } else if (bytes(name) + TEMPORARY_ROOM > NAME_MAX) {
      why = msg('output.fileNameTooLong', { bytes: bytes(name), max: NAME_MAX - TEMPORARY_ROOM, limit: NAME_MAX, room: TEMPORARY_ROOM });
    } else if (bytes(target) + TEMPORARY_ROOM > PATH_MAX) {
      why = msg('output.pathTooLong', { bytes: bytes(target), max: PATH_MAX - TEMPORARY_ROOM, limit: PATH_MAX, room: TEMPORARY_ROOM });
    }
    if (why !== undefined) throw new OutputWriteError(target, { cause: undefined, why });
  }
}
