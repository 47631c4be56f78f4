import path from 'node:path';
import fg from 'fast-glob';
import { msg, type Message } from '../messages/index.js';
import type { Problem } from '../problem.js';
import { displayFolder, displayPath } from './display-path.js';

export interface ListedFile {
  /** Relative to the folder, with forward slashes. */
  readonly name: string;
  readonly absolute: string;
  /** As printed to the user. */
  readonly shown: string;
}

export interface ListOptions {
  /** Which regular files are inputs, by their name relative to the folder. */
  readonly matches: (name: string) => boolean;
  /** Folder levels below the folder that are read; a folder deeper than that is an error. */
  readonly depth: number;
  /** More input files than this is an error, and none is read. */
  readonly maxFiles: number;
  /** How the folder is named in messages, when not by its path (`git:HEAD~1:data/`); ends with a slash. */
  readonly shownAs?: string;
}

/**
 * The input files of a folder, sorted so the order never depends on the disk. Links are never
 * followed: a link, or anything else that is neither a folder nor a regular file (a pipe, a
 * device), is an error wherever it sits in the folder, since it could point anywhere (a
 * secret, or the folder itself). Hidden entries are passed over, as editors and version
 * control keep their own files there.
 */
export async function listInputFiles(root: string, options: ListOptions): Promise<{ files: ListedFile[]; problems: Problem[] }> {
  const shownRoot = options.shownAs ?? displayFolder(root);
  const problem = (shown: string, message: Message, hint: Message): Problem => ({ severity: 'error', file: shown, path: '', message, hint });
  let entries;
  try {
    entries = await fg('**', { cwd: root, onlyFiles: false, followSymbolicLinks: false, dot: false, objectMode: true, deep: options.depth + 1 });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'error';
    return { files: [], problems: [problem(shownRoot, msg('load.unreadable', { code }), msg('load.checkFolders'))] };
  }
  const files: ListedFile[] = [];
  const problems: Problem[] = [];
  for (const entry of entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const absolute = path.join(root, entry.path);
    const shown = options.shownAs === undefined ? displayPath(absolute) : `${options.shownAs}${entry.path}`;
    const { dirent } = entry;
    if (dirent.isSymbolicLink()) problems.push(problem(shown, msg('load.linkNotFollowed'), msg('load.copyOrRemoveLink')));
    else if (dirent.isDirectory()) {
      if (entry.path.split('/').length > options.depth) problems.push(problem(`${shown}/`, msg('load.tooDeep', { depth: options.depth }), msg('load.moveFilesUp')));
    } else if (!dirent.isFile()) problems.push(problem(shown, msg('load.notRegularFile'), msg('load.onlyPlainFiles')));
    else if (options.matches(entry.path)) files.push({ name: entry.path, absolute, shown });
  }
  if (files.length > options.maxFiles) {
    return { files: [], problems: [...problems, problem(shownRoot, msg('load.tooManyFiles', { count: files.length, max: options.maxFiles }), msg('load.mergeFiles'))] };
  }
  return { files, problems };
}
