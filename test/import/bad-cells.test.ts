import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../src/import/index.js';
import { formatMessage } from '../../src/messages/index.js';
import type { Problem } from '../../src/problem.js';
import { columnLetter } from '../../src/render/xlsx/spec.js';
import { fixture, tempDir } from '../helpers/fixture.js';
import { editWorkbook, exportInputWorkbook, rowWith, sheet } from '../helpers/input-workbook.js';
import { snapshotBytes } from '../helpers/snapshot.js';

/** Each problem as `severity sheet!cell  heading  message`. */
function where(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.severity} ${p.cell ? `${p.cell.sheet}!${columnLetter(p.cell.column)}${p.cell.row}` : path.basename(p.file)}  ${p.path}  ${formatMessage(p.message, 'ja')}`);
}

async function importEdited(edit: (workbook: ExcelJS.Workbook) => void, write = true) {
  const data = fixture();
  const file = path.join(tempDir(), 'input.xlsx');
  await exportInputWorkbook(data, file);
  await editWorkbook(file, edit);
  const before = snapshotBytes(data);
  const result = await importWorkbook({ workbook: file, dataDir: data, write });
  return { result, unchanged: JSON.stringify(snapshotBytes(data)) === JSON.stringify(before), data };
}

const projects = (wb: ExcelJS.Workbook) => sheet(wb, '連携事業');
const row = (wb: ExcelJS.Workbook, id: string) => rowWith(projects(wb), 1, id);

describe('import: a cell that cannot be read is an error at its cell, and nothing is written', () => {
  it.each<[string, (wb: ExcelJS.Workbook) => void, string[]]>([
    ['a formula', (wb) => (projects(wb).getCell(row(wb, 'p02'), 4).value = { formula: 'D2&"（拡充）"', result: '連携事業の企画（拡充）' } as ExcelJS.CellValue), ['error 連携事業!D3  連携事業名  数式（=D2&"（拡充）"）は取り込めません']],
    ['a merged cell', (wb) => projects(wb).mergeCells(`D${row(wb, 'p02')}:E${row(wb, 'p02')}`), ['error 連携事業!D3  連携事業名  セル D3:E3 が結合されています。結合したセルは取り込めません']],
    ['an unknown sheet', (wb) => wb.addWorksheet('メモ').getCell('A1').value = '打合せ用', ['error メモ!A1    このシート「メモ」は入力用ブックのシートではありません。取り込む内容がある場合は、決まったシートに移してください']],
    ['a page that is not a number', (wb) => (projects(wb).getCell(row(wb, 'p02'), 5).value = '十一'), ['error 連携事業!E3  ページ  「十一」を数として読めません。半角の数字で入力してください']],
    ['a mark that is not ●', (wb) => (projects(wb).getCell(row(wb, 'p02'), 7).value = '×'), ['error 連携事業!G3  ②  「×」は入力できません']],
    ['a choice not in the list', (wb) => (projects(wb).getCell(row(wb, 'p02'), 9).value = '全部'), ['error 連携事業!I3  参加  「全部」は選べる値ではありません']],
    ['a day that does not exist', (wb) => (sheet(wb, '市町村').getCell(3, 7).value = '令和6年2月30日'), ['error 市町村!G3  連携協約締結日  「令和6年2月30日」という日はありません']],
    ['an id the data does not have', (wb) => (projects(wb).getCell(row(wb, 'p02'), 1).value = 'p99'), ['error 連携事業!A3  id  id「p99」の事業はデータにありません']],
    ['an id twice', (wb) => (projects(wb).getCell(row(wb, 'p03'), 1).value = 'p02'), ['error 連携事業!A4  id  id「p02」の行が 2 つあります（3 行目にもあります）']],
    ['a heading changed', (wb) => (projects(wb).getCell(1, 5).value = '頁'), ['error 連携事業!E1  ページ  見出しが「頁」になっています。この列の見出しは「ページ」です（列の追加・削除・入れ替えは取り込めません）']],
    ['text beside the table', (wb) => (projects(wb).getCell(row(wb, 'p02'), 12).value = '要確認'), ['error 連携事業!L3    表の外に入力があります。取り込まれないため、誤りとしました']],
    ['a blank project name (found by the validation, told at the cell)', (wb) => (projects(wb).getCell(row(wb, 'p02'), 4).value = null), ['error 連携事業!D3  連携事業名']],
    ['the hidden sheet of the exported data edited', (wb) => (sheet(wb, '書き出し時のデータ').getCell(3, 2).value = 'vision: {}'), ['error input.xlsx    隠しシート「書き出し時のデータ」が変更されているか壊れています']],
    [
      '全市町村 with a member unmarked',
      (wb) => {
        projects(wb).getCell(row(wb, 'p01'), 9).value = '全市町村';
        sheet(wb, '参加市町村').getCell(rowWith(sheet(wb, '参加市町村'), 1, 'p01'), 4).value = null;
      },
      ['error 連携事業!I2  参加  参加が「全市町村」ですが、「参加市町村」シートで 1 市町村に ● がありません'],
    ],
  ])('%s', async (_, edit, expected) => {
    const { result, unchanged } = await importEdited(edit);
    expect(result.ok).toBe(false);
    const errors = where(result.problems.filter((p) => p.severity === 'error'));
    expect(errors.map((line, i) => (expected[i] !== undefined && expected[i]!.split('  ').length < 3 ? line.split('  ').slice(0, 2).join('  ') : line))).toEqual(expected);
    expect(unchanged).toBe(true);
  });
});

describe('import: a workbook without the data it was exported from', () => {
  it('is weighed against data/ as it is, with a warning that says so', async () => {
    const { result } = await importEdited((wb) => wb.removeWorksheet(sheet(wb, '書き出し時のデータ').id), false);
    expect(result.ok).toBe(true);
    expect(where(result.problems)).toEqual(['warning input.xlsx    隠しシート「書き出し時のデータ」がないため、ブックの内容をいまの data/ とそのまま比べます。書き出した後に data/ で変わった項目は、ブックの内容に戻ります']);
  });
});

describe('import: what people type is read the way they mean it, with a warning naming the cell', () => {
  it('full-width digits and 頁, ○ and 〇 for ●, stray spaces, a 和暦 date in full-width digits', async () => {
    const { result, data } = await importEdited((wb) => {
      const p = projects(wb);
      p.getCell(row(wb, 'p02'), 5).value = '１１頁';
      p.getCell(row(wb, 'p02'), 7).value = '○';
      p.getCell(row(wb, 'p03'), 6).value = '〇';
      p.getCell(row(wb, 'p03'), 4).value = '　創業の促進 ';
      sheet(wb, '計画').getCell(11, 2).value = '令和６年３月２９日';
    });
    expect(where(result.problems)).toEqual([
      'warning 連携事業!E3  ページ  「１１頁」を 11 と読みました',
      'warning 連携事業!G3  ②  「○」を ● と読みました',
      'warning 連携事業!D4  連携事業名  前後の空白を取り除いて「創業の促進」と読みました',
      'warning 連携事業!F4  ①  「〇」を ● と読みました',
      'warning 計画!B11  策定日  「令和６年３月２９日」を 令和6年(2024年)3月29日 と読みました',
    ]);
    expect(result.ok).toBe(true);
    const { readFileSync } = await import('node:fs');
    const pillar1 = readFileSync(path.join(data, 'projects/pillar-1.yaml'), 'utf8');
    expect(pillar1).toContain('  - id: p02\n    name: 企業誘致の推進\n    field: 1b\n    page: 11\n    marks: [1, 2]\n');
    expect(pillar1).toContain('  - id: p03\n    name: 創業の促進\n    field: 1b\n    page: 11\n    marks: [1, 2]\n');
  });
});
