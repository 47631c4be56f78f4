import { createRequire } from 'node:module';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarDate } from '../../src/calendar-date.js';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../src/render/index.js';
import { xlsxBytes } from '../../src/write/xlsx.js';
import { readWorkbook } from '../helpers/read-xlsx.js';

const PRINT: SheetSpec['print'] = { paper: 'A4', orientation: 'portrait', titleRows: '1:1', header: '', footer: { before: '', after: '' } };

function workbook(rows: SheetSpec['rows'], merges: string[] = []): WorkbookSpec {
  return {
    properties: { title: 't', subject: 's', creator: 'c', date: calendarDate('2024-03-29') },
    font: { name: 'BIZ UDPゴシック', size: 10 },
    sheets: [{ name: 'シート', columns: rows[0]!.map(() => 10), rows, merges, listValidations: [], print: PRINT }],
  };
}

/** Each written cell's style index, by address, as the sheet's XML has it. */
async function styleIndexes(bytes: Uint8Array): Promise<Map<string, string>> {
  const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
  return new Map([...xml.matchAll(/<c r="([A-Z]+\d+)" s="(\d+)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** exceljs's style table: its _addStyle writes a style out as XML to find the style's index. */
const StylesXform = createRequire(import.meta.url)('exceljs/lib/xlsx/xform/style/styles-xform.js') as { prototype: { _addStyle(style: object): number } };

describe('cell styles', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives cells with equal styles, each its own object, one style index, and cells that differ their own', async () => {
    const heading = (value: string): CellSpec => ({ value, style: { bold: true, horizontal: 'center', fill: 'e4ebf3' } });
    const plain = (value: string): CellSpec => ({ value, style: { wrap: true } });
    const bytes = await xlsxBytes(workbook([
      [heading('a'), heading('b'), plain('c')],
      [plain('d'), { value: 'e', style: { wrap: true, bold: true } }, { value: 'f' }],
    ]));
    const s = await styleIndexes(bytes);
    expect(s.get('A1')).toBe(s.get('B1'));
    expect(s.get('C1')).toBe(s.get('A2'));
    expect(new Set([s.get('A1'), s.get('C1'), s.get('B2'), s.get('C2')]).size).toBe(4);
    // Each index still stands for its own cell's style.
    const ws = (await readWorkbook(bytes)).worksheets[0]!;
    expect(ws.getCell('B1')).toMatchObject({ font: { bold: true }, alignment: { horizontal: 'center' }, fill: { fgColor: { argb: 'FFE4EBF3' } } });
    expect(ws.getCell('A2')).toMatchObject({ alignment: { horizontal: 'left', wrapText: true } });
    expect(ws.getCell('A2').font.bold).toBeFalsy();
    expect(ws.getCell('B2')).toMatchObject({ font: { bold: true }, alignment: { wrapText: true } });
  });

  it('keeps a date cell a date after a text cell of the same style (exceljs gives a date its number format by the cell type)', async () => {
    const style = { horizontal: 'center' } as const;
    const bytes = await xlsxBytes(workbook([[{ value: '日付', style }, { value: { date: calendarDate('2024-03-29') }, style: { ...style } }]]));
    const s = await styleIndexes(bytes);
    expect(s.get('A1')).not.toBe(s.get('B1'));
    const ws = (await readWorkbook(bytes)).worksheets[0]!;
    expect(ws.getCell('B1').value).toEqual(new Date(Date.UTC(2024, 2, 29)));
    expect(ws.getCell('A1').numFmt).toBeUndefined();
  });

  it('gives the cells a merge covers the style index of its first cell', async () => {
    const s = await styleIndexes(await xlsxBytes(workbook([[{ value: '見出し', style: { bold: true, fill: 'c9d7e8' } }, null, { value: 'x' }]], ['A1:B1'])));
    expect(s.get('B1')).toBe(s.get('A1'));
    expect(s.get('C1')).not.toBe(s.get('A1'));
  });

  it('looks up a repeated style instead of writing it out as XML again for every cell', async () => {
    const added = vi.spyOn(StylesXform.prototype, '_addStyle');
    const rows = Array.from({ length: 200 }, (_, i): CellSpec[] => [{ value: i + 1, style: { horizontal: 'right' } }, { value: `事業${i}`, style: { wrap: true } }, { value: '●', style: { horizontal: 'center' } }]);
    await xlsxBytes(workbook(rows));
    // Per row exceljs still adds the row's own (empty) style; a cell adds its style the first time only.
    expect(added.mock.calls.length).toBeLessThan(rows.length + 20);
  });
});
