import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../src/build.js';
import { checkData } from '../../../src/index.js';
import type { Model } from '../../../src/model/index.js';
import { CHART, SYSTEM_CHART_PATH } from '../../../src/render/pdf/system-chart.js';
import { fixture, MINIMAL, replaceOnce, SHIPPED_DATA, tempDir } from '../../helpers/fixture.js';
import { centreX, centreY, readPdf, streamText, type PdfPage, type TextItem } from '../../helpers/read-pdf.js';

async function chart(dataDir: string) {
  const outDir = tempDir();
  await build({ dataDir, outDir });
  const model = (await checkData(dataDir)).model!;
  const file = path.join(outDir, SYSTEM_CHART_PATH);
  const bytes = readFileSync(file);
  return { model, file, bytes, pdf: await readPdf(bytes) };
}

/** Where the columns and rows of the pillar tables are, read from the page itself. */
interface Grid {
  readonly contains: (item: TextItem) => boolean;
  readonly markCentres: readonly number[];
  readonly markWidth: number;
  readonly nameLeft: number;
  readonly nameRight: number;
  readonly pageCentre: number;
  readonly rows: readonly { no: number; top: number; bottom: number; item: TextItem }[];
}

/** The two halves of the A3 page each hold pillar tables with the same columns (or none). */
function grids(page: PdfPage, model: Model): Grid[] {
  const half = page.width / 2;
  return [0, 1].flatMap((side) => {
    const contains = (i: TextItem) => (side === 0 ? centreX(i) < half : centreX(i) >= half);
    const items = page.items.filter(contains);
    if (!items.some((i) => i.str === 'NO.')) return [];
    const first = (str: string) => items.find((i) => i.str === str)!;
    const markCentres = model.policies.priorities.map((p) => centreX(first(p.mark)));
    const markWidth = markCentres[1]! - markCentres[0]!;
    const nameRight = markCentres[0]! - markWidth / 2;
    const nameLeft = 2 * centreX(first('連携事業名')) - nameRight;
    const noCentre = centreX(first('NO.'));
    const nos = items
      .filter((i) => /^\d+$/.test(i.str) && Math.abs(centreX(i) - noCentre) < 4)
      .sort((a, b) => a.y - b.y);
    // A row reaches halfway to its neighbours, or half a row where a table starts or ends.
    const near = (a: TextItem | undefined, c: number) => a !== undefined && Math.abs(centreY(a) - c) < 2 * CHART.rowHeight;
    const rows = nos.map((item, k) => {
      const c = centreY(item);
      const prev = nos[k - 1];
      const next = nos[k + 1];
      return {
        no: Number(item.str),
        item,
        top: near(prev, c) ? (centreY(prev!) + c) / 2 : c - CHART.rowHeight / 2,
        bottom: near(next, c) ? (c + centreY(next!)) / 2 : c + CHART.rowHeight / 2,
      };
    });
    return [{ contains, markCentres, markWidth, nameLeft, nameRight, pageCentre: centreX(first('ページ')), rows }];
  });
}

/** Items of a grid's side whose vertical centre falls in a row band. */
function inBand(page: PdfPage, g: Grid, band: { top: number; bottom: number }): TextItem[] {
  return page.items.filter((i) => g.contains(i) && centreY(i) > band.top && centreY(i) < band.bottom);
}

/** pdfjs splits text at U+3000 and the reader drops the gap, so comparisons ignore spaces. */
const squeeze = (text: string) => text.replace(/[\s　]/g, '');

