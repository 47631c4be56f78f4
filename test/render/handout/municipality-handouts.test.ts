import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../src/build.js';
import { UsageError } from '../../../src/errors.js';
import { fixture, MINIMAL, replaceOnce, SHIPPED_DATA, tempDir } from '../../helpers/fixture.js';
import { centreX, centreY, readPdf, type PdfReadBack } from '../../helpers/read-pdf.js';
import { HANDOUT } from '../../../src/render/handout/handout-pdf.js';
import { readWorkbook, rowValues, valueOf } from '../../helpers/read-xlsx.js';

/** Participation differs per project; 新篠津村 takes part in none. */
const VARIED = {
  'projects/pillar-1.yaml': (t: string) =>
    replaceOnce('participants: unconfirmed', 'participants: certain')(
      t.replace('participants: all', 'participants: [sapporo, otaru]').replace('participants: all', 'participants: [sapporo]').replace('participants: all', 'participants: [otaru]'),
    ),
  'projects/pillar-2.yaml': replaceOnce('participants: [otaru]', 'participants: [otaru]\n    details:\n      roles:\n        otaru: 路線の維持を担う'),
};

const text = (pdf: PdfReadBack) => pdf.pages.map((p) => p.items.map((i) => i.str).join('')).join('').replace(/[\s　]/g, '');

async function handout(outDir: string, base: string) {
  return {
    pdf: await readPdf(readFileSync(path.join(outDir, 'pdf/annex', `${base}.pdf`))),
    workbook: await readWorkbook(readFileSync(path.join(outDir, 'xlsx/annex', `${base}.xlsx`))),
  };
}

