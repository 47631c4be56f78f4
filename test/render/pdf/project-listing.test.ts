import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../src/build.js';
import { checkData } from '../../../src/index.js';
import type { Model } from '../../../src/model/index.js';
import { LISTING, PROJECT_LISTING_PATH, projectListing } from '../../../src/render/pdf/project-listing.js';
import { renderOnly } from '../../helpers/render.js';
import { fixture, MINIMAL, replaceOnce, SHIPPED_DATA, tempDir } from '../../helpers/fixture.js';
import { centreX, centreY, readPdf, type PdfReadBack } from '../../helpers/read-pdf.js';

async function listing(dataDir: string) {
  const outDir = tempDir();
  await build({ dataDir, outDir });
  const model = (await checkData(dataDir)).model!;
  const bytes = readFileSync(path.join(outDir, PROJECT_LISTING_PATH));
  return { model, bytes, pdf: await readPdf(bytes) };
}

/** NO items: whole numbers centred in the NO column, found by the header's centre on each page. */
function nosByPage(pdf: PdfReadBack): number[][] {
  return pdf.pages.map((page) => {
    const header = page.items.find((i) => i.str === 'NO.')!;
    return page.items.filter((i) => /^\d+$/.test(i.str) && Math.abs(centreX(i) - centreX(header)) < 3 && i.y > header.y).map((i) => Number(i.str));
  });
}

describe('project listing (shipped data)', () => {
  let model: Model;
  let pdf: PdfReadBack;
  beforeAll(async () => {
    ({ model, pdf } = await listing(SHIPPED_DATA));
  });

  it('is A4 portrait with more than one page', () => {
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const page of pdf.pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
    expect(pdf.info).toMatchObject({ Title: '第２期さっぽろ連携中枢都市圏ビジョン 連携事業一覧', Author: '札幌市まちづくり政策局' });
  });

  it('lists every project exactly once, in chart order, across the pages', () => {
    expect(nosByPage(pdf).flat()).toEqual(model.projects.map((p) => p.no));
    const text = pdf.pages.map((p) => p.items.map((i) => i.str).join('')).join('');
    let from = 0;
    for (const project of model.projects) {
      const at = text.indexOf(project.name, from);
      expect(at, project.name).toBeGreaterThanOrEqual(0);
      from = at + project.name.length;
    }
  });

  it('repeats the column header at the top of every page', () => {
    for (const [n, page] of pdf.pages.entries()) {
      const headers = ['NO.', '連携事業名', ...model.policies.priorities.map((p) => p.mark), 'ページ'].map((s) => page.items.find((i) => i.str === s));
      expect(headers.every(Boolean), `page ${n + 1}`).toBe(true);
      const firstRow = Math.min(...page.items.filter((i) => /^\d+$/.test(i.str)).map((i) => i.y));
      for (const h of headers) expect(h!.y, `page ${n + 1}`).toBeLessThan(firstRow);
    }
  });

  it('never splits a row: each NO sits on the same line as its page number', () => {
    for (const page of pdf.pages) {
      const pageHeader = page.items.find((i) => i.str === 'ページ')!;
      const noHeader = page.items.find((i) => i.str === 'NO.')!;
      for (const no of page.items.filter((i) => /^\d+$/.test(i.str) && Math.abs(centreX(i) - centreX(noHeader)) < 3 && i.y > noHeader.y)) {
        const pageNo = page.items.filter((i) => Math.abs(centreX(i) - centreX(pageHeader)) < 4 && Math.abs(centreY(i) - centreY(no)) < 3);
        expect(pageNo.map((i) => Number(i.str)), `NO ${no.str}`).toEqual([model.projects[Number(no.str) - 1]!.page]);
      }
    }
  });

  it('never leaves a group heading at the foot of a page without its first project', () => {
    for (const [n, page] of pdf.pages.entries()) {
      const body = page.items.filter((i) => i.y < page.height - LISTING.margins.bottom);
      const lowest = body.reduce((a, b) => (b.y > a.y ? b : a));
      const nos = nosByPage({ ...pdf, pages: [page] })[0]!;
      const lastNo = page.items.find((i) => i.str === String(nos.at(-1)) && Math.abs(centreY(i) - centreY(lowest)) < 6);
      expect(lastNo, `page ${n + 1} ends with "${lowest.str}"`).toBeDefined();
    }
  });

  it('numbers the pages 「- n -」 in the footer, with the document title', () => {
    for (const [n, page] of pdf.pages.entries()) {
      const number = page.items.find((i) => i.str === `- ${n + 1} -`);
      expect(number, `page ${n + 1}`).toBeDefined();
      expect(centreX(number!)).toBeCloseTo(page.width / 2, 0);
      expect(number!.y).toBeGreaterThan(page.height - LISTING.margins.bottom);
      expect(page.items.some((i) => i.str.startsWith('第２期さっぽろ連携中枢都市圏ビジョン') && i.y > page.height - LISTING.margins.bottom)).toBe(true);
    }
  });

  it('names the vision, the period and the date of the data on the first page', () => {
    const first = pdf.pages[0]!.items.map((i) => i.str).join('');
    expect(first).toContain('第２期さっぽろ連携中枢都市圏ビジョン連携事業一覧');
    expect(first.replace(/\s/g, '')).toContain('計画期間令和6年度〜令和10年度（令和6年(2024年)4月1日〜令和11年(2029年)3月31日）');
    expect(first.replace(/\s/g, '')).toContain('データの日付令和6年(2024年)3月29日');
    // Participation is unconfirmed everywhere, so the count column shows — and the note says why.
    expect(first).toContain('未確認（53事業）');
  });
});

describe('project listing (fixture with listed participants)', () => {
  it('shows the number of participating municipalities where the data lists them', async () => {
    const { pdf } = await listing(fixture({ 'projects/pillar-1.yaml': replaceOnce('participants: unconfirmed', 'participants: certain') }, MINIMAL));
    const page = pdf.pages[0]!;
    const header = page.items.find((i) => i.str === '参加市町村数' || i.str.startsWith('参加市町村'))!;
    const noHeader = page.items.find((i) => i.str === 'NO.')!;
    const counts = page.items
      .filter((i) => /^\d+$/.test(i.str) && Math.abs(centreX(i) - centreX(noHeader)) < 3 && i.y > noHeader.y)
      .map((no) => page.items.find((i) => Math.abs(centreX(i) - centreX(header)) < 6 && Math.abs(centreY(i) - centreY(no)) < 3)?.str);
    // NO 1–3: `all`, now confirmed → 3 members; NO 4: sapporo, otaru; NO 5: otaru.
    expect(counts).toEqual(['3', '3', '3', '2', '1']);
  });
});

describe('project listing (a field larger than a page)', () => {
  it('still lists every project when one field holds more rows than fit on a page', async () => {
    const extra = Array.from({ length: 70 }, (_, i) => `  - { id: x${i + 6}, name: 追加の連携事業${i + 6}, field: 2-2a, page: 20, marks: [1], participants: [otaru] }`).join('\n');
    // The one-page chart cannot hold this much (the build refuses it), so the listing renders alone.
    const { model, files } = await renderOnly(fixture({ 'projects/pillar-9.yaml': () => `projects:\n${extra}\n` }, MINIMAL), projectListing);
    const pdf = await readPdf(files[0]!.bytes);
    expect(model.projects).toHaveLength(75);
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(nosByPage(pdf).flat()).toEqual(model.projects.map((p) => p.no));
  });
});