describe('system chart (shipped data)', () => {
  let result: Awaited<ReturnType<typeof chart>>;
  let page: PdfPage;
  let model: Model;
  beforeAll(async () => {
    result = await chart(SHIPPED_DATA);
    page = result.pdf.pages[0]!;
    model = result.model;
  });

  it('is one A3 landscape page in the embedded, subset BIZ UDPGothic, nothing under 7 pt', () => {
    expect(result.pdf.pages).toHaveLength(1);
    expect([Math.round(page.width), Math.round(page.height)]).toEqual([1191, 842]);
    const fonts = new Set(page.items.map((i) => i.font));
    expect([...fonts].sort()).toEqual([expect.stringMatching(/^[A-Z]{6}\+BIZUDPGothic-Bold$/), expect.stringMatching(/^[A-Z]{6}\+BIZUDPGothic-Regular$/)]);
    expect(Math.min(...page.items.map((i) => i.size))).toBeGreaterThanOrEqual(7);
  });

  it('carries title, author, subject and date from the data', () => {
    expect(result.pdf.info).toMatchObject({
      Title: '第２期さっぽろ連携中枢都市圏ビジョン【計画の体系】',
      Author: '札幌市まちづくり政策局',
      Subject: '第２期さっぽろ連携中枢都市圏ビジョン 計画の体系（札幌市まちづくり政策局 資料５）',
      CreationDate: 'D:20240329000000Z',
    });
  });

  it('prints the top line: chart title at the left, issuer and label at the right', () => {
    const title = page.items.find((i) => i.str === '■第２期さっぽろ連携中枢都市圏ビジョン【計画の体系】')!;
    const label = page.items.find((i) => i.str === '資料５')!;
    expect(title.x).toBeCloseTo(CHART.margins.left, 0);
    expect(label.x + label.width).toBeCloseTo(page.width - CHART.margins.right, 0);
    expect(Math.abs(centreY(title) - centreY(label))).toBeLessThan(4);
  });

  it('prints every policy, pillar, section, field and project in chart order', () => {
    const text = squeeze(streamText(page));
    const expected = [
      model.vision.heading,
      model.vision.lead,
      ...model.policies.groups.map((g) => g.name),
      ...model.policies.priorities.flatMap((p) => [`重点施策${p.mark}`, p.text]),
      `${model.policies.common.label}　${model.policies.common.text}`,
      ...model.pillars.flatMap((pillar) => [
        `${pillar.label}　${pillar.name}`,
        ...pillar.sections.flatMap((s) => [
          ...(s.label ? [`${s.label}${s.name}`] : []),
          ...s.fields.flatMap((f) => [`${f.letter}　${f.name}`, ...f.projects.map((p) => `${p.name}`)]),
        ]),
      ]),
    ];
    let from = 0;
    for (const piece of expected.map(squeeze)) {
      const at = text.indexOf(piece, from);
      expect(at, `"${piece}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
  });

  it('puts each project in its own row: NO, name and page, in chart order', () => {
    const gs = grids(page, model);
    const rows = gs.flatMap((g) => g.rows.map((r) => ({ ...r, g })));
    expect(rows.map((r) => r.no)).toEqual(model.projects.map((p) => p.no));
    for (const { no, top, bottom, g } of rows) {
      const project = model.projects[no - 1]!;
      const inRow = inBand(page, g, { top, bottom });
      const name = inRow.filter((i) => i.x >= g.nameLeft - 1 && i.x + i.width <= g.nameRight + 1).map((i) => i.str).join('');
      expect(name, `NO ${no}`).toBe(project.name);
      const pageNo = inRow.filter((i) => Math.abs(centreX(i) - g.pageCentre) < 4).map((i) => i.str);
      expect(pageNo, `NO ${no}`).toEqual([String(project.page)]);
    }
  });

  it('places each ● in the columns of exactly the policies the data gives', () => {
    for (const g of grids(page, model)) {
      for (const { no, top, bottom } of g.rows) {
        const dots = inBand(page, g, { top, bottom }).filter((i) => i.str === '●');
        const columns = dots.map((d) => g.markCentres.findIndex((c) => Math.abs(centreX(d) - c) < g.markWidth / 2 - 2));
        expect(columns, `NO ${no}: every ● inside a mark column`).not.toContain(-1);
        // centred: within a point of the column's centre
        for (const d of dots) expect(Math.min(...g.markCentres.map((c) => Math.abs(centreX(d) - c)))).toBeLessThan(1);
        expect(columns.map((c) => model.policies.priorities[c]!.number), `NO ${no}`).toEqual(model.projects[no - 1]!.marks);
      }
    }
  });

  it('keeps every text item inside the margins and inside its column', () => {
    const m = CHART.margins;
    for (const i of page.items) {
      expect(i.x, i.str).toBeGreaterThanOrEqual(m.left - 0.5);
      expect(i.x + i.width, i.str).toBeLessThanOrEqual(page.width - m.right + 0.5);
      expect(i.y, i.str).toBeGreaterThanOrEqual(m.top - 3);
      expect(i.y + i.size, i.str).toBeLessThanOrEqual(page.height - m.bottom + 0.5);
    }
    for (const g of grids(page, model)) {
      for (const i of g.rows.flatMap((row) => inBand(page, g, row))) {
        const starts = i.x;
        const ends = i.x + i.width;
        // Whatever starts left of the name column (field labels, sections) ends before it;
        // whatever starts in the name column ends before the first mark column.
        if (starts < g.nameLeft - 1) expect(ends, i.str).toBeLessThanOrEqual(g.nameLeft + 0.5);
        else if (starts < g.nameRight) expect(ends, i.str).toBeLessThanOrEqual(g.nameRight + 0.5);
      }
    }
  });

  it('is byte-identical when built twice', async () => {
    const again = await chart(SHIPPED_DATA);
    expect(again.bytes.equals(result.bytes)).toBe(true);
  });

  it.runIf(spawnSync('pdftotext', ['-v']).status === 0)('pdftotext finds every project name, field name and policy text of the source', () => {
    const text = squeeze(spawnSync('pdftotext', ['-raw', result.file, '-'], { encoding: 'utf8' }).stdout);
    // A copy of ../shared/sources/000_…txt, so the check runs wherever the repository is cloned.
    const source = squeeze(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/sources/000_2de3fdb8273c6d0b.txt'), 'utf8'));
    const names = [
      ...model.projects.map((p) => p.name),
      ...model.pillars.flatMap((x) => x.sections.flatMap((s) => s.fields.map((f) => f.name))),
      ...model.policies.priorities.map((q) => q.text),
      model.policies.common.text,
    ];
    expect(names).toHaveLength(53 + 23 + 6 + 1);
    for (const name of names.map(squeeze)) {
      expect(source, `${name} in the source`).toContain(name);
      expect(text, `${name} in the PDF`).toContain(name);
    }
  });
});

describe('system chart (fixtures)', () => {
  it('moves the ● when a mark changes in the data', async () => {
    const before = await chart(MINIMAL);
    const after = await chart(fixture({ 'projects/pillar-2.yaml': replaceOnce('marks: [1, 3]', 'marks: [2]') }));
    const dotsOf = (r: Awaited<ReturnType<typeof chart>>, no: number) => {
      const page = r.pdf.pages[0]!;
      const g = grids(page, r.model).find((x) => x.rows.some((row) => row.no === no))!;
      const row = g.rows.find((x) => x.no === no)!;
      return inBand(page, g, row).filter((i) => i.str === '●').map((d) => g.markCentres.findIndex((c) => Math.abs(centreX(d) - c) < g.markWidth / 2) + 1);
    };
    expect(dotsOf(before, 5)).toEqual([1, 3]);
    expect(dotsOf(after, 5)).toEqual([2]);
    expect(dotsOf(after, 4)).toEqual([3]);
  });
});

describe('system chart: labels longer than the rows they span', () => {
  it('stretches the rows so a long section label stays one column inside its section', async () => {
    const kana = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれ';
    const { pdf } = await chart(fixture({ 'structure.yaml': replaceOnce('name: 生活機能の強化', `name: ${kana}`) }));
    const page = pdf.pages[0]!;
    const first = page.items.find((i) => i.str === 'あ')!;
    const next = page.items.find((i) => i.str === '⑵')!;
    // One column: the characters at the x of the first, in order, each below the one before,
    // all above the next section's label.
    const label = page.items.filter((i) => Math.abs(centreX(i) - centreX(first)) < 1 && i.y >= first.y && i.y < next.y);
    expect(label.map((i) => i.str).join('')).toBe(kana);
    label.slice(1).forEach((item, k) => expect(item.y).toBeGreaterThan(label[k]!.y));
    // Inside its section: below NO 4 (the section's only project) starts, above NO 5 (the next section's first).
    // The NO column of the table the label is in: the header on the label's half of the page.
    const header = page.items.find((h) => h.str === 'NO.' && centreX(h) < page.width / 2 === centreX(first) < page.width / 2)!;
    const no = (n: string) => page.items.find((i) => i.str === n && Math.abs(centreX(i) - centreX(header)) < 4)!;
    expect(label[0]!.y).toBeGreaterThan(no('4').y - CHART.rowHeight * 20);
    expect(label.at(-1)!.y).toBeLessThan(no('5').y);
    expect(label[0]!.y).toBeGreaterThan(header.y);
  });
});

describe('system chart: a long word without spaces', () => {
  it('wraps inside the name column instead of widening the table over its neighbour', async () => {
    const word = 'SAPPOROCITYREGIONALCOOPERATIONSTARTUPSUPPORTPROGRAMME';
    const { pdf } = await chart(fixture({ 'projects/pillar-1.yaml': replaceOnce('name: 創業の促進', `name: 創業の促進（${word}）`) }, MINIMAL));
    const page = pdf.pages[0]!;
    const half = page.width / 2;
    expect(streamText(page)).toContain(`創業の促進（${word}）`);
    for (const item of page.items) {
      const [left, right] = [item.x, item.x + item.width];
      expect(left >= CHART.margins.left - 0.5 && right <= page.width - CHART.margins.right + 0.5, item.str).toBe(true);
      // Nothing starts in one half of the page and runs into the other.
      expect(left < half - CHART.columnGap / 2 ? right <= half : true, item.str).toBe(true);
    }
  });
});
