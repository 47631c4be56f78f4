import { baseRows, type DataText } from '../../input-workbook/index.js';
import type { Words } from '../types.js';
import { cell } from '../xlsx/cells.js';
import type { SheetSpec } from '../xlsx/spec.js';

/**
 * The data the workbook was exported from, hidden and locked: import weighs each cell against
 * it, so a workbook filled in while another was imported changes only what was typed in it.
 */
export function baseSheet(words: Words, files: readonly DataText[]): SheetSpec {
  const rows = baseRows(words('baseNote'), files);
  const width = Math.max(...rows.map((r) => r.length));
  return {
    name: words('sheetBase'),
    hidden: true,
    protect: true,
    columns: Array.from({ length: width }, (_, i) => (i === 0 ? 30 : 60)),
    rows: rows.map((r) => Array.from({ length: width }, (_, i) => cell(r[i] ?? null))),
    merges: [],
    listValidations: [],
    print: { paper: 'A4', orientation: 'portrait', titleRows: '1:1', header: words('sheetBase'), footer: { before: words('footerBefore'), after: words('footerAfter') } },
  };
}
