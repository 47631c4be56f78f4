import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePlan, writePlan } from '../../../scripts/generate-data.js';
import { checkData } from '../../../src/check-data.js';
import { readTemplates, type Templates } from '../../../src/load/index.js';
import { formatMessage } from '../../../src/messages/index.js';
import type { Model } from '../../../src/model/index.js';
import type { Words } from '../../../src/render/types.js';
import { sizeLadder } from '../../../src/render/pdf/chart-geometry.js';
import { CHART, chartFitWarning, fitChart, MIN_TABLE_FONT_SIZE, systemChart, type ChartFit } from '../../../src/render/pdf/system-chart.js';
import { serialize } from '../../../src/write/serialize.js';
import { fixture, MINIMAL, SHIPPED_DATA, tempDir } from '../../helpers/fixture.js';
import { centreX, readPdf, type PdfPage, type PdfReadBack } from '../../helpers/read-pdf.js';

const TEMPLATES = path.resolve(import.meta.dirname, '../../../templates');

let templates: Templates;
beforeAll(async () => {
  templates = (await readTemplates(TEMPLATES)).templates;
});

/** The chart's words as a build fills them: its template file over the model's vision, region and policies. */
function chartWords(model: Model): Words {
  const file = templates.get(systemChart.templates.file)!;
  return (key, names = {}) => file.get(key)!.render({ vision: model.vision, region: model.region, policies: model.policies, ...names });
}

/** The chart of a data folder, made by the renderer alone (no build), with its fit and read back. */
async function chartOf(dataDir: string): Promise<{ model: Model; fit: ChartFit; pdf: PdfReadBack }> {
  const { model } = await checkData(dataDir);
  if (!model) throw new Error(`${dataDir} is not valid data`);
  const words = chartWords(model);
  const fit = fitChart(model, words);
  const [document] = systemChart.render(model, words, { municipalities: model.region.municipalities });
  return { model, fit, pdf: await readPdf(await serialize(document!)) };
}

function synthetic(projects: number): string {
  const dir = tempDir();
  writePlan(dir, generatePlan({ projects, members: 6 }));
  return dir;
}

/** The NOs printed in the NO column of each half of each page, in reading order: page, then left before right, then down. */
function printedNos(pdf: PdfReadBack): number[] {
  return pdf.pages.flatMap((page) =>
    [0, 1].flatMap((side) => {
      const items = page.items.filter((i) => (side === 0) === centreX(i) < page.width / 2);
      const header = items.find((i) => i.str === 'NO.');
      if (!header) return [];
      return items
        .filter((i) => /^\d+$/.test(i.str) && Math.abs(centreX(i) - centreX(header)) < 4)
        .sort((a, b) => a.y - b.y)
        .map((i) => Number(i.str));
    }),
  );
}

/** Everything painted or printed on the page lies inside its margins. */
function insideMargins(page: PdfPage): boolean {
  const m = CHART.margins;
  const boxes = [...page.items.map((i) => ({ x: i.x, y: i.y, width: i.width, height: i.size })), ...page.segments];
  return boxes.every((b) => b.x >= m.left - 0.5 && b.x + b.width <= page.width - m.right + 0.5 && b.y >= m.top - 3 && b.y + b.height <= page.height - m.bottom + 0.5);
}

