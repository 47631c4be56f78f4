import path from 'node:path';
import { checkData } from './check-data.js';
import { InvalidInputError, RenderError, TemplateError } from './errors.js';
import { INPUT_WORKBOOK_PATH } from './input-workbook/index.js';
import { missingTemplates, readTemplates } from './load/index.js';
import { hasErrors, type Problem } from './problem.js';
import { templateProblem, wordsFor, type WorkbookSpec } from './render/index.js';
import { inputWorkbook, inputWorkbookSpec } from './render/input-workbook/input-workbook.js';
import { DEFAULT_TEMPLATES_DIR } from './templates-dir.js';
import { writeFileAtomic } from './write/atomic.js';
import { LOCK_WAIT_MS, withOutputLock } from './write/lock.js';
import { serialize } from './write/serialize.js';
import { checkTargets } from './write/targets.js';

export interface ExportOptions {
  readonly dataDir: string;
  readonly templatesDir?: string;
  /** The output folder: the workbook goes to its xlsx/input.xlsx unless `outFile` says where. */
  readonly outDir: string;
  readonly outFile?: string;
}

export interface ExportResult {
  /** Warnings (any error throws InvalidInputError before anything is written). */
  readonly problems: readonly Problem[];
  /** The file written, as the options name it. */
  readonly file: string;
  readonly bytes: number;
}

/**
 * `npm run export`: the input workbook of the data as it stands. The data and the workbook's
 * template are checked as a build checks them, and any error stops the export with nothing
 * written. Into the output folder it is written under the folder's lock, as builds write
 * there: a build clears what looks like an unfinished write of its own, and this is one to it.
 * A build leaves the file alone, as no manifest lists it.
 */
export async function exportInput(options: ExportOptions): Promise<ExportResult> {
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const [checked, loaded] = await Promise.all([checkData(options.dataDir), readTemplates(templatesDir)]);
  const problems = [...checked.problems, ...loaded.problems, ...missingTemplates(loaded.templates, inputWorkbook.templates.file, inputWorkbook.templates.keys, templatesDir)];
  if (!checked.model || hasErrors(problems)) throw new InvalidInputError(problems);
  const { model } = checked;
  let workbook: WorkbookSpec;
  try {
    workbook = inputWorkbookSpec(model, wordsFor(inputWorkbook, model, loaded.templates), checked.inputs);
  } catch (cause) {
    if (cause instanceof TemplateError) throw new InvalidInputError([...problems, templateProblem(inputWorkbook.name, cause)]);
    throw new RenderError(inputWorkbook.name, { cause });
  }
  const bytes = await serialize({ path: INPUT_WORKBOOK_PATH, kind: 'xlsx', workbook });
  const file = options.outFile ?? path.join(options.outDir, INPUT_WORKBOOK_PATH);
  const write = async (folder: string, name: string) => {
    await checkTargets(folder, [name]);
    await writeFileAtomic(path.join(folder, name), bytes);
  };
  if (options.outFile === undefined) await withOutputLock(options.outDir, LOCK_WAIT_MS, () => write(options.outDir, INPUT_WORKBOOK_PATH));
  else await write(path.dirname(options.outFile), path.basename(options.outFile));
  return { problems, file, bytes: bytes.length };
}
