import { ITEM_VALUE_COLUMNS, TABLES, type Column, type InputSheets, type InputValue, type Row, type Table, type TableKey } from '../input-workbook/index.js';
import { msg, type Message } from '../messages/index.js';
import type { Problem } from '../problem.js';
import { columnLetter } from '../render/xlsx/spec.js';
import { readCell } from './read-cell.js';
import type { RawCell, Range, SheetCells } from './read-workbook.js';

/** Where a value was read: enough to name the cell in a message. */
export interface CellAt {
  readonly sheet: string;
  readonly order: number;
  readonly row: number;
  readonly column: number;
  /** The column's heading, or the item's label on 計画. */
  readonly heading: string;
}

export interface ReadRow {
  /** 1-based row on its sheet. */
  readonly row: number;
  /** One per column; undefined where the cell could not be read (an error says why). */
  readonly values: readonly (InputValue | undefined)[];
  /** The kind and choices of the value cell, for 計画's items. */
  readonly item?: Row;
}

export interface ReadTable {
  readonly table: Table;
  /** Each column's place, by its key. */
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly ReadRow[];
  /** The cell of a row's column, for messages. */
  at(row: number, column: number): CellAt;
}

export type ReadTables = { readonly [K in TableKey]: ReadTable };

/** `base`: the hidden sheet of the data the workbook was exported from, which holds no table. */
export type SheetNames = { readonly [K in TableKey]: string } & { readonly guide: string; readonly base: string };

/**
 * Finds each table of the workbook by its sheet and header row and reads every cell by its
 * column's kind. Every problem in the workbook is reported in one pass; tables come back
 * unless one cannot be found at all (a missing sheet, a heading changed).
 */
export function readTables(file: string, sheets: readonly SheetCells[], expected: InputSheets, names: SheetNames): { tables?: ReadTables; problems: Problem[] } {
  const problems: Problem[] = [];
  const shown = [...new Set<string>([names.guide, ...Object.keys(TABLES).map((k) => names[k as TableKey])])];
  sheets.forEach((sheet, order) => {
    if (!shown.includes(sheet.name) && sheet.name !== names.base) problems.push({ severity: 'error', file, cell: { sheet: sheet.name, order, row: 1, column: 1 }, path: '', message: msg('import.unknownSheet', { sheet: sheet.name }), hint: msg('import.knownSheets', { sheets: shown.join('、') }) });
  });
  const order = (name: string) => sheets.findIndex((s) => s.name === name);
  const report = (at: Omit<CellAt, 'heading'> & { heading?: string }, message: Message, hint?: Message, severity: Problem['severity'] = 'error') =>
    problems.push({ severity, file, cell: { sheet: at.sheet, order: at.order, row: at.row, column: at.column }, path: at.heading ?? '', message, ...(hint ? { hint } : {}) });
  const tables: Partial<Record<TableKey, ReadTable>> = {};
  /** Rows of a sheet taken by its tables, so anything else typed there is found. */
  const claimed = new Map<string, { top: number; bottom: number; right: number }[]>();
  for (const key of Object.keys(TABLES) as TableKey[]) {
    const name = names[key];
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) {
      if (key === 'revisions') continue;
      problems.push({ severity: 'error', file, path: '', message: msg('import.missingSheet', { sheet: name }), hint: msg('import.exportAgain') });
      continue;
    }
    const table = expected.tables[key];
    const place = { sheet: name, order: order(name) };
    const headerRow = key === 'revisions' ? findHeaderRow(sheet, table, expected.tables.vision.rows.length + 2) : 1;
    if (headerRow === undefined) {
      report({ ...place, row: expected.tables.vision.rows.length + 3, column: 1 }, msg('import.missingTable', { headings: table.columns.map((c) => c.heading).join('、') }), msg('import.exportAgain'));
      continue;
    }
    const at = (row: number, column: number): CellAt => ({ ...place, row, column: column + 1, heading: table.columns[column]?.heading ?? '' });
    const headerOk = checkHeader(sheet, table, headerRow, (column, message) => report(at(headerRow, column), message, msg('import.exportAgain')));
    const last = key === 'vision' ? headerRow + table.rows.length : lastRow(sheet, headerRow);
    claimed.set(name, [...(claimed.get(name) ?? []), { top: headerRow, bottom: Math.max(headerRow, last), right: table.columns.length }]);
    if (!headerOk) continue;
    // Cells a merge covers are not read: what they show is the first cell's value.
    const covered = new Set<string>();
    for (const range of sheet.merges) {
      if (key === 'vision' && isItemMerge(range, last)) continue;
      for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) if (r !== range.top || c !== range.left) covered.add(`${r},${c}`);
      if (range.top <= last && range.bottom >= headerRow + 1 && range.left <= table.columns.length) report(at(range.top, range.left - 1), msg('import.merged', { range: rangeText(range) }), msg('import.mergedHint'));
    }
    const rows: ReadRow[] = [];
    for (let r = headerRow + 1; r <= last; r++) {
      const cells = sheet.rows.get(r);
      const item = key === 'vision' ? table.rows[r - headerRow - 1] : undefined;
      if (item && text(cells?.get(1)) !== item.values[0]) {
        report(at(r, 0), msg('import.itemMoved', { expected: String(item.values[0]) }), msg('import.exportAgain'));
        continue;
      }
      if (!item && !table.columns.some((c, i) => c.kind !== 'derived' && cells?.get(i + 1) !== undefined)) continue;
      const values = table.columns.map((column, i) => {
        if (covered.has(`${r},${i + 1}`)) return undefined;
        const kind = column.kind === 'item' ? item!.kind! : column.kind;
        const read = readCell(cells?.get(i + 1), kind, column.kind === 'item' ? item!.choices : column.choices);
        const where = () => (item && column.kind === 'item' ? { ...at(r, i), heading: String(item.values[0]) } : at(r, i));
        if ('error' in read) {
          report(where(), read.error, read.hint);
          return undefined;
        }
        if (read.warning) report(where(), read.warning, undefined, 'warning');
        return read.value;
      });
      rows.push({ row: r, values, ...(item ? { item } : {}) });
    }
    tables[key] = { table, columns: new Map(table.columns.map((c, i) => [c.key, i])), rows, at };
  }
  for (const sheet of sheets) {
    const areas = claimed.get(sheet.name);
    if (!areas) continue;
    for (const [r, cells] of sheet.rows) {
      for (const column of cells.keys()) {
        if (!areas.some((a) => r >= a.top && r <= a.bottom && column <= a.right)) report({ sheet: sheet.name, order: order(sheet.name), row: r, column }, msg('import.outsideTable'), msg('import.outsideTableHint'));
      }
    }
  }
  const complete = (Object.keys(TABLES) as TableKey[]).every((k) => tables[k] !== undefined);
  // Cells that could not be read are undefined in their rows: the rest is still compared and
  // validated, so one run finds every problem (and, with any error, writes nothing).
  return complete ? { tables: tables as ReadTables, problems } : { problems };
}

