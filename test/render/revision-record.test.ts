import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { municipalityHandouts } from '../../src/render/handout/municipality-handouts.js';
import type { Renderer } from '../../src/render/index.js';
import { projectListing } from '../../src/render/pdf/project-listing.js';
import { systemChart } from '../../src/render/pdf/system-chart.js';
import { JAPANESE_DATE_FORMAT } from '../../src/render/xlsx/cells.js';
import { visionWorkbook } from '../../src/render/xlsx/vision-workbook.js';
import { fixture, MINIMAL, replaceOnce, tempDir } from '../helpers/fixture.js';
import { centreY, readPdf, type PdfPage, type PdfReadBack } from '../helpers/read-pdf.js';
import { readWorkbook, rowValues, valueOf } from '../helpers/read-xlsx.js';
import { renderOnly } from '../helpers/render.js';

/** Two revisions after the adoption (2024-03-29), the first with a summary. */
const REVISED = fixture({
  'vision.yaml': replaceOnce(
    'revisions: []',
    'revisions:\n    - date: 2024-10-01\n      label: 一部変更\n      summary: 連携事業「創業の促進」を追加した。\n    - { date: 2025-04-01, label: 一部変更 }',
  ),
});
const EDITION = '令和7年(2025年)4月変更版';

/** Each printed line of a page, top to bottom: items whose centres share a height, left to right, without white space (pdfjs drops U+3000). */
function lines(page: PdfPage): string[] {
  const rows: { y: number; items: PdfPage['items'][number][] }[] = [];
  for (const item of [...page.items].sort((a, b) => centreY(a) - centreY(b))) {
    const row = rows.find((r) => Math.abs(r.y - centreY(item)) < 2);
    if (row) row.items.push(item);
    else rows.push({ y: centreY(item), items: [item] });
  }
  return rows.map((r) => r.items.sort((a, b) => a.x - b.x).map((i) => i.str).join('').replace(/\s/g, ''));
}

const allText = (pdf: PdfReadBack) => pdf.pages.flatMap(lines).join('\n');

async function render(dataDir: string, renderer: Renderer): Promise<Map<string, Uint8Array>> {
  const { files } = await renderOnly(dataDir, renderer);
  return new Map(files.map((f) => [f.path, f.bytes]));
}

async function pdfOf(dataDir: string, renderer: Renderer, file: string): Promise<PdfReadBack> {
  return readPdf((await render(dataDir, renderer)).get(file)!);
}

async function workbookOf(dataDir: string, renderer: Renderer, file: string): Promise<ExcelJS.Workbook> {
  return readWorkbook((await render(dataDir, renderer)).get(file)!);
}