describe('municipality handouts (fixture where participation differs per project)', () => {
  const outDir = tempDir();
  beforeAll(async () => {
    await build({ dataDir: fixture(VARIED), outDir });
  });

  it('writes one PDF and one workbook per member, named <code>-<slug>', () => {
    expect(readdirSync(path.join(outDir, 'pdf/annex')).sort()).toEqual(['011002-sapporo.pdf', '012033-otaru.pdf', '013048-shinshinotsu.pdf']);
    expect(readdirSync(path.join(outDir, 'xlsx/annex')).sort()).toEqual(['011002-sapporo.xlsx', '012033-otaru.xlsx', '013048-shinshinotsu.xlsx']);
  });

  it.each([
    ['011002-sapporo', [1, 2, 4]],
    ['012033-otaru', [1, 3, 4, 5]],
    ['013048-shinshinotsu', []],
  ])('%s: the PDF and the workbook list exactly its projects, and count them', async (base, expected) => {
    const { pdf, workbook } = await handout(outDir, base);
    const nos = pdf.pages.flatMap((page) => {
      const header = page.items.find((i) => i.str === 'NO.');
      return header ? page.items.filter((i) => /^\d+$/.test(i.str) && Math.abs(centreX(i) - centreX(header)) < 3 && i.y > header.y).map((i) => Number(i.str)) : [];
    });
    expect(nos).toEqual(expected);
    expect(text(pdf)).toContain(`全5事業のうち${expected.length}事業`);
    const list = workbook.getWorksheet('参加事業');
    expect(list ? Array.from({ length: list.rowCount - 1 }, (_, r) => valueOf(list.getCell(r + 2, 1))) : []).toEqual(expected);
    const overview = workbook.getWorksheet('概要')!;
    const counts = Array.from({ length: overview.rowCount }, (_, r) => rowValues(overview, r + 1, 3)).filter((row) => String(row[0]).match(/^[１２]　/));
    expect(counts.reduce((n, row) => n + Number(row[1]), 0)).toBe(expected.length);
  });

  it("lists exactly the member's projects, grouped as in the chart, with its role", async () => {
    const { pdf } = await handout(outDir, '012033-otaru');
    const all = text(pdf);
    expect(all).toContain('小樽市の参加する連携事業');
    for (const name of ['連携事業の企画', '創業の促進', '救急医療の推進', '地域公共交通の維持']) expect(all).toContain(name);
    expect(all).not.toContain('企業誘致の推進');
    // grouped: pillar, field, then project, in chart order
    const order = ['１経済成長のけん引', 'a経済戦略の推進', '連携事業の企画', 'b戦略産業の育成', '創業の促進', '２生活関連機能サービスの向上', '⑴生活機能の強化', 'a地域医療', '救急医療の推進', '⑵結びつきの強化', '地域公共交通の維持●●13路線の維持を担う'];
    let from = 0;
    for (const piece of order) {
      const at = all.indexOf(piece, from);
      expect(at, piece).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
    expect(all).not.toContain('参加状況は未確認');
  });

  it('prints the header block with the agreement date written as the sources do', async () => {
    const { pdf } = await handout(outDir, '012033-otaru');
    const first = pdf.pages[0]!.items.map((i) => i.str).join('|');
    for (const piece of ['団体コード|012033', '区分|市', '役割|連携市町村', '振興局|後志総合振興局', '連携協約の締結|平成31年(2019年)3月29日']) expect(first).toContain(piece);
  });

  it('summarises by pillar and by policy, in the PDF and the workbook alike', async () => {
    const { pdf, workbook } = await handout(outDir, '012033-otaru');
    const all = text(pdf);
    expect(all).toContain('全5事業のうち4事業');
    // pillar １: NO 1, 3 of 3; pillar ２: NO 4, 5 of 2. Policy ①: NO 1, 5 of NO 1, 2, 5.
    expect(all).toContain('１経済成長のけん引23');
    expect(all).toContain('２生活関連機能サービスの向上22');
    expect(all).toContain('①人や投資を呼び込む23');
    const ws = workbook.getWorksheet('概要')!;
    const values = Array.from({ length: ws.rowCount }, (_, r) => rowValues(ws, r + 1, 3));
    expect(values).toContainEqual(['全5事業のうち4事業', null, null]);
    expect(values).toContainEqual(['１　経済成長のけん引', 2, 3]);
    expect(values).toContainEqual(['２　生活関連機能サービスの向上', 2, 2]);
    expect(values).toContainEqual(['①　人や投資を呼び込む', 2, 3]);
    expect(values).toContainEqual(['②　産業を支援する', 2, 2]);
    expect(values).toContainEqual(['③　人材を育成する', 3, 3]);
    expect(values).toContainEqual(['連携協約の締結', '平成31年(2019年)3月29日', null]);
  });

  it("lists the member's projects in the workbook with the role column", async () => {
    const { workbook } = await handout(outDir, '011002-sapporo');
    const ws = workbook.getWorksheet('参加事業')!;
    expect(valueOf(ws.getCell('K1'))).toBe('札幌市の役割');
    expect([2, 3, 4].map((r) => valueOf(ws.getCell(r, 1)))).toEqual([1, 2, 4]);
    expect(ws.rowCount).toBe(4);
    expect(valueOf(ws.getCell('K4'))).toBe('救急医療体制を提供する');
    expect(ws.autoFilter).toBe('A1:K4');
  });

  it('says so when a member takes part in no project, instead of an empty table', async () => {
    const { pdf, workbook } = await handout(outDir, '013048-shinshinotsu');
    const all = text(pdf);
    expect(all).toContain('新篠津村が参加する連携事業は、データにありません。');
    expect(all).toContain('全5事業のうち0事業');
    expect(all).not.toContain('NO.');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['概要']);
    const ws = workbook.getWorksheet('概要')!;
    const cells = Array.from({ length: ws.rowCount }, (_, r) => valueOf(ws.getCell(r + 1, 1)));
    expect(cells).toContain('新篠津村が参加する連携事業は、データにありません。');
  });
});

