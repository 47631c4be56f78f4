import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareModels, type Comparison } from '../compare/index.js';
import { DataChangedError } from '../errors.js';
import { inputSheets, readBaseRows, TABLES, type InputSheets, type TableKey } from '../input-workbook/index.js';
import { decode, displayFolder, displayPath, missingTemplates, parseYaml, readDataFiles, readTemplates, type ParsedFile, type Templates } from '../load/index.js';
import { msg } from '../messages/index.js';
import { buildModel } from '../model/index.js';
import { hasErrors, type Problem } from '../problem.js';
import { wordsFor } from '../render/index.js';
import { inputWorkbook } from '../render/input-workbook/input-workbook.js';
import { DEFAULT_TEMPLATES_DIR } from '../templates-dir.js';
import { freshProjectIds } from '../validate/project-ids.js';
import { validate } from '../validate/index.js';
import { writeFileAtomic } from '../write/atomic.js';
import { fontCharacters } from '../write/font.js';
import { EditList } from './edit-list.js';
import { locateProblem } from './locate-problem.js';
import { planMembers, planRevisions, planVision } from './plan-attributes.js';
import { mergeWithBase } from './merge-base.js';
import { planProjects } from './plan-projects.js';
import { readTables, type SheetNames } from './read-tables.js';
import { readWorkbook, type SheetCells } from './read-workbook.js';
import { applyYamlEdits } from './yaml-edit.js';

export interface ImportOptions {
  /** The workbook to read. */
  readonly workbook: string;
  readonly dataDir: string;
  readonly templatesDir?: string;
  /** Replace the data files; without it, only say what would change. */
  readonly write: boolean;
}

/** A data file the workbook changes: its path as shown, and how many edits it takes. */
export interface FileChange {
  readonly file: string;
  readonly edits: number;
}

export type ImportResult =
  /** Nothing was or would be changed: every problem found, errors among them. */
  | { readonly ok: false; readonly problems: readonly Problem[] }
  | {
      readonly ok: true;
      /** Warnings: what was read other than as typed. */
      readonly problems: readonly Problem[];
      readonly changes: readonly FileChange[];
      /** The plan before and after, as the documents print it. */
      readonly comparison: Comparison;
      /** True when the files were replaced (`write` and something to change). */
      readonly written: boolean;
    };

/**
 * Workbook → edits on the parsed data files → the same validation as a build → (with `write`)
 * each changed file replaced atomically. Only the cells that differ from what export would
 * write become edits, so every untouched byte of the data stays as it is; the new data must
 * pass as a whole before any file is written.
 */
export async function importWorkbook(options: ImportOptions): Promise<ImportResult> {
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const dataFolder = displayFolder(options.dataDir);
  const [loaded, templates] = await Promise.all([readDataFiles(options.dataDir), readTemplates(templatesDir)]);
  const before = validate(loaded.files, dataFolder, { complete: loaded.complete, printable: fontCharacters });
  const templateProblems = [...templates.problems, ...missingTemplates(templates.templates, inputWorkbook.templates.file, inputWorkbook.templates.keys, templatesDir)];
  const dataProblems = [...loaded.problems, ...before.problems];
  if (!before.dataset || hasErrors(dataProblems) || hasErrors(templateProblems)) {
    return { ok: false, problems: [...dataProblems, ...templateProblems, ...(hasErrors(dataProblems) ? [{ severity: 'error' as const, file: dataFolder, path: '', message: msg('import.dataInvalid'), hint: msg('import.dataInvalidHint') }] : [])] };
  }
  const model = buildModel(before.dataset);
  const words = wordsFor(inputWorkbook, model, templates.templates);
  const current = inputSheets(model, words);
  const shown = displayPath(path.resolve(options.workbook));
  let sheets: readonly SheetCells[];
  try {
    sheets = await readWorkbook(options.workbook);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return { ok: false, problems: [{ severity: 'error', file: shown, path: '', message: code === 'ENOENT' ? msg('import.noWorkbook') : msg('import.unreadableWorkbook', { error: code ?? (cause as Error).message }), hint: msg('import.workbookHint') }] };
  }
  const names = sheetNames(words);
  const base = exportedFrom(sheets, names.base, loaded.files, templates.templates, shown);
  if ('problem' in base) return { ok: false, problems: [base.problem] };
  const { tables: read, problems: readProblems } = readTables(shown, sheets, base.sheets ?? current, names);
  if (!read) return { ok: false, problems: readProblems };
  if (base.warning) readProblems.push(base.warning);
  if (base.sheets) readProblems.push({ severity: 'warning', file: shown, path: '', message: msg('import.merging') });
  const merged = base.sheets ? mergeWithBase(read, base.sheets, current, shown) : { tables: read, problems: [] };
  const tables = merged.tables;
  if (!tables) return { ok: false, problems: [...readProblems, ...merged.problems] };
  const list = new EditList(shown);
  const context = { read: tables, current, dataset: before.dataset, model, freshId: freshProjectIds(loaded.files), list, ...(base.ids ? { baseIds: base.ids } : {}) };
  planProjects(context);
  planMembers(context);
  planVision(context);
  planRevisions(context);
  const found = [...readProblems, ...list.problems];
  const changed = new Map<ParsedFile, string>();
  try {
    for (const [file, edits] of list.byFile) {
      const text = applyYamlEdits(file, edits);
      if (text !== file.text) changed.set(file, text);
    }
  } catch (cause) {
    // Edits made from a workbook with errors are only for finding more problems.
    if (hasErrors(found)) return { ok: false, problems: found };
    throw cause;
  }
  const files = loaded.files.map((file) => {
    const text = changed.get(file);
    return text === undefined ? file : parseYaml(file.file, text, file.name).file;
  });
  const after = validate(files, dataFolder, { complete: true, printable: fontCharacters });
  const known = new Set(before.problems.map(problemKey));
  const byFile = new Map(files.map((f) => [f.file, f]));
  const newProblems = after.problems.filter((p) => !known.has(problemKey(p))).map((p) => locateProblem(p, byFile, tables, list, shown));
  const problems = [...found, ...newProblems];
  if (!after.dataset || hasErrors(problems)) return { ok: false, problems };
  const comparison = compareModels(model, buildModel(after.dataset));
  const changes = [...changed.keys()].map((file) => ({ file: file.file, edits: list.byFile.get(file)!.length }));
  if (options.write) await replaceFiles(options.dataDir, changed);
  return { ok: true, problems, changes, comparison, written: options.write && changed.size > 0 };
}

