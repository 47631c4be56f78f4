import path from 'node:path';
import { listInputFiles, type ListOptions } from './list-files.js';
import { readInputText } from './read-text.js';

/**
 * The texts of a folder's input files exactly as the loaders read them (same files, same
 * order, same text), without parsing them: enough to tell whether anything changed since a
 * build. Undefined when anything in the folder could not be listed or read cleanly: only the
 * full load can say what is wrong.
 */
export async function readInputTexts(dir: string, which: Omit<ListOptions, 'shownAs'>): Promise<{ path: string; text: string }[] | undefined> {
  const root = path.resolve(dir);
  const listed = await listInputFiles(root, which);
  if (listed.problems.length > 0) return undefined;
  const texts: { path: string; text: string }[] = [];
  for (const file of listed.files) {
    const read = await readInputText(file.absolute, file.shown);
    if (read.problem) return undefined;
    texts.push({ path: file.name, text: read.text });
  }
  return texts;
}
