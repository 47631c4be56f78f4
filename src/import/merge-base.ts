import { formatJapaneseDate } from '../format/japanese-date.js';
import { roleKey, TABLES, type InputSheets, type InputValue, type Row, type TableKey } from '../input-workbook/index.js';
import { msg, type Message } from '../messages/index.js';
import type { Problem } from '../problem.js';
import { sameValue, valueOf } from './cells.js';
import type { ReadRow, ReadTable, ReadTables } from './read-tables.js';

type Report = (table: ReadTable, row: number, column: number, message: Message, hint?: Message) => void;

/**
 * A workbook exported from older data than data/ holds now (another workbook was imported
 * since, or a file was edited): only what was changed in the workbook may change the data.
 * Each cell is weighed against the data it was exported from (its base): a cell as exported
 * takes today's value, a cell changed in the workbook takes the workbook's, and a cell changed
 * in both, differently, is an error naming the cell. Rows added to data/ since are kept; rows
 * removed since are dropped when the workbook left them as they were.
 */
export function mergeWithBase(read: ReadTables, base: InputSheets, current: InputSheets, file: string): { tables?: ReadTables; problems: Problem[] } {
  const problems: Problem[] = [];
  const report: Report = (table, row, column, message, hint) => {
    const at = table.at(row, column);
    problems.push({ severity: 'error', file, cell: { sheet: at.sheet, order: at.order, row: at.row, column: at.column }, path: at.heading, message, ...(hint ? { hint } : {}) });
  };
  for (const key of Object.keys(TABLES) as TableKey[]) {
    const columns = (t: InputSheets) => t.tables[key].columns.map((c) => `${c.key}\u0000${c.heading}`).join('\u0001');
    if (columns(base) !== columns(current)) {
      report(read[key], 1, 0, msg('import.layoutChanged'), msg('import.exportAgain'));
      return { problems };
    }
  }
  const merged = Object.fromEntries(
    (Object.keys(TABLES) as TableKey[]).map((key) => [key, key === 'revisions' ? mergeRevisions(read[key], base, current, report) : mergeTable(key, read[key], base, current, report)]),
  ) as unknown as ReadTables;
  return problems.length === 0 ? { tables: merged, problems } : { problems };
}

/** The row's identity as the tables key it; undefined for a row someone added. */
function rowKey(key: TableKey, table: ReadTable, row: ReadRow, base: InputSheets): string | undefined {
  const column = (name: string) => valueOf(table, row, name);
  if (key === 'vision') return row.item?.key;
  const id = column(key === 'members' ? 'slug' : 'id');
  if (typeof id !== 'string') return undefined;
  if (key !== 'roles') return id;
  const member = column('member');
  const slug = typeof member === 'string' ? base.memberSlugs.get(member) : undefined;
  return slug === undefined ? undefined : roleKey(id, slug);
}

function mergeTable(key: TableKey, table: ReadTable, base: InputSheets, current: InputSheets, report: Report): ReadTable {
  const baseRows = byKey(base.tables[key].rows);
  const currentRows = byKey(current.tables[key].rows);
  const seen = new Set<string>();
  const rows: ReadRow[] = [];
  for (const row of table.rows) {
    const k = rowKey(key, table, row, base);
    const was = k === undefined ? undefined : baseRows.get(k);
    if (k === undefined || !was) {
      rows.push(row);
      continue;
    }
    seen.add(k);
    const now = currentRows.get(k);
    // Cells only shown (NO., names on other sheets, item labels) are never edits: they are not read.
    const shownOnly = table.table.columns.map((c) => c.kind === 'derived' || c.kind === 'reference');
    const edited = row.values.map((v, i) => !shownOnly[i] && v !== undefined && !sameValue(v, was.values[i]!));
    if (!now) {
      const first = edited.indexOf(true);
      if (first >= 0) report(table, row.row, first, msg('import.removedSinceExport'), msg('import.exportAgain'));
      continue;
    }
    const values = row.values.map((v, i) => {
      if (v === undefined || !edited[i]) return v === undefined && !shownOnly[i] ? v : now.values[i]!;
      if (!sameValue(now.values[i]!, was.values[i]!) && !sameValue(now.values[i]!, v)) report(table, row.row, i, msg('import.changedSinceExport', { now: shown(now.values[i]!) }), msg('import.changedSinceExportHint'));
      return v;
    });
    rows.push({ ...row, values });
  }
  // Rows data/ gained since the export, placed after the row of the one before them.
  const order = current.tables[key].rows;
  order.forEach((row, i) => {
    if (baseRows.has(row.key) || seen.has(row.key)) return;
    const before = order.slice(0, i).reverse().find((r) => seen.has(r.key));
    const at = before ? rows.findIndex((r) => rowKey(key, table, r, base) === before.key) + 1 : 0;
    rows.splice(at, 0, { row: rows[Math.max(0, at - 1)]?.row ?? table.at(0, 0).row, values: row.values, ...(row.kind ? { item: row } : {}) });
    seen.add(row.key);
  });
  return { ...table, rows };
}

/** 改定履歴 is one list: changed in the workbook or in data/, not in both. */
function mergeRevisions(table: ReadTable, base: InputSheets, current: InputSheets, report: Report): ReadTable {
  const same = (rows: readonly (ReadRow | Row)[], other: readonly Row[]) => rows.length === other.length && rows.every((r, i) => r.values.every((v, c) => v !== undefined && sameValue(v, other[i]!.values[c]!)));
  const was = base.tables.revisions.rows;
  const now = current.tables.revisions.rows;
  if (same(table.rows, was)) return { ...table, rows: now.map((row, i) => ({ row: table.rows[i]?.row ?? table.rows.at(-1)?.row ?? 0, values: row.values })) };
  if (!same(now, was) && !same(table.rows, now)) report(table, table.rows[0]?.row ?? 1, 0, msg('import.revisionsChangedSinceExport'), msg('import.changedSinceExportHint'));
  return table;
}

function byKey(rows: readonly Row[]): Map<string, Row> {
  return new Map(rows.map((r) => [r.key, r]));
}

function shown(value: InputValue): Message | string {
  if (value === null) return msg('import.blank');
  return typeof value === 'object' ? formatJapaneseDate(value.date) : String(value);
}
