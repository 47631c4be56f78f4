import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../src/build.js';
import { checkData } from '../../../src/index.js';
import type { Model } from '../../../src/model/index.js';
import { VISION_WORKBOOK_PATH } from '../../../src/render/xlsx/vision-workbook.js';
import { fixture, MINIMAL, replaceOnce, SHIPPED_DATA, tempDir } from '../../helpers/fixture.js';
import { readWorkbook, rowValues, valueOf } from '../../helpers/read-xlsx.js';

async function workbookFor(dataDir: string) {
  const outDir = tempDir();
  await build({ dataDir, outDir });
  const model = (await checkData(dataDir)).model!;
  const file = path.join(outDir, VISION_WORKBOOK_PATH);
  const bytes = readFileSync(file);
  return { model, file, bytes, workbook: await readWorkbook(bytes) };
}

const marksOf = (model: Model, no: number) => model.policies.priorities.map((p) => (model.projects[no - 1]!.marks.includes(p.number) ? '●' : null));

describe('council workbook (shipped data)', () => {
  let model: Model;
  let workbook: ExcelJS.Workbook;
  let bytes: Buffer;
  let file: string;
  beforeAll(async () => {
    ({ model, workbook, bytes, file } = await workbookFor(SHIPPED_DATA));
  });

  it('has the three sheets and the properties from the data', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['計画の体系', '連携事業一覧', '市町村別']);
    expect(workbook.title).toBe('第２期さっぽろ連携中枢都市圏ビジョン');
    expect(workbook.creator).toBe('札幌市まちづくり政策局');
    expect(workbook.company).toBe('札幌市まちづくり政策局');
    expect(workbook.created?.toISOString()).toBe('2024-03-29T00:00:00.000Z');
    expect(workbook.modified?.toISOString()).toBe('2024-03-29T00:00:00.000Z');
  });

  it('計画の体系: the chart as a table, merged by pillar, section and field, ● centred', () => {
    const ws = workbook.getWorksheet('計画の体系')!;
    expect(valueOf(ws.getCell('A1'))).toBe('■第２期さっぽろ連携中枢都市圏ビジョン【計画の体系】');
    expect(rowValues(ws, 2, 12)).toEqual(['柱', '区分', '政策分野', '連携事業名', '産業', '産業', 'インフラ・行政サービス', 'インフラ・行政サービス', 'ひと・くらし', 'ひと・くらし', 'ページ', 'NO.']);
    expect(rowValues(ws, 3, 12).slice(4, 10)).toEqual(['①', '②', '③', '④', '⑤', '⑥']);
    for (const project of model.projects) {
      const r = project.no + 3;
      expect(rowValues(ws, r, 12).slice(3), `NO ${project.no}`).toEqual([project.name, ...marksOf(model, project.no), project.page, project.no]);
      expect(ws.getCell(r, 5).alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    }
    const merges = ws.model.merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:L1', 'A2:A3', 'D2:D3', 'E2:F2', 'G2:H2', 'I2:J2', 'K2:K3', 'L2:L3']));
    // pillar １ (NO 1–12, no sections) takes A and B; pillar ３ (NO 18–53) A only; ⑴ is NO 18–36.
    expect(merges).toEqual(expect.arrayContaining(['A4:B15', 'A16:B20', 'A21:A56', 'B21:B39', 'B40:B50', 'B51:B56']));
    // field b of pillar １ spans NO 2–6
    expect(merges).toContain('C5:C9');
    expect(valueOf(ws.getCell('C5'))).toBe('b　戦略産業の育成');
    expect(valueOf(ws.getCell('B21'))).toBe('⑴　生活機能の強化');
    expect(ws.getCell('B21').alignment.textRotation).toBe('vertical');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('連携事業一覧: one row per project with every column, header frozen and filtered', () => {
    const ws = workbook.getWorksheet('連携事業一覧')!;
    expect(rowValues(ws, 1, 14)).toEqual(['NO.', '柱', '区分', '政策分野', '連携事業名', '①', '②', '③', '④', '⑤', '⑥', '共通施策', 'ページ', '参加市町村']);
    expect(ws.columnCount).toBe(14);
    for (const p of model.projects) {
      expect(rowValues(ws, p.no + 1, 14), `NO ${p.no}`).toEqual([
        p.no,
        `${p.pillar.label}　${p.pillar.name}`,
        p.section.label === null ? null : `${p.section.label}　${p.section.name}`,
        `${p.field.letter}　${p.field.name}`,
        p.name,
        ...marksOf(model, p.no),
        '●',
        p.page,
        '全市町村（未確認）',
      ]);
    }
    expect(ws.rowCount).toBe(54);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:N54');
    // Text columns wrap (two lines at most here) so that the sheet prints at 85 % or more on A4.
    for (const c of [2, 4, 5]) expect(ws.getColumn(c).width, `column ${c}`).toBeGreaterThanOrEqual(10);
    expect(ws.getColumn(14).width).toBeGreaterThanOrEqual(8);
  });

  it('市町村別: ● per participant, totals as formulas carrying their values', () => {
    const ws = workbook.getWorksheet('市町村別')!;
    const members = model.region.municipalities;
    expect(rowValues(ws, 1, 16)).toEqual(['NO.', '連携事業名', ...members.map((m) => m.name), '計', '参加の確認']);
    for (const p of model.projects) {
      const r = p.no + 1;
      expect(rowValues(ws, r, 16), `NO ${p.no}`).toEqual([p.no, p.name, ...members.map(() => '●'), 12, '未確認']);
      expect(ws.getCell(r, 15).value).toEqual({ formula: `COUNTIF(C${r}:N${r},"●")`, result: 12 });
    }
    expect(ws.getCell(55, 3).value).toEqual({ formula: 'COUNTIF(C2:C54,"●")', result: 53 });
    expect(ws.getCell(55, 15).value).toEqual({ formula: 'SUM(O2:O54)', result: 636 });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
  });

  it('● columns accept only ● or blank, and say so in Japanese when something else is typed', () => {
    const expectations: [string, string[]][] = [
      ['計画の体系', ['E4', 'J56']],
      ['連携事業一覧', ['F2', 'L54']],
      ['市町村別', ['C2', 'N54']],
    ];
    for (const [name, addresses] of expectations) {
      const ws = workbook.getWorksheet(name)!;
      for (const a of addresses) {
        const validation = ws.getCell(a).dataValidation;
        expect(validation, `${name}!${a}`).toMatchObject({ type: 'list', allowBlank: true, formulae: ['"●"'], showErrorMessage: true, errorStyle: 'stop' });
        expect(validation.errorTitle).toBe('入力できない値です');
        expect(validation.error).toBe('● を入力するか、空欄にしてください。セル右の ▼ から ● を選べます。');
        // No input prompt pops up over the grid of ● cells.
        expect(validation.showInputMessage).toBeFalsy();
        expect(validation.prompt).toBeUndefined();
        expect(validation.promptTitle).toBeUndefined();
      }
      expect(ws.getCell('A2').dataValidation, `${name}!A2`).toBeUndefined();
    }
  });

  it('every sheet is print-ready and every cell is in BIZ UDPゴシック', () => {
    // paperSize 9 is A4, 8 is A3; fitToHeight 1 is one page tall, 0 as many as it takes.
    const titles: Record<string, [number, 'portrait' | 'landscape', number, string, string]> = {
      計画の体系: [8, 'portrait', 1, '2:3', '&C計画の体系'],
      連携事業一覧: [9, 'landscape', 0, '1:1', '&C第２期さっぽろ連携中枢都市圏ビジョン　連携事業一覧（令和6年(2024年)3月29日現在）'],
      市町村別: [8, 'landscape', 0, '1:1', '&C第２期さっぽろ連携中枢都市圏ビジョン　市町村別参加状況（令和6年(2024年)3月29日現在）'],
    };
    for (const ws of workbook.worksheets) {
      const [paper, orientation, tall, titleRows, header] = titles[ws.name]!;
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: paper, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: tall, printTitlesRow: titleRows });
      expect(ws.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.5, top: 0.75, bottom: 0.75 });
      expect(ws.headerFooter).toMatchObject({ oddHeader: header, oddFooter: '&C- &P -' });
      ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: true }, (c) => expect(c.font?.name, `${ws.name}!${c.address}`).toBe('BIZ UDPゴシック')));
    }
  });

  it('is byte-identical when built twice', async () => {
    const again = await workbookFor(SHIPPED_DATA);
    expect(again.bytes.equals(bytes)).toBe(true);
  });

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  it.skipIf(soffice.status !== 0)('opens in LibreOffice: every sheet converts to CSV with the same content (skipped when soffice is not installed)', () => {
    const out = tempDir();
    const result = spawnSync('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, file], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
    const csvs = readdirSync(out).filter((f) => f.endsWith('.csv')).sort();
    expect(csvs).toEqual(['vision-市町村別.csv', 'vision-計画の体系.csv', 'vision-連携事業一覧.csv']);
    const list = readFileSync(path.join(out, 'vision-連携事業一覧.csv'), 'utf8').trim().split('\n');
    expect(list).toHaveLength(54);
    expect(list[44]).toBe('44,３　圏域全体の生活関連機能サービスの向上,⑵　結びつきやネットワークの強化,d　交流・移住促進,「札幌UIターン就職センター」の広域的利用,,,,,,●,●,80,全市町村（未確認）');
    const byMember = readFileSync(path.join(out, 'vision-市町村別.csv'), 'utf8').trim().split('\n');
    expect(byMember.at(-1)).toBe(`計,,${Array(12).fill(53).join(',')},636,`);
    const chart = readFileSync(path.join(out, 'vision-計画の体系.csv'), 'utf8');
    for (const p of model.projects) expect(chart).toContain(p.name);
  });
});

describe('council workbook (fixture with listed participants)', () => {
  it('marks exactly the listed municipalities and totals them', async () => {
    const { workbook } = await workbookFor(fixture({ 'projects/pillar-1.yaml': replaceOnce('participants: unconfirmed', 'participants: certain') }, MINIMAL));
    const ws = workbook.getWorksheet('市町村別')!;
    expect(rowValues(ws, 1, 7)).toEqual(['NO.', '連携事業名', '札幌市', '小樽市', '新篠津村', '計', '参加の確認']);
    expect(rowValues(ws, 5, 7)).toEqual([4, '救急医療の推進', '●', '●', null, 2, null]);
    expect(rowValues(ws, 6, 7)).toEqual([5, '地域公共交通の維持', null, '●', null, 1, null]);
    expect(rowValues(ws, 7, 7)).toEqual(['計', null, 4, 5, 3, 12, null]);
    const list = workbook.getWorksheet('連携事業一覧')!;
    // three policies in this fixture, so 参加市町村 is column K
    expect(valueOf(list.getCell('K1'))).toBe('参加市町村');
    expect(valueOf(list.getCell('K5'))).toBe('札幌市、小樽市');
    expect(valueOf(list.getCell('K2'))).toBe('全市町村');
  });
});
