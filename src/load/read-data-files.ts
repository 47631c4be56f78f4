import path from 'node:path';
import { stat } from 'node:fs/promises';
import { LIMITS } from '../limits.js';
import { msg, type Message } from '../messages/index.js';
import type { Problem } from '../problem.js';
import { displayFolder } from './display-path.js';
import { DATA_FILES } from './input-files.js';
import { listInputFiles } from './list-files.js';
import { parseYaml, type ParsedFile } from './parse-yaml.js';
import { readInputText } from './read-text.js';

export interface LoadResult {
  /** Every file that could be read as text, parsed; a file with errors has no `data`. */
  readonly files: readonly ParsedFile[];
  readonly problems: readonly Problem[];
  /** False when some file in the folder could not be read at all: what it holds is unknown. */
  readonly complete: boolean;
}


/** Finds every YAML file under `dataDir` (sorted, so the order never depends on the disk) and parses it. */
export async function readDataFiles(dataDir: string, shownAs?: string): Promise<LoadResult> {
  const root = path.resolve(dataDir);
  const shown = shownAs ?? displayFolder(root);
  const info = await stat(root).catch(() => undefined);
  if (!info) return { files: [], problems: [folderProblem(shown, msg('load.noDataFolder'), msg('load.passDataFolder'))], complete: false };
  if (!info.isDirectory()) return { files: [], problems: [folderProblem(shown, msg('load.notAFolder'), msg('load.passYamlFolder'))], complete: false };
  const listed = await listInputFiles(root, { ...DATA_FILES, ...(shownAs === undefined ? {} : { shownAs }) });
  const problems: Problem[] = [...listed.problems];
  if (listed.files.length === 0 && problems.length === 0) {
    problems.push(folderProblem(shown, msg('load.noDataFiles'), msg('load.whatDataHolds')));
  }
  const files: ParsedFile[] = [];
  let complete = listed.problems.length === 0;
  let total = 0;
  for (const listedFile of listed.files) {
    const read = await readInputText(listedFile.absolute, listedFile.shown);
    if (read.problem) {
      problems.push(read.problem);
      complete = false;
      continue;
    }
    total += Buffer.byteLength(read.text);
    if (total > LIMITS.totalBytes) {
      complete = false;
      problems.push(folderProblem(shown, msg('load.dataTooBig', { megabytes: LIMITS.totalBytes / 1024 / 1024, file: listedFile.name }), msg('load.removeExtra')));
      break;
    }
    const parsed = parseYaml(listedFile.shown, read.text, listedFile.name);
    files.push(parsed.file);
    for (const problem of parsed.problems) problems.push(problem);
  }
  return { files, problems, complete };
}

function folderProblem(file: string, message: Message, hint: Message): Problem {
  return { severity: 'error', file, path: '', message, hint };
}
