import { ITEM_VALUE_COLUMNS, type CellKind, type InputValue, type Table } from '../../input-workbook/index.js';
import type { Words } from '../types.js';
import { header } from '../xlsx/cells.js';
import { columnLetter, fitWidth, pageLayout, type CellSpec, type ListValidation, type SheetSpec } from '../xlsx/spec.js';
import { addedRowStyle, columnKind, dateWidth, inputCell, shownText } from './cells.js';
import { listErrorKey, listValidation } from './lists.js';

/**
 * 計画: the vision's items (項目 | 内容, a row each, the 内容 spanning the sheet so a long lead
 * wraps in few lines), one blank row, then the 改定履歴 under its own header row (年月日 | 区分 |
 * 概要), a row per revision. Below the revisions each column takes what a revision's does, so a
 * revision added there is written like those above it.
 */
export function visionSheet(words: Words, name: string, items: Table, revisions: Table): SheetSpec {
  const kinds = revisions.columns.map(columnKind);
  const itemRows = items.rows.map((row): (CellSpec | null)[] => [inputCell(row.values[0] ?? null, 'derived'), itemCell(row.values[1] ?? null, row.kind ?? 'text'), null]);
  const validations = items.rows.flatMap((row, i): ListValidation[] => {
    const kind = row.kind ?? 'text';
    const validation = listValidation(words, `B${i + 2}`, kind, { choices: row.choices }, listErrorKey(kind, 'vision', row.key));
    return validation ? [validation] : [];
  });
  // 項目 holds the labels and the revisions' dates; the items' 内容 spans 区分 and 概要.
  const layout = pageLayout(
    [
      Math.max(fitWidth([items.columns[0]!.heading, ...items.rows.map((row) => shownText(row.values[0] ?? null))], 8, 30), dateWidth(revisions.columns[0]!.heading)),
      { texts: [revisions.columns[1]!.heading, ...revisions.rows.map((row) => shownText(row.values[1] ?? null))], min: 12, max: 30 },
      { texts: [revisions.columns[2]!.heading, ...revisions.rows.map((row) => shownText(row.values[2] ?? null))], min: 40, max: 60 },
    ],
    'portrait',
    ['A4'],
  );
  return {
    name,
    columns: layout.columns,
    columnStyles: kinds.map(addedRowStyle),
    protect: true,
    rows: [
      [header(items.columns[0]!.heading), header(items.columns[1]!.heading), null],
      ...itemRows,
      [null, null, null],
      revisions.columns.map((c) => header(c.heading)),
      ...revisions.rows.map((row) => kinds.map((kind, i) => inputCell(row.values[i] ?? null, kind))),
    ],
    merges: Array.from({ length: items.rows.length + 1 }, (_, i) => `B${i + 1}:${columnLetter(1 + ITEM_VALUE_COLUMNS)}${i + 1}`),
    listValidations: validations,
    print: { paper: layout.paper, orientation: 'portrait', titleRows: '1:1', header: words('pageHeader', { sheet: name }), footer: { before: words('footerBefore'), after: words('footerAfter') } },
  };
}

/** An item's 内容, left-aligned whatever its kind, as the sheet reads down one column of texts and dates. */
function itemCell(value: InputValue, kind: CellKind): CellSpec {
  const cell = inputCell(value, kind);
  return { ...cell, style: { ...cell.style, horizontal: 'left' } };
}
