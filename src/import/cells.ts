import type { InputValue } from '../input-workbook/index.js';
import type { CellAt, ReadRow, ReadTable } from './read-tables.js';

/** A row's value in the column `key`; undefined when the cell could not be read. */
export function valueOf(table: ReadTable, row: ReadRow, key: string): InputValue | undefined {
  return row.values[columnIndex(table, key)];
}

export function cellOf(table: ReadTable, row: ReadRow, key: string): CellAt {
  return table.at(row.row, columnIndex(table, key));
}

export function columnIndex(table: ReadTable, key: string): number {
  const index = table.columns.get(key);
  if (index === undefined) throw new RangeError(`no column ${key}`);
  return index;
}

/** Two cell values say the same: dates by their day. */
export function sameValue(a: InputValue, b: InputValue): boolean {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') return a.date.iso === b.date.iso;
  return a === b;
}
