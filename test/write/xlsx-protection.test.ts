import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/calendar-date.js';
import type { SheetSpec, WorkbookSpec } from '../../src/render/index.js';
import { xlsxBytes } from '../../src/write/xlsx.js';
import { readWorkbook } from '../helpers/read-xlsx.js';

const PRINT: SheetSpec['print'] = { paper: 'A4', orientation: 'portrait', titleRows: '1:1', header: '', footer: { before: '', after: '' } };

function workbook(sheet: Partial<SheetSpec>): WorkbookSpec {
  return {
    properties: { title: 't', subject: 's', creator: 'c', date: calendarDate('2024-03-29') },
    font: { name: 'BIZ UDPゴシック', size: 10 },
    sheets: [{ name: 'シート', columns: [10, 10], rows: [[{ value: '見出し' }, { value: '入力', style: { unlocked: true } }]], merges: [], listValidations: [], print: PRINT, ...sheet }],
  };
}

async function sheetXml(spec: WorkbookSpec): Promise<string> {
  return (await JSZip.loadAsync(await xlsxBytes(spec))).file('xl/worksheets/sheet1.xml')!.async('string');
}

describe('workbooks staff fill in', () => {
  it('protects a sheet without a password: the same bytes every time, nothing random', async () => {
    const spec = workbook({ protect: true });
    expect(await sheetXml(spec)).toContain('<sheetProtection sheet="1" formatColumns="0" formatRows="0" insertRows="0"/>');
    expect(Buffer.from(await xlsxBytes(spec)).equals(Buffer.from(await xlsxBytes(spec)))).toBe(true);
  });

  it('leaves cells that say so open, and gives the cells below the rows their column style', async () => {
    const read = await readWorkbook(await xlsxBytes(workbook({ protect: true, columnStyles: [undefined, { unlocked: true, numberFormat: '@' }] })));
    const ws = read.worksheets[0]!;
    expect(ws.getCell('A1').protection?.locked).not.toBe(false);
    expect(ws.getCell('B1').protection).toMatchObject({ locked: false });
    // A cell says all of its own style: B1 takes no text format from its column.
    expect(ws.getCell('B1').numFmt).toBeUndefined();
    expect(ws.getCell('B9').protection).toMatchObject({ locked: false });
    expect(ws.getCell('B9').numFmt).toBe('@');
    expect(ws.getCell('A9').protection?.locked).not.toBe(false);
  });

  it('writes a row of the spec that holds no value, so that its cells keep their own style rather than their columns', async () => {
    const xml = await sheetXml(workbook({ columnStyles: [{ unlocked: true }, { unlocked: true }], rows: [[{ value: 'a' }, { value: 'b' }], [null, null], [{ value: 'c' }, { value: 'd' }]] }));
    expect(xml).toMatch(/<row r="2" ht="15" customHeight="1"[^>]*><c r="A2" s="\d+"\/><c r="B2" s="\d+"\/><\/row>/);
  });

  it('lists values in the validation, or refers to the cells that hold a long list', async () => {
    const xml = await sheetXml(
      workbook({
        listValidations: [
          { range: 'A2:A9', list: ['市', '町', '村'] },
          { range: 'B2:B9', list: { cells: "'記入方法'!$B$5:$B$27" } },
        ],
      }),
    );
    expect(xml).toContain('sqref="A2:A9"><formula1>&quot;市,町,村&quot;</formula1>');
    expect(xml).toContain('sqref="B2:B9"><formula1>&apos;記入方法&apos;!$B$5:$B$27</formula1>');
  });

  it('refuses a list Excel could not read back: longer than 255 characters, or a value with a comma', async () => {
    const long = Array.from({ length: 26 }, (_, i) => `その他の政策分野${String(i).padStart(2, '0')}`);
    await expect(xlsxBytes(workbook({ listValidations: [{ range: 'A2', list: long }] }))).rejects.toThrow(/Excel allows 255/);
    await expect(xlsxBytes(workbook({ listValidations: [{ range: 'A2', list: ['a,b', 'c'] }] }))).rejects.toThrow(/comma/);
  });
});
