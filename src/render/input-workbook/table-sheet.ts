import type { Table, TableKey } from '../../input-workbook/index.js';
import type { Words } from '../types.js';
import { header } from '../xlsx/cells.js';
import { columnLetter, pageLayout, type ListValidation, type Orientation, type SheetSpec } from '../xlsx/spec.js';
import { addedRowStyle, columnKind, columnWidth, inputCell, lockedKind, shownText } from './cells.js';
import { ADDED_ROWS, listErrorKey, listValidation } from './lists.js';

export interface TableSheetOptions {
  readonly name: string;
  readonly key: TableKey;
  readonly table: Table;
  /** Choice columns whose choices are cells elsewhere, by column key: their validation refers to those cells. */
  readonly listedIn?: Readonly<Record<string, string>>;
  readonly orientation: Orientation;
}

/**
 * One table on a sheet of its own, exactly as the import reads it back: the header row, then a
 * row per row of the table, each column's values as the table gives them. The identity and
 * what is only shown are locked; below the rows, each column takes what its rows take (open,
 * its format, its list), so a row added there is written like those above it.
 */
export function tableSheet(words: Words, options: TableSheetOptions): SheetSpec {
  const { name, table } = options;
  const kinds = table.columns.map(columnKind);
  const through = table.rows.length + 1 + ADDED_ROWS;
  const layout = pageLayout(
    // A choice column is as wide as any of its choices needs, not only those chosen so far.
    table.columns.map((column, i) => columnWidth(kinds[i]!, column.heading, [...table.rows.map((row) => shownText(row.values[i] ?? null)), ...(column.choices ?? [])])),
    options.orientation,
  );
  const validations = table.columns.flatMap((column, i): ListValidation[] => {
    const letter = columnLetter(i + 1);
    const validation = listValidation(words, `${letter}2:${letter}${through}`, kinds[i]!, { choices: column.choices, cells: options.listedIn?.[column.key] }, listErrorKey(kinds[i]!, options.key, column.key));
    return validation ? [validation] : [];
  });
  // The row's identity (and what names it) stays in view while scrolling across.
  const leading = kinds.findIndex((kind) => !lockedKind(kind));
  return {
    name,
    columns: layout.columns,
    columnStyles: kinds.map(addedRowStyle),
    protect: true,
    rows: [table.columns.map((column) => header(column.heading)), ...table.rows.map((row) => kinds.map((kind, i) => inputCell(row.values[i] ?? null, kind)))],
    merges: [],
    freeze: { rows: 1, columns: leading < 0 ? kinds.length : leading },
    listValidations: validations,
    print: { paper: layout.paper, orientation: options.orientation, titleRows: '1:1', header: words('pageHeader', { sheet: name }), footer: { before: words('footerBefore'), after: words('footerAfter') } },
  };
}