describe('municipality handouts (shipped data)', () => {
  const outDir = tempDir();
  beforeAll(async () => {
    await build({ dataDir: SHIPPED_DATA, outDir });
  });

  it('writes 12 PDFs and 12 workbooks', () => {
    expect(readdirSync(path.join(outDir, 'pdf/annex'))).toHaveLength(12);
    expect(readdirSync(path.join(outDir, 'xlsx/annex'))).toHaveLength(12);
  });

  it('never leaves a group heading at the foot of a page without its first project', async () => {
    const { pdf } = await handout(outDir, '012106-iwamizawa');
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const [n, page] of pdf.pages.entries()) {
      const noHeader = page.items.find((i) => i.str === 'NO.');
      if (!noHeader) continue;
      const body = page.items.filter((i) => i.y > noHeader.y && i.y < page.height - HANDOUT.margins.bottom);
      const lowest = body.reduce((a, b) => (b.y > a.y ? b : a));
      const noOnLine = body.some((i) => /^\d+$/.test(i.str) && Math.abs(centreX(i) - centreX(noHeader)) < 3 && Math.abs(centreY(i) - centreY(lowest)) < 6);
      expect(noOnLine, `page ${n + 1} ends with "${lowest.str}"`).toBe(true);
    }
  });

  it('shows the unconfirmed participation note and marks each project', async () => {
    const { pdf, workbook } = await handout(outDir, '012106-iwamizawa');
    const all = text(pdf);
    expect(all).toContain('【参加状況は未確認】データは53事業について参加市町村を「全市町村」としていますが');
    expect(all.match(/（参加未確認）/g)).toHaveLength(53);
    const ws = workbook.getWorksheet('概要')!;
    expect(Array.from({ length: ws.rowCount }, (_, r) => String(valueOf(ws.getCell(r + 1, 1)))).some((v) => v.startsWith('【参加状況は未確認】'))).toBe(true);
  });
});

describe('build --municipality', () => {
  it('builds only that member’s handout, and keeps the rest of the manifest', async () => {
    const outDir = tempDir();
    const full = await build({ dataDir: MINIMAL, outDir });
    const before = Object.fromEntries(full.manifest.outputs.map((o) => [o.path, statSync(path.join(outDir, o.path)).mtimeMs]));
    // Its files are current: nothing to make unless forced.
    const current = await build({ dataDir: MINIMAL, outDir, municipality: '小樽市' });
    expect(current.written).toEqual([]);
    expect(current.skipped).toEqual(['pdf/annex/012033-otaru.pdf', 'xlsx/annex/012033-otaru.xlsx']);
    const one = await build({ dataDir: MINIMAL, outDir, municipality: '小樽市', force: true });
    expect(one.written).toEqual(['pdf/annex/012033-otaru.pdf', 'xlsx/annex/012033-otaru.xlsx']);
    for (const [file, mtime] of Object.entries(before)) {
      if (!one.written.includes(file)) expect(statSync(path.join(outDir, file)).mtimeMs, file).toBe(mtime);
    }
    expect(one.manifest.outputs.map((o) => o.path)).toEqual(full.manifest.outputs.map((o) => o.path));
    expect(one.manifest.outputs).toEqual(full.manifest.outputs);
  });

  it('accepts a code, a name or a slug, and writes only those two files into an empty folder', async () => {
    for (const which of ['013048', '新篠津村', 'shinshinotsu']) {
      const outDir = tempDir();
      const { written } = await build({ dataDir: MINIMAL, outDir, municipality: which });
      expect(written).toEqual(['pdf/annex/013048-shinshinotsu.pdf', 'xlsx/annex/013048-shinshinotsu.xlsx']);
      expect(readdirSync(outDir).sort()).toEqual(['manifest.json', 'pdf', 'xlsx']);
      expect(readdirSync(path.join(outDir, 'pdf'))).toEqual(['annex']);
    }
  });

  it('refuses an unknown member, listing the valid choices', async () => {
    const outDir = path.join(tempDir(), 'out');
    const error = await build({ dataDir: MINIMAL, outDir, municipality: '江別' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe('unknown municipality "江別"; choose a code, name or slug: 011002 札幌市 sapporo, 012033 小樽市 otaru, 013048 新篠津村 shinshinotsu');
    expect(() => statSync(outDir)).toThrow();
  });
});