/**
 * The tables as exported from the data the workbook carries in its hidden sheet, when data/ has
 * changed since (undefined `sheets` when it has not, or the sheet is gone: then the workbook is
 * weighed against data/ as it is, with a warning in the second case).
 */
function exportedFrom(sheets: readonly SheetCells[], name: string, files: readonly ParsedFile[], templates: Templates, workbook: string): { sheets?: InputSheets; ids?: ReadonlySet<string>; warning?: Problem } | { problem: Problem } {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) return { warning: { severity: 'warning', file: workbook, path: '', message: msg('import.noBase', { sheet: name }) } };
  const damaged = { problem: { severity: 'error' as const, file: workbook, path: '', message: msg('import.baseDamaged', { sheet: name }), hint: msg('import.exportAgain') } };
  const rows = [...sheet.rows].filter(([r]) => r > 1).sort(([a], [b]) => a - b).map(([, cells]) => {
    const last = Math.max(...cells.keys());
    return Array.from({ length: last }, (_, i) => { const c = cells.get(i + 1); return c?.kind === 'text' ? c.text : c?.kind === 'number' ? String(c.value) : ''; });
  });
  const texts = readBaseRows(rows);
  if (!texts) return damaged;
  const now = new Map(files.map((f) => [f.name, f.text]));
  if (texts.length === now.size && texts.every((t) => now.get(t.path) === t.text)) return {};
  const parsed = texts.map((t) => parseYaml(t.path, t.text).file);
  const { dataset } = validate(parsed, name, { complete: true });
  if (!dataset) return damaged;
  const model = buildModel(dataset);
  return { sheets: inputSheets(model, wordsFor(inputWorkbook, model, templates)), ids: new Set(model.projects.map((p) => p.id)) };
}

function sheetNames(words: (key: string) => string): SheetNames {
  const tables = Object.fromEntries(Object.entries(TABLES).map(([key, table]) => [key, words(table.sheet)])) as Record<TableKey, string>;
  return { guide: words('sheetGuide'), base: words('sheetBase'), ...tables };
}

/**
 * A kind of warning the data already had is not the workbook's doing, even when its figures
 * or its place moved (3 of 5 projects, then 3 of 6, now first found at another project).
 */
function problemKey(problem: Problem): string {
  return JSON.stringify([problem.severity, problem.severity === 'warning' ? '' : problem.path, problem.message.key]);
}

/**
 * Each file replaced atomically, in the form it was saved in: a byte order mark and CRLF line
 * ends (a Windows editor's), which the loader set aside, are put back. A file that changed on
 * disk since it was read is not overwritten.
 */
async function replaceFiles(dataDir: string, changed: ReadonlyMap<ParsedFile, string>): Promise<void> {
  const targets = [...changed].map(([file, text]) => ({ file, text, absolute: path.join(path.resolve(dataDir), file.name) }));
  const raws = await Promise.all(targets.map((t) => readFile(t.absolute)));
  targets.forEach((t, i) => {
    // Decoded as the loader decodes, so only a real change counts.
    if (decode(raws[i]!, t.file.file).text !== t.file.text) throw new DataChangedError(t.file.file);
  });
  for (const [i, t] of targets.entries()) {
    const raw = raws[i]!.toString('utf8');
    const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
    const text = raw.includes('\r\n') ? t.text.replace(/\n/g, '\r\n') : t.text;
    await writeFileAtomic(t.absolute, bom + text);
  }
}