describe('system chart fit: synthetic plans that fit one page', () => {
  const sizes = [62, 63, 80, 120];
  const charts = new Map<number, Awaited<ReturnType<typeof chartOf>>>();
  beforeAll(async () => {
    for (const projects of sizes) charts.set(projects, await chartOf(synthetic(projects)));
  });

  it.each(sizes)('%i projects: one page as the fit said, each project once, nothing under the minimum type or outside the margins', (projects) => {
    const { model, fit, pdf } = charts.get(projects)!;
    expect(fit.pages).toHaveLength(1);
    expect(pdf.pages).toHaveLength(1);
    expect(fit.overflow).toBe(false);
    expect(chartFitWarning(fit)).toBeUndefined();
    expect(printedNos(pdf)).toEqual(model.projects.map((p) => p.no));
    const names = pdf.pages[0]!.items.map((i) => i.str).filter((s) => /^連携事業\d+$/.test(s));
    expect(names.sort()).toEqual(model.projects.map((p) => p.name).sort());
    expect(Math.min(...pdf.pages[0]!.items.map((i) => i.size))).toBeGreaterThanOrEqual(MIN_TABLE_FONT_SIZE - 0.01);
    expect(insideMargins(pdf.pages[0]!)).toBe(true);
  });

  it('keeps the largest sizes while they fit, and tightens only as much as it must', () => {
    const chosen = sizes.map((n) => charts.get(n)!.fit.sizes);
    expect(chosen[0]).toEqual({ table: CHART.fontSize.table, rowHeight: CHART.rowHeight, paddingY: CHART.cellPadding.y });
    chosen.slice(1).forEach((s, i) => expect(s.table * 100 + s.rowHeight).toBeLessThanOrEqual(chosen[i]!.table * 100 + chosen[i]!.rowHeight));
    expect(chosen.at(-1)!.table).toBe(MIN_TABLE_FONT_SIZE);
  });

  it('ends each column where the fit measured it', () => {
    for (const projects of sizes) {
      const { fit, pdf } = charts.get(projects)!;
      const page = pdf.pages[0]!;
      const bottoms = [0, 1].map((side) => Math.max(...page.segments.filter((s) => (side === 0) === s.x + s.width / 2 < page.width / 2).map((s) => s.y + s.height)));
      const [left, right] = fit.pages[0]!.columns;
      // Both columns start at the same height, so the difference of their bottoms is the difference of their heights.
      expect(bottoms[1]! - bottoms[0]!, `${projects} projects`).toBeCloseTo(right.height - left.height, 1);
    }
  });
});

describe('system chart fit: a plan too large for one page (150 projects in one field)', () => {
  let chart: Awaited<ReturnType<typeof chartOf>>;
  beforeAll(async () => {
    const extra = Array.from({ length: 150 }, (_, i) => `  - { id: x${i + 6}, name: 追加の連携事業${i + 6}, field: 2-2a, page: 20, marks: [1], participants: [otaru] }`).join('\n');
    chart = await chartOf(fixture({ 'projects/pillar-9.yaml': () => `projects:\n${extra}\n` }, MINIMAL));
  });

  it('continues on further pages as the fit said, each project once, nothing under the minimum type or outside the margins', () => {
    const { model, fit, pdf } = chart;
    expect(fit.overflow).toBe(true);
    expect(fit.pages.length).toBeGreaterThan(1);
    expect(pdf.pages).toHaveLength(fit.pages.length);
    expect(printedNos(pdf)).toEqual(model.projects.map((p) => p.no));
    for (const page of pdf.pages) {
      expect(Math.min(...page.items.map((i) => i.size))).toBeGreaterThanOrEqual(MIN_TABLE_FONT_SIZE - 0.01);
      expect(insideMargins(page)).toBe(true);
    }
  });

  it('splits the field longer than a column between rows, repeating its label in each column', () => {
    const { model, fit, pdf } = chart;
    const field = model.pillars.flatMap((p) => p.sections.flatMap((s) => s.fields)).find((f) => f.id === '2-2a')!;
    const holding = fit.pages.flatMap((p) => p.columns).filter((c) => c.tables.some((t) => t.sections.some((s) => s.fields.some((f) => f.rows.some((r) => r.project?.field.id === field.id)))));
    expect(holding.length).toBeGreaterThan(2);
    expect(pdf.pages.flatMap((p) => p.items).filter((i) => i.str === field.name)).toHaveLength(holding.length);
  });

  it('repeats the top line and the table headers on the next page, the pillar marked as continued, the panel not', () => {
    const pages = chart.pdf.pages;
    const text = (page: PdfPage) => page.items.map((i) => i.str).join('');
    expect(text(pages[0]!)).toContain(`（1／${pages.length}）`);
    const second = pages[1]!;
    const title = second.items.find((i) => i.str === '■テスト圏域ビジョン【計画の体系】')!;
    expect(title.x).toBeCloseTo(CHART.margins.left, 0);
    expect(text(second)).toContain(`テスト市企画局資料１（2／${pages.length}）`);
    expect(text(second)).toContain('（続き）');
    for (const side of [0, 1]) {
      const items = second.items.filter((i) => (side === 0) === centreX(i) < second.width / 2);
      for (const label of ['政策分野', '連携事業名', 'ページ', 'NO.', '産業', '①', '③']) expect(items.some((i) => i.str === label), `${label} on side ${side}`).toBe(true);
    }
    expect(text(second)).not.toContain('重点施策①');
  });

  it('warns, saying how many pages, at what size, and about how many rows too many', () => {
    const { fit } = chart;
    const warning = chartFitWarning(fit)!;
    expect(formatMessage(warning.message, 'ja')).toBe(
      `計画の体系（pdf/system-chart.pdf）は、表の文字を最小の 6 pt まで小さくしても A3 1 ページに収まらないため、${fit.pages.length} ページに分けて出力します（表の文字は ${fit.sizes.table} pt）`,
    );
    expect(formatMessage(warning.message, 'en')).toMatch(/^the system chart \(pdf\/system-chart\.pdf\) does not fit on one A3 page even with its tables in 6 pt type, so it continues over \d pages/);
    expect(fit.shortBy).toBeGreaterThan(0);
    expect(formatMessage(warning.hint, 'ja')).toContain(`あと約 ${fit.shortBy} 行分`);
  });

  it('sets the extra pages in the largest type that needs no more of them', () => {
    expect(chart.fit.sizes.table).toBeGreaterThan(MIN_TABLE_FONT_SIZE);
  });
});