describe('revision record (two revisions)', () => {
  let listing: PdfReadBack;
  let vision: ExcelJS.Workbook;
  beforeAll(async () => {
    listing = await pdfOf(REVISED, projectListing, 'pdf/project-listing.pdf');
    vision = await workbookOf(REVISED, visionWorkbook, 'xlsx/vision.xlsx');
  });

  it('listing: the first page carries the 改定履歴, the adoption first, then each revision oldest first', () => {
    const first = lines(listing.pages[0]!);
    const heading = first.indexOf('改定履歴');
    expect(heading).toBeGreaterThan(first.indexOf('データの日付令和7年(2025年)4月1日(テスト市企画局)'));
    expect(first.slice(heading + 1, heading + 5)).toEqual([
      '年月日区分概要',
      '令和6年(2024年)3月29日策定',
      '令和6年(2024年)10月1日一部変更連携事業「創業の促進」を追加した。',
      '令和7年(2025年)4月1日一部変更',
    ]);
    // Before the table of projects, and on no other page.
    expect(first.findIndex((l) => l.startsWith('NO.連携事業名'))).toBeGreaterThan(heading + 4);
    expect(listing.pages.slice(1).flatMap(lines).join('')).not.toContain('改定履歴');
  });

  it('titles name the latest revision as an edition: chart, listing, handout', async () => {
    const chart = await pdfOf(REVISED, systemChart, 'pdf/system-chart.pdf');
    expect(lines(chart.pages[0]!)[0]).toBe(`■テスト圏域ビジョン【計画の体系】${EDITION}テスト市企画局資料１`);
    expect(chart.info['Title']).toBe(`テスト圏域ビジョン【計画の体系】　${EDITION}`);

    expect(lines(listing.pages[0]!).slice(0, 2)).toEqual([`テスト圏域ビジョン${EDITION}`, '連携事業一覧']);
    expect(listing.info['Title']).toBe(`テスト圏域ビジョン 連携事業一覧　${EDITION}`);

    const handout = await pdfOf(REVISED, municipalityHandouts, 'pdf/annex/012033-otaru.pdf');
    expect(lines(handout.pages[0]!).slice(0, 2)).toEqual([`テスト圏域ビジョン${EDITION}`, '小樽市の参加する連携事業']);
    expect(handout.info['Title']).toBe(`テスト圏域ビジョン　${EDITION}　小樽市の参加する連携事業`);
  });

  it('vision.xlsx: a 改定履歴 sheet with real dates shown in 和暦, print-ready', () => {
    expect(vision.worksheets.map((s) => s.name)).toEqual(['計画の体系', '連携事業一覧', '市町村別', '改定履歴']);
    const ws = vision.getWorksheet('改定履歴')!;
    const title = `テスト圏域ビジョン　${EDITION}　改定履歴`;
    expect(valueOf(ws.getCell('A1'))).toBe(title);
    expect(ws.model.merges).toContain('A1:C1');
    expect(rowValues(ws, 2, 3)).toEqual(['年月日', '区分', '概要']);
    const dates = [3, 4, 5].map((r) => ws.getCell(r, 1));
    expect(dates.map((c) => (c.value as Date).toISOString().slice(0, 10))).toEqual(['2024-03-29', '2024-10-01', '2025-04-01']);
    for (const c of dates) expect(c.numFmt).toBe(JAPANESE_DATE_FORMAT);
    expect([3, 4, 5].map((r) => rowValues(ws, r, 3).slice(1))).toEqual([
      ['策定', null],
      ['一部変更', '連携事業「創業の促進」を追加した。'],
      ['一部変更', null],
    ]);
    expect(ws.rowCount).toBe(5);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' });
    expect(ws.headerFooter).toMatchObject({ oddHeader: `&C${title}`, oddFooter: '&C- &P -' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    ws.eachRow((row) => row.eachCell((c) => expect(c.font?.name, c.address).toBe('BIZ UDPゴシック')));
    // The widest date as shown, 令和6年(2024年)10月1日, takes 22 units: six full-width characters at two, ten others at one.
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(22);
  });

  it('vision.xlsx and the handout workbook: title lines name the edition', async () => {
    expect(vision.title).toBe(`テスト圏域ビジョン　${EDITION}`);
    expect(valueOf(vision.getWorksheet('計画の体系')!.getCell('A1'))).toBe(`■テスト圏域ビジョン【計画の体系】　${EDITION}`);
    expect(vision.getWorksheet('連携事業一覧')!.headerFooter.oddHeader).toBe(`&Cテスト圏域ビジョン　${EDITION}　連携事業一覧（令和7年(2025年)4月1日現在）`);
    expect(vision.getWorksheet('市町村別')!.headerFooter.oddHeader).toBe(`&Cテスト圏域ビジョン　${EDITION}　市町村別参加状況（令和7年(2025年)4月1日現在）`);
    const handout = await workbookOf(REVISED, municipalityHandouts, 'xlsx/annex/012033-otaru.xlsx');
    expect(valueOf(handout.getWorksheet('概要')!.getCell('A1'))).toBe(`テスト圏域ビジョン　${EDITION}`);
    expect(handout.title).toBe(`テスト圏域ビジョン　${EDITION}　小樽市の参加する連携事業`);
  });

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  it.skipIf(soffice.status !== 0)('LibreOffice shows the dates as the plan writes them (skipped when soffice is not installed)', async () => {
    const out = tempDir();
    const file = path.join(out, 'vision.xlsx');
    writeFileSync(file, (await render(REVISED, visionWorkbook)).get('xlsx/vision.xlsx')!);
    // The ninth option saves each cell as shown, through its number format.
    const result = spawnSync('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', out, file], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out)).toContain('vision-改定履歴.csv');
    expect(readFileSync(path.join(out, 'vision-改定履歴.csv'), 'utf8').trim().split('\n').slice(1)).toEqual([
      '年月日,区分,概要',
      '令和6年(2024年)3月29日,策定,',
      '令和6年(2024年)10月1日,一部変更,連携事業「創業の促進」を追加した。',
      '令和7年(2025年)4月1日,一部変更,',
    ]);
  });
});

describe('revision record (never revised)', () => {
  it('prints no 改定履歴 and no edition anywhere', async () => {
    const pdfs = [
      await pdfOf(MINIMAL, systemChart, 'pdf/system-chart.pdf'),
      await pdfOf(MINIMAL, projectListing, 'pdf/project-listing.pdf'),
      await pdfOf(MINIMAL, municipalityHandouts, 'pdf/annex/012033-otaru.pdf'),
    ];
    for (const pdf of pdfs) {
      expect(allText(pdf)).not.toMatch(/改定履歴|変更版|策定/);
      expect(String(pdf.info['Title'])).not.toContain('変更版');
    }
    expect(lines(pdfs[1]!.pages[0]!).slice(0, 2)).toEqual(['テスト圏域ビジョン', '連携事業一覧']);

    const vision = await workbookOf(MINIMAL, visionWorkbook, 'xlsx/vision.xlsx');
    expect(vision.worksheets.map((s) => s.name)).toEqual(['計画の体系', '連携事業一覧', '市町村別']);
    expect(vision.title).toBe('テスト圏域ビジョン');
    expect(valueOf(vision.getWorksheet('計画の体系')!.getCell('A1'))).toBe('■テスト圏域ビジョン【計画の体系】');
    const handout = await workbookOf(MINIMAL, municipalityHandouts, 'xlsx/annex/012033-otaru.xlsx');
    expect(valueOf(handout.getWorksheet('概要')!.getCell('A1'))).toBe('テスト圏域ビジョン');
  });
});