/** The merge export makes of an item's 内容 (or its heading) on 計画. */
function isItemMerge(range: Range, lastItemRow: number): boolean {
  return range.top === range.bottom && range.bottom <= lastItemRow && range.left === 2 && range.right === 1 + ITEM_VALUE_COLUMNS;
}

function text(raw: RawCell | undefined): string {
  if (raw?.kind === 'text') return raw.text.trim();
  if (raw?.kind === 'number') return String(raw.value);
  return '';
}

/** The row below `after` whose cells are the table's headings (計画's revisions, under the items). */
function findHeaderRow(sheet: SheetCells, table: Table, after: number): number | undefined {
  const rows = [...sheet.rows.keys()].filter((r) => r > after).sort((a, b) => a - b);
  return rows.find((r) => text(sheet.rows.get(r)?.get(1)) === table.columns[0]!.heading);
}

function checkHeader(sheet: SheetCells, table: Table, row: number, problem: (column: number, message: Message) => void): boolean {
  const cells = sheet.rows.get(row);
  let ok = true;
  table.columns.forEach((column: Column, i) => {
    const found = text(cells?.get(i + 1));
    if (found !== column.heading) {
      ok = false;
      problem(i, found === '' ? msg('import.headingMissing', { heading: column.heading }) : msg('import.headingWrong', { heading: column.heading, found }));
    }
  });
  return ok;
}

/** The last row with anything in it (a loop: a sheet's rows are too many to spread into Math.max). */
function lastRow(sheet: SheetCells, headerRow: number): number {
  let last = headerRow;
  for (const row of sheet.rows.keys()) last = Math.max(last, row);
  return last;
}

function rangeText(range: Range): string {
  const a1 = (row: number, column: number) => `${columnLetter(column)}${row}`;
  return `${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`;
}