describe('system chart fit: every text at its length limit', () => {
  it('prints every project and label whole, inside the margins, on as many pages as the fit said', async () => {
    const dir = tempDir();
    writePlan(dir, generatePlan({ projects: 8, members: 4, texts: 'longest', priorities: 10 }));
    const { model, fit, pdf } = await chartOf(dir);
    expect(pdf.pages).toHaveLength(fit.pages.length);
    const text = pdf.pages.map((p) => p.items.map((i) => i.str).join('')).join('').replace(/\s/g, '');
    const fields = model.pillars.flatMap((p) => p.sections.flatMap((s) => s.fields));
    for (const name of [...model.projects.map((p) => p.name), ...fields.map((f) => f.name)]) expect(text).toContain(name.replace(/\s/g, ''));
    for (const page of pdf.pages) {
      expect(Math.min(...page.items.map((i) => i.size))).toBeGreaterThanOrEqual(MIN_TABLE_FONT_SIZE - 0.01);
      expect(insideMargins(page)).toBe(true);
    }
  });
});

describe('system chart fit: the shipped plan', () => {
  it('fits one page at the largest sizes, as the chart was drawn before the fit', async () => {
    const { model } = await checkData(SHIPPED_DATA);
    const fit = fitChart(model!, chartWords(model!));
    expect(fit).toMatchObject({ sizes: { table: CHART.fontSize.table, rowHeight: CHART.rowHeight, paddingY: CHART.cellPadding.y }, overflow: false });
    expect(fit.pages).toHaveLength(1);
    expect(fit.pages[0]!.columns.map((c) => c.tables.map((t) => t.pillar.number))).toEqual([[1, 2], [3]]);
  });
});

describe('sizes the chart tries', () => {
  it('only ever get smaller, and end at the stated minimum', () => {
    const ladder = sizeLadder();
    expect(ladder[0]).toEqual({ table: CHART.fontSize.table, rowHeight: CHART.rowHeight, paddingY: CHART.cellPadding.y });
    ladder.slice(1).forEach((sizes, i) => {
      expect(sizes.table).toBeLessThanOrEqual(ladder[i]!.table);
      expect(sizes.rowHeight).toBeLessThan(ladder[i]!.rowHeight);
    });
    expect(ladder.at(-1)!.table).toBe(MIN_TABLE_FONT_SIZE);
  });
});
