import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkData, DEFAULT_TEMPLATES_DIR, wordsFor } from '../../../src/index.js';
import { inputSheets, type InputSheets, type InputValue, type TableKey } from '../../../src/input-workbook/index.js';
import { readTemplates } from '../../../src/load/index.js';
import { WAREKI_DATE_FORMAT } from '../../../src/render/input-workbook/cells.js';
import { inputWorkbook } from '../../../src/render/input-workbook/input-workbook.js';
import { ADDED_ROWS } from '../../../src/render/input-workbook/lists.js';
import { fixture, replaceOnce, SHIPPED_DATA } from '../../helpers/fixture.js';
import { readWorkbook, rowValues } from '../../helpers/read-xlsx.js';
import { renderOnly } from '../../helpers/render.js';

/** The minimal plan, revised twice, the second revision's summary on two lines. */
const REVISED = {
  'vision.yaml': replaceOnce(
    'revisions: []',
    'revisions:\n    - { date: 2025-04-01, label: 一部変更, summary: 連携事業の追加 }\n    - { date: 2026-04-01, label: 一部変更, summary: "事業名の変更\\n参加市町村の変更" }',
  ),
};

async function exported(dataDir: string): Promise<{ bytes: Uint8Array; workbook: ExcelJS.Workbook; input: InputSheets }> {
  const { model, files } = await renderOnly(dataDir, inputWorkbook);
  const { templates } = await readTemplates(DEFAULT_TEMPLATES_DIR);
  const bytes = files[0]!.bytes;
  return { bytes, workbook: await readWorkbook(bytes), input: inputSheets(model, wordsFor(inputWorkbook, model, templates)) };
}

/** A cell's value as the contract has it: a date cell's date as { date } (its ISO day), blank as null. */
function contractValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v ?? null;
}

function expected(value: InputValue): unknown {
  return value !== null && typeof value === 'object' ? value.date.iso : value;
}

const isLocked = (cell: ExcelJS.Cell) => cell.protection?.locked !== false;

/** The values of the cells a list validation refers to: 'シート'!$B$5:$B$9 (one column). */
function listed(workbook: ExcelJS.Workbook, formula: string): unknown[] {
  const match = /^'(.+)'!\$([A-Z]+)\$(\d+):\$\2\$(\d+)$/.exec(formula);
  if (!match) throw new Error(`not a reference to one column's cells: ${formula}`);
  const [, name, column, top, bottom] = match;
  const ws = workbook.getWorksheet(name!)!;
  return Array.from({ length: Number(bottom) - Number(top) + 1 }, (_, i) => ws.getCell(`${column}${Number(top) + i}`).value);
}

