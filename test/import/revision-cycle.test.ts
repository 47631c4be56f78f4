import { readFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../src/import/index.js';
import { formatMessage } from '../../src/messages/index.js';
import type { Problem } from '../../src/problem.js';
import { columnLetter } from '../../src/render/xlsx/spec.js';
import { fixture, replaceOnce, tempDir } from '../helpers/fixture.js';
import { editWorkbook, exportInputWorkbook, rowWith, sheet } from '../helpers/input-workbook.js';
import { snapshotBytes } from '../helpers/snapshot.js';

function where(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.severity} ${p.cell ? `${p.cell.sheet}!${columnLetter(p.cell.column)}${p.cell.row}` : ''}  ${p.path}  ${formatMessage(p.message, 'ja')}`);
}

async function workbookOf(data: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const file = path.join(tempDir(), 'input.xlsx');
  await exportInputWorkbook(data, file);
  await editWorkbook(file, edit);
  return file;
}

const projects = (wb: ExcelJS.Workbook) => sheet(wb, '連携事業');
const rowOf = (wb: ExcelJS.Workbook, id: string) => rowWith(projects(wb), 1, id);
const text = (data: string, file: string) => readFileSync(path.join(data, file), 'utf8');
const MERGING = 'warning     このブックを書き出した後に data/ が変わっています。このブックで変更したセルだけを data/ に反映します';

/** Types a new project in the first blank row below the table. */
function addRow(wb: ExcelJS.Workbook, fieldOf: string, name: string, page: number): void {
  const sheet = projects(wb);
  let last = 0;
  sheet.eachRow((_, n) => (last = n));
  const row = last + 1;
  sheet.getCell(row, 3).value = sheet.getCell(rowOf(wb, fieldOf), 3).value;
  sheet.getCell(row, 4).value = name;
  sheet.getCell(row, 5).value = page;
  sheet.getCell(row, 6).value = '●';
  sheet.getCell(row, 9).value = '未確認';
}

describe('import through a revision cycle', () => {
  it('a workbook exported before a project was removed still imports its own edit, and only that', async () => {
    const data = fixture();
    const removing = await workbookOf(data, (wb) => projects(wb).spliceRows(rowOf(wb, 'p02'), 1));
    const renaming = await workbookOf(data, (wb) => (projects(wb).getCell(rowOf(wb, 'p05'), 4).value = '地域公共交通の維持・確保'));
    expect((await importWorkbook({ workbook: removing, dataDir: data, write: true })).ok).toBe(true);
    const result = await importWorkbook({ workbook: renaming, dataDir: data, write: true });
    expect(where(result.problems)).toEqual([MERGING]);
    expect(result.ok && result.comparison.projects.map((c) => [c.id, c.aspects])).toEqual([['p05', ['renamed']]]);
    expect(text(data, 'projects/pillar-1.yaml')).not.toContain('p02');
  });

  it('the same workbook imported twice does not add its new project twice', async () => {
    const data = fixture();
    const file = await workbookOf(data, (wb) => addRow(wb, 'p05', '観光客の周遊促進', 14));
    expect((await importWorkbook({ workbook: file, dataDir: data, write: true })).ok).toBe(true);
    const before = snapshotBytes(data);
    const again = await importWorkbook({ workbook: file, dataDir: data, write: true });
    expect(again.ok).toBe(false);
    expect(where(again.problems)).toEqual([MERGING, 'error 連携事業!D7  連携事業名  「観光客の周遊促進」は、このブックを書き出した後に data/ に加わった事業（p06）と同じ名前です。このブックは取り込み済みではありませんか']);
    expect(snapshotBytes(data)).toEqual(before);
  });

  it('a project typed below the table goes into its pillar’s file, after the last project of its field', async () => {
    const data = fixture();
    const original = text(data, 'projects/pillar-1.yaml');
    const file = await workbookOf(data, (wb) => addRow(wb, 'p01', '産業振興ビジョンの共同策定', 10));
    const result = await importWorkbook({ workbook: file, dataDir: data, write: true });
    expect(where(result.problems)).toEqual([]);
    expect(text(data, 'projects/pillar-1.yaml')).toBe(
      replaceOnce('  - id: p02\n', '  - id: p06\n    name: 産業振興ビジョンの共同策定\n    field: 1a\n    page: 10\n    marks: [1]\n    participants: all\n  - id: p02\n')(original),
    );
    expect(result.ok && result.comparison.projects.find((c) => c.id === 'p06')?.after?.no).toBe(2);
  });

  it('a row cleared but for its id removes its project (Excel will not delete a protected row)', async () => {
    const data = fixture();
    const file = await workbookOf(data, (wb) => {
      for (const column of [3, 4, 5, 6, 7, 8, 9]) projects(wb).getCell(rowOf(wb, 'p03'), column).value = null;
    });
    const result = await importWorkbook({ workbook: file, dataDir: data, write: true });
    expect(where(result.problems).filter((p) => p.startsWith('warning 連携事業'))).toEqual(['warning 連携事業!A4  id  事業 p03 の行は id 以外が空欄のため、この事業を削除します']);
    expect(result.ok && result.comparison.projects.map((c) => [c.id, c.aspects])).toEqual([['p03', ['removed']]]);
  });

  it('an id cleared by mistake is an error, not a new project in place of the old one', async () => {
    const data = fixture();
    const file = await workbookOf(data, (wb) => (projects(wb).getCell(rowOf(wb, 'p03'), 1).value = null));
    const result = await importWorkbook({ workbook: file, dataDir: data, write: false });
    expect(where(result.problems.filter((p) => p.severity === 'error'))).toEqual([
      'error 連携事業!A4  id  id が空欄ですが、「創業の促進」はこのブックで行のなくなった事業 p03 と同じ名前です。id を消すと、別の新しい事業になってしまいます',
    ]);
  });

  it('a date with a time of day keeps its day, with a warning', async () => {
    const data = fixture();
    const file = await workbookOf(data, (wb) => (sheet(wb, '市町村').getCell(3, 7).value = new Date(Date.UTC(2024, 3, 1, 18, 0))));
    const result = await importWorkbook({ workbook: file, dataDir: data, write: true });
    expect(where(result.problems)).toEqual(['warning 市町村!G3  連携協約締結日  時刻の付いた日付です。日付の 令和6年(2024年)4月1日 だけを取り込みます']);
    expect(text(data, 'region.yaml')).toContain('slug: otaru, agreementSigned: 2024-04-01 }');
  });

  it('a 未確認 project whose 参加市町村 row is deleted keeps its members', async () => {
    const data = fixture({ 'projects/pillar-1.yaml': replaceOnce('    marks: [1, 2, 3]\n    participants: all\n', '    marks: [1, 2, 3]\n    participants: [sapporo, otaru]\n') });
    const before = snapshotBytes(data);
    const file = await workbookOf(data, (wb) => sheet(wb, '参加市町村').spliceRows(rowWith(sheet(wb, '参加市町村'), 1, 'p01'), 1));
    const result = await importWorkbook({ workbook: file, dataDir: data, write: true });
    expect(result.ok && result.changes).toEqual([]);
    expect(snapshotBytes(data)).toEqual(before);
  });

  it('tells every bad cell in one run: an unreadable page and a blank name together', async () => {
    const data = fixture();
    const file = await workbookOf(data, (wb) => {
      projects(wb).getCell(rowOf(wb, 'p02'), 5).value = 61.5;
      projects(wb).getCell(rowOf(wb, 'p03'), 4).value = null;
    });
    const result = await importWorkbook({ workbook: file, dataDir: data, write: true });
    expect(where(result.problems.filter((p) => p.severity === 'error'))).toEqual(['error 連携事業!E3  ページ  「61.5」は整数ではありません', 'error 連携事業!D4  連携事業名  空欄にはできません']);
  });
});