describe('input workbook (minimal plan, revised)', () => {
  let workbook: ExcelJS.Workbook;
  let input: InputSheets;
  let bytes: Uint8Array;
  beforeAll(async () => {
    ({ workbook, input, bytes } = await exported(fixture(REVISED)));
  });

  const sheet = (name: string) => workbook.getWorksheet(name)!;

  it('has 記入方法 and a sheet per table, in order, and the plan as its properties', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['記入方法', '連携事業', '参加市町村', '役割分担', '市町村', '計画']);
    expect(workbook.title).toBe('テスト圏域ビジョン 入力用');
    expect(workbook.creator).toBe('テスト市企画局');
  });

  it('writes every table cell for cell as the import reads it back: header at row 1, data from row 2', () => {
    const at: Record<Exclude<TableKey, 'revisions'>, string> = { projects: '連携事業', participants: '参加市町村', roles: '役割分担', members: '市町村', vision: '計画' };
    for (const [key, name] of Object.entries(at) as [Exclude<TableKey, 'revisions'>, string][]) {
      const table = input.tables[key];
      const ws = sheet(name);
      expect(rowValues(ws, 1, table.columns.length), name).toEqual(table.columns.map((c) => c.heading));
      table.rows.forEach((row, r) => {
        expect(row.values.map((_, c) => contractValue(ws.getCell(r + 2, c + 1))), `${name} row ${r + 2}`).toEqual(row.values.map(expected));
      });
      // Nothing below the rows written.
      expect(ws.getCell(table.rows.length + 2, 1).value ?? null, name).toBeNull();
    }
    // 計画: the items, one blank row, the revisions' header, the revisions.
    const ws = sheet('計画');
    const header = input.tables.vision.rows.length + 3;
    expect(rowValues(ws, header - 1, 3)).toEqual([null, null, null]);
    expect(rowValues(ws, header, 3)).toEqual(['年月日', '区分', '概要']);
    input.tables.revisions.rows.forEach((row, r) => {
      expect(row.values.map((_, c) => contractValue(ws.getCell(header + 1 + r, c + 1)))).toEqual(row.values.map(expected));
    });
  });

  it('連携事業: id, NO, the field as printed, name, page, ● marks and 参加', () => {
    const ws = sheet('連携事業');
    expect(rowValues(ws, 1, 9)).toEqual(['id', 'NO.', '政策分野', '連携事業名', 'ページ', '①', '②', '③', '参加']);
    expect(rowValues(ws, 2, 9)).toEqual(['p01', 1, '１a　経済戦略の推進', '連携事業の企画', 10, '●', '●', '●', '未確認']);
    expect(rowValues(ws, 5, 9)).toEqual(['p04', 4, '２⑴a　地域医療', '救急医療の推進', 12, null, null, '●', '個別']);
    expect(rowValues(ws, 6, 9)).toEqual(['p05', 5, '２⑵a　地域公共交通', '地域公共交通の維持', 13, '●', null, '●', '個別']);
  });

  it('参加市町村: ● where a member takes part; 役割分担: a row per participant, its role where written', () => {
    const grid = sheet('参加市町村');
    expect(rowValues(grid, 1, 6)).toEqual(['id', 'NO.', '連携事業名', '札幌市', '小樽市', '新篠津村']);
    expect(rowValues(grid, 5, 6)).toEqual(['p04', 4, '救急医療の推進', '●', '●', null]);
    expect(rowValues(grid, 6, 6)).toEqual(['p05', 5, '地域公共交通の維持', null, '●', null]);
    const roles = sheet('役割分担');
    expect(rowValues(roles, 1, 4)).toEqual(['id', '連携事業名', '市町村', '役割']);
    expect(rowValues(roles, 11, 4)).toEqual(['p04', '救急医療の推進', '札幌市', '救急医療体制を提供する']);
    expect(rowValues(roles, 12, 4)).toEqual(['p04', '救急医療の推進', '小樽市', null]);
    expect(rowValues(roles, 13, 4)).toEqual(['p05', '地域公共交通の維持', '小樽市', null]);
  });

  it('市町村: codes are text cells (011002 keeps its zero), agreement dates are date cells shown in 和暦', () => {
    const ws = sheet('市町村');
    expect(rowValues(ws, 2, 6)).toEqual(['sapporo', '011002', '札幌市', '市', '連携中枢都市', '石狩振興局']);
    expect(ws.getCell('B2').numFmt).toBe('@');
    expect(ws.getCell('G2').value).toEqual(new Date(Date.UTC(2019, 2, 29)));
    expect(ws.getCell('G2').numFmt).toBe('[$-411]ggge"年"m"月"d"日"');
    // A member added below gets the same formats.
    expect(ws.getCell('B5').numFmt).toBe('@');
    expect(ws.getCell('G5').numFmt).toBe(WAREKI_DATE_FORMAT);
  });

  it('計画: items with their labels, dates as 和暦 date cells, then the 改定履歴 with its own header row', () => {
    const ws = sheet('計画');
    expect(rowValues(ws, 1, 2)).toEqual(['項目', '内容']);
    expect(rowValues(ws, 2, 2)).toEqual(['計画の名称', 'テスト圏域ビジョン']);
    expect(rowValues(ws, 3, 2)).toEqual(['期', 2]);
    expect(ws.getCell('A9').value).toBe('計画期間の開始日');
    expect(ws.getCell('B9').value).toEqual(new Date(Date.UTC(2024, 3, 1)));
    expect(ws.getCell('B9').numFmt).toBe(WAREKI_DATE_FORMAT);
    expect(ws.getCell('B14').value).toEqual(new Date(Date.UTC(2019, 2, 29)));
    expect(rowValues(ws, 15, 3)).toEqual([null, null, null]);
    expect(rowValues(ws, 16, 3)).toEqual(['年月日', '区分', '概要']);
    expect(ws.getCell('A17').value).toEqual(new Date(Date.UTC(2025, 3, 1)));
    expect(ws.getCell('A17').numFmt).toBe(WAREKI_DATE_FORMAT);
    expect(rowValues(ws, 17, 3).slice(1)).toEqual(['一部変更', '連携事業の追加']);
    expect(rowValues(ws, 18, 3).slice(1)).toEqual(['一部変更', '事業名の変更\n参加市町村の変更']);
    expect(ws.getCell('C18').alignment.wrapText).toBe(true);
    // The next revision is typed below, as a date shown in 和暦.
    expect(ws.getCell('A19').numFmt).toBe(WAREKI_DATE_FORMAT);
  });

  it('locks headers, ids, NO and names shown for reference; leaves the rest, and the rows below, open', () => {
    const projects = sheet('連携事業');
    for (const a of ['A1', 'C1', 'I1', 'A2', 'B2', 'A6', 'B6']) expect(isLocked(projects.getCell(a)), `連携事業!${a}`).toBe(true);
    for (const a of ['C2', 'D2', 'E2', 'F2', 'H2', 'I2', 'D6']) expect(isLocked(projects.getCell(a)), `連携事業!${a}`).toBe(false);
    // A row added below: a new project has a blank id, typed in; NO is never read.
    for (const a of ['A7', 'C7', 'D7', 'I7', 'A300']) expect(isLocked(projects.getCell(a)), `連携事業!${a}`).toBe(false);
    expect(isLocked(projects.getCell('B7'))).toBe(true);
    const grid = sheet('参加市町村');
    for (const a of ['A2', 'B2', 'C2']) expect(isLocked(grid.getCell(a)), `参加市町村!${a}`).toBe(true);
    for (const a of ['D2', 'F6', 'A7', 'C7', 'D7']) expect(isLocked(grid.getCell(a)), `参加市町村!${a}`).toBe(false);
    const roles = sheet('役割分担');
    for (const a of ['A2', 'B2']) expect(isLocked(roles.getCell(a)), `役割分担!${a}`).toBe(true);
    for (const a of ['C2', 'D2', 'A14', 'B14', 'C14', 'D14']) expect(isLocked(roles.getCell(a)), `役割分担!${a}`).toBe(false);
    const vision = sheet('計画');
    for (const a of ['A1', 'A2', 'A14', 'A15', 'B15', 'A16']) expect(isLocked(vision.getCell(a)), `計画!${a}`).toBe(true);
    for (const a of ['B2', 'B14', 'A17', 'C18', 'A19', 'B19', 'C19']) expect(isLocked(vision.getCell(a)), `計画!${a}`).toBe(false);
    const guide = sheet('記入方法');
    for (let r = 1; r <= guide.rowCount; r++) for (let c = 1; c <= 3; c++) expect(isLocked(guide.getCell(r, c))).toBe(true);
  });

  it('protects every sheet without a password (no hash, no salt)', () => {
    for (const ws of workbook.worksheets) {
      const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
      expect(protection, ws.name).toMatchObject({ sheet: true, formatColumns: true, formatRows: true, insertRows: true });
      expect(protection.hashValue, ws.name).toBeUndefined();
      expect(protection.saltValue, ws.name).toBeUndefined();
      expect(protection.algorithmName, ws.name).toBeUndefined();
    }
  });

  it('every list column has a list validation, with spare rows, saying in Japanese what it takes', () => {
    const last = (rows: number) => rows + 1 + ADDED_ROWS;
    const expectations: [string, string[], string[], string][] = [
      ['連携事業', ['F2', 'H6', `F${last(5)}`, `H${last(5)}`], ['"●"'], '● を入力するか、空欄にしてください。セル右の ▼ から ● を選べます。'],
      ['連携事業', ['I2', `I${last(5)}`], ['"全市町村,個別,未確認"'], '「全市町村」「個別」「未確認」のいずれかを選んでください。'],
      ['参加市町村', ['D2', `F${last(5)}`], ['"●"'], '● を入力するか、空欄にしてください。セル右の ▼ から ● を選べます。'],
      ['役割分担', ['C2', `C${last(12)}`], ["'市町村'!$C$2:$C$4"], '市町村名は「市町村」シートの名前から選んでください。'],
      ['市町村', ['D2', `D${last(3)}`], ['"市,町,村"'], '「市」「町」「村」のいずれかを選んでください。'],
      ['市町村', ['E2', `E${last(3)}`], ['"連携中枢都市,連携市町村"'], '「連携中枢都市」「連携市町村」のいずれかを選んでください。'],
    ];
    for (const [name, addresses, formulae, error] of expectations) {
      for (const a of addresses) {
        expect(sheet(name).getCell(a).dataValidation, `${name}!${a}`).toEqual({ type: 'list', allowBlank: true, formulae, showErrorMessage: true, errorStyle: 'stop', errorTitle: '入力できない値です', error });
      }
    }
    // Only to the spare rows' end, and not on columns that are not lists.
    expect(sheet('連携事業').getCell(`F${last(5) + 1}`).dataValidation).toBeUndefined();
    for (const a of ['A2', 'B2', 'D2', 'E2']) expect(sheet('連携事業').getCell(a).dataValidation, a).toBeUndefined();
  });

  it('政策分野 chooses from the list on 記入方法, which holds exactly the choices as printed', () => {
    const ws = sheet('連携事業');
    for (const a of ['C2', `C${6 + ADDED_ROWS}`]) {
      const validation = ws.getCell(a).dataValidation;
      expect(validation, a).toMatchObject({ type: 'list', allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: '入力できない値です', error: '政策分野は一覧から選んでください（「記入方法」シートに一覧があります）。' });
      expect(listed(workbook, validation.formulae![0] as string)).toEqual(['１a　経済戦略の推進', '１b　戦略産業の育成', '２⑴a　地域医療', '２⑵a　地域公共交通']);
    }
  });

  it('記入方法 says how to fill in each sheet and what each column takes', () => {
    const ws = sheet('記入方法');
    // Each row's texts, a merged cell's once.
    const texts = Array.from({ length: ws.rowCount }, (_, r) =>
      [1, 2, 3]
        .map((c) => ws.getCell(r + 1, c))
        .filter((c) => c.master.address === c.address && c.value !== null)
        .map((c) => c.value)
        .join(' | '),
    );
    expect(texts[0]).toBe('テスト圏域ビジョン 入力用ブックの記入方法');
    expect(texts).toContain('シート | 列・項目 | 入力するもの');
    expect(texts).toContain('連携事業 | 連携事業1件が1行です（計画の体系の順）。');
    expect(texts).toContain('id | 変更できません。追加する行では空欄のままにします。');
    expect(texts).toContain('ページ | 半角の整数（例：61）。');
    expect(texts).toContain('①〜③ | ● を入力するか、空欄にしてください。セル右の ▼ から ● を選べます。');
    expect(texts).toContain('札幌市〜新篠津村 | ● を入力するか、空欄にしてください。セル右の ▼ から ● を選べます。');
    expect(texts).toContain('団体コード | 6桁の団体コード（例：011002）。先頭の 0 も残ります。');
    expect(texts).toContain('策定日 | 日付（例：2025/4/1）。令和7年4月1日 のように表示されます。');
    expect(texts).toContain('改定履歴 | 項目の下に1行あけて続く表です。改定ごとに1行、古い順に書きます。');
    expect(texts).toContain('政策分野の一覧 | １a　経済戦略の推進');
  });

  it('sizes every column, fits each sheet one page wide, repeats its header and numbers its pages', () => {
    for (const ws of workbook.worksheets) {
      const columns = ws.columns.map((c) => c.width ?? 0);
      expect(columns.length, ws.name).toBeGreaterThan(1);
      for (const width of columns) expect(width, ws.name).toBeGreaterThan(0);
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
      expect(ws.headerFooter, ws.name).toMatchObject({ oddHeader: `&Cテスト圏域ビジョン 入力用　${ws.name}`, oddFooter: '&C- &P -' });
    }
    // Wide enough for the longest text on one line where the page allows.
    expect(sheet('連携事業').getColumn(4).width).toBeGreaterThanOrEqual(14);
    expect(sheet('連携事業').getColumn(9).width).toBeGreaterThanOrEqual(7);
  });

  it('is the same bytes when made again', async () => {
    const again = await exported(fixture(REVISED));
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('input workbook (shipped data)', () => {
  it('refers to the 23 fields on 記入方法 rather than writing them into the validation (too long for one)', async () => {
    const { model } = await checkData(SHIPPED_DATA);
    const { workbook, input } = await exported(SHIPPED_DATA);
    expect(input.fieldIds.size).toBe(23);
    expect([...input.fieldIds.keys()].join(',').length).toBeGreaterThan(255);
    const ws = workbook.getWorksheet('連携事業')!;
    const [formula] = ws.getCell('C2').dataValidation.formulae as string[];
    expect(formula).toMatch(/^'記入方法'!/);
    expect(listed(workbook, formula!)).toEqual([...input.fieldIds.keys()]);
    expect(ws.rowCount).toBe(model!.projects.length + 1);
    // Landscape A4 at 90 % or more: the text columns wrap rather than shrink the page.
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.columns.reduce((n, c) => n + (c.width ?? 0), 0) * 7.5 * 0.9).toBeLessThanOrEqual(841.89 - 72);
  });
});
