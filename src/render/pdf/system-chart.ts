import type { Content, TableCell } from 'pdfmake';
import type { Model, Pillar, Project, Section } from '../../model/index.js';
import type { OutputDocument, Renderer, Words } from '../types.js';
import { COLOURS, FONT_FAMILY, pdfInfo, ruledTable, VERTICAL_LINE_HEIGHT, verticalText } from './style.js';

/**
 * The one-page system chart (計画の体系): A3 landscape, the policy panel and the pillar tables
 * in two columns, pillars by number. Geometry only: every word comes from the model or
 * from templates/system-chart.yaml.
 */

/** Sizes in points. Exported so tests can check the printed page against the intended grid. */
export const CHART = {
  page: { width: 1190.55, height: 841.89 },
  margins: { left: 28, top: 24, right: 28, bottom: 24 },
  columnGap: 18,
  widths: { section: 22, field: 118, mark: 22, page: 25, no: 22 },
  /** Height of a one-line project row, padding included; a row grows when its text wraps. */
  rowHeight: 18,
  cellPadding: { x: 3, y: 2.5 },
  lineHeight: 1.15,
  fontSize: { title: 13, issuer: 10, heading: 10.5, lead: 8, policyLabel: 7.5, policy: 8.5, band: 9, pillar: 10, table: 7.5, section: 7.5 },
  /** Rows the policy panel is worth when balancing the two columns. */
  panelRowEquivalent: 12,
} as const;

export const SYSTEM_CHART_PATH = 'pdf/system-chart.pdf';

/** Width of each of the page's two columns. */
const COLUMN_WIDTH = (CHART.page.width - CHART.margins.left - CHART.margins.right - CHART.columnGap) / 2;

const TEMPLATE_KEYS = [
  'title', 'subject', 'chartTitle', 'issuerLine', 'heading', 'lead', 'policyLabel', 'commonBand',
  'pillarTitle', 'fieldLabel', 'sectionLabel', 'columnField', 'columnProject', 'columnPage', 'columnNo',
] as const;

export const systemChart: Renderer = {
  name: 'system chart',
  per: 'plan',
  templates: { file: 'system-chart', keys: TEMPLATE_KEYS },
  render(model, words): OutputDocument[] {
    return [{ path: SYSTEM_CHART_PATH, kind: 'pdf', definition: systemChartDefinition(model, words), maxPages: 1 }];
  },
};

export function systemChartDefinition(model: Model, words: Words) {
  const { left, right } = splitPillars(model.pillars);
  return {
    pageSize: 'A3' as const,
    pageOrientation: 'landscape' as const,
    pageMargins: [CHART.margins.left, CHART.margins.top, CHART.margins.right, CHART.margins.bottom] as [number, number, number, number],
    info: pdfInfo({ title: words('title'), author: model.vision.issuer, subject: words('subject'), date: model.vision.asOf }),
    defaultStyle: { font: FONT_FAMILY, fontSize: CHART.fontSize.table, lineHeight: CHART.lineHeight },
    content: [
      {
        columns: [
          { text: words('chartTitle'), fontSize: CHART.fontSize.title, bold: true, width: '*' },
          { text: words('issuerLine'), fontSize: CHART.fontSize.issuer, alignment: 'right' as const, width: 'auto', margin: [0, 2, 0, 0] as [number, number, number, number] },
        ],
        margin: [0, 0, 0, 8] as [number, number, number, number],
      },
      {
        columnGap: CHART.columnGap,
        columns: [
          { width: COLUMN_WIDTH, stack: [policyPanel(model, words), ...left.map((p) => pillarTable(model, p, words))] },
          { width: COLUMN_WIDTH, stack: right.map((p) => pillarTable(model, p, words)) },
        ],
      },
    ] satisfies Content[],
  };
}

/**
 * The published order reads down the left column, then the right: the left takes the policy
 * panel and the first pillars, the right the rest, split where the columns come out most even.
 */
export function splitPillars(pillars: readonly Pillar[]): { left: Pillar[]; right: Pillar[] } {
  const rows = pillars.map((p) => Math.max(p.projectCount, 1) + 3);
  const total = rows.reduce((a, b) => a + b, 0);
  let best = { at: 0, height: Infinity };
  let leftRows = CHART.panelRowEquivalent;
  for (let at = 0; at <= pillars.length; at++) {
    if (at > 0) leftRows += rows[at - 1]!;
    const height = Math.max(leftRows, total - (leftRows - CHART.panelRowEquivalent));
    if (height < best.height) best = { at, height };
  }
  return { left: pillars.slice(0, best.at), right: pillars.slice(best.at) };
}

/** The placeholder pdfmake expects in cells covered by a row or column span. */
const SPANNED: TableCell = {};

const thinLines = ruledTable(CHART.cellPadding);

function policyPanel(model: Model, words: Words): Content {
  const { groups, priorities, common } = model.policies;
  const groupRow: TableCell[] = groups.flatMap((g) =>
    g.priorityNumbers.map((_, i): TableCell =>
      i === 0 ? { text: g.name, colSpan: g.priorityNumbers.length, bold: true, alignment: 'center' as const, fillColor: COLOURS.groupFill } : SPANNED,
    ),
  );
  const policyRow: TableCell[] = priorities.map((policy) => ({
    stack: [
      { text: words('policyLabel', { policy }), bold: true, fontSize: CHART.fontSize.policyLabel, color: COLOURS.accent },
      { text: policy.text, fontSize: CHART.fontSize.policy, margin: [0, 2, 0, 0] as [number, number, number, number] },
    ],
  }));
  const bandRow: TableCell[] = priorities.map((_, i): TableCell =>
    i === 0 ? { text: words('commonBand', { common }), colSpan: priorities.length, alignment: 'center' as const, bold: true, fontSize: CHART.fontSize.band, fillColor: COLOURS.bandFill } : SPANNED,
  );
  return {
    stack: [
      { text: words('heading'), bold: true, fontSize: CHART.fontSize.heading },
      { text: words('lead'), fontSize: CHART.fontSize.lead, margin: [0, 3, 0, 5] as [number, number, number, number] },
      {
        table: { widths: priorities.map(() => '*'), body: [groupRow, policyRow, bandRow] },
        layout: { ...thinLines, paddingTop: () => 3, paddingBottom: () => 3 },
      },
    ],
    margin: [0, 0, 0, 10] as [number, number, number, number],
  };
}

function pillarTable(model: Model, pillar: Pillar, words: Words): Content {
  const sectioned = pillar.sections.some((s) => s.number !== null);
  const { groups, priorities } = model.policies;
  const w = CHART.widths;
  const fixed = [...(sectioned ? [w.section] : []), w.field, ...priorities.map(() => w.mark), w.page, w.no];
  // The name column takes the rest of the page's column as a number, not '*': pdfmake widens a
  // '*' column to its longest unbreakable word, and a long word in Latin letters would push the
  // table over its neighbour instead of wrapping.
  const columns = fixed.length + 1;
  const name = COLUMN_WIDTH - fixed.reduce((a, b) => a + b, 0) - columns * 2 * CHART.cellPadding.x - (columns + 1) * RULE;
  const widths = [...(sectioned ? [w.section] : []), w.field, name, ...priorities.map(() => w.mark), w.page, w.no];
  const header = (text: string, extra: object = {}): TableCell => ({ text, bold: true, alignment: 'center' as const, fillColor: COLOURS.headerFill, ...extra });
  // pdfmake misplaces vertically centred cells that span rows, so spanning header cells are
  // pushed down by hand to the middle of the two header rows.
  const groupLines = Math.max(...groups.map((g) => estimateLines(g.name, CHART.fontSize.table, g.priorityNumbers.length * w.mark - 2 * CHART.cellPadding.x)));
  const spanning = { rowSpan: 2, margin: [0, (groupLines * lineOf(CHART.fontSize.table)) / 2 + CHART.cellPadding.y, 0, 0] };
  const headerTop: TableCell[] = [
    header(words('columnField'), { ...spanning, ...(sectioned ? { colSpan: 2 } : {}) }),
    ...(sectioned ? [SPANNED] : []),
    header(words('columnProject'), spanning),
    ...groups.flatMap((g) => g.priorityNumbers.map((_, i) => (i === 0 ? header(g.name, { colSpan: g.priorityNumbers.length, fillColor: COLOURS.groupFill }) : SPANNED))),
    header(words('columnPage'), spanning),
    header(words('columnNo'), spanning),
  ];
  const headerMarks: TableCell[] = [...(sectioned ? [SPANNED] : []), SPANNED, SPANNED, ...priorities.map((p) => header(p.mark)), SPANNED, SPANNED];
  const body: TableCell[][] = [headerTop, headerMarks];
  const heights: number[] = [];
  for (const section of pillar.sections) {
    const part = sectionRows(section, sectioned, priorities.map((p) => p.number), words);
    body.push(...part.rows);
    heights.push(...part.heights);
  }
  return {
    stack: [
      { text: words('pillarTitle', { pillar }), bold: true, fontSize: CHART.fontSize.pillar, margin: [0, 0, 0, 3] as [number, number, number, number] },
      {
        table: { headerRows: 2, dontBreakRows: true, widths, body, heights: (row: number) => (row < 2 ? 'auto' : heights[row - 2]) } as never,
        layout: thinLines,
      },
    ],
    margin: [0, 0, 0, 10] as [number, number, number, number],
  };
}

/** Width of the rules between rows. */
const RULE = 0.5;

/**
 * A section's rows and the height of each (content, without padding). A row is one line high
 * unless a label spanning it needs more: pdfmake grows a row for its own cells' text but not
 * for a cell spanning several rows, so the rows under a long field or section label are
 * stretched here until the label fits, and the page-count check then sees the true height.
 */
function sectionRows(section: Section, sectioned: boolean, columns: readonly number[], words: Words): { rows: TableCell[][]; heights: number[] } {
  const w = CHART.widths;
  const pad = CHART.cellPadding;
  const size = CHART.fontSize.table;
  const sectionLabel = sectioned ? words('sectionLabel', { section }) : '';
  const fields = section.fields.map((field) => {
    const label = words('fieldLabel', { field });
    const projects: (Project | undefined)[] = field.projects.length > 0 ? [...field.projects] : [undefined];
    const labelHeight = estimateLines(label, size, w.field - 2 * pad.x) * lineOf(size);
    return { label, labelHeight, projects, heights: stretched(projects.map(() => CHART.rowHeight - 2 * pad.y), labelHeight) };
  });
  // The section column holds one stacked column of characters: a second would not fit its width.
  const sectionHeight = [...sectionLabel].length * CHART.fontSize.section * VERTICAL_LINE_HEIGHT;
  const heights = stretched(fields.flatMap((f) => f.heights), sectionHeight);
  const rows: TableCell[][] = [];
  const centred = { verticalAlignment: 'middle' as const };
  let at = 0;
  for (const field of fields) {
    const fieldHeights = heights.slice(at, at + field.projects.length);
    field.projects.forEach((project, i) => {
      const row: TableCell[] = [];
      if (sectioned) {
        if (rows.length > 0) row.push(SPANNED);
        else {
          const perColumn = Math.max([...sectionLabel].length, 1);
          row.push({ ...verticalText(sectionLabel, { fontSize: CHART.fontSize.section, maxPerColumn: perColumn }), rowSpan: heights.length, fillColor: COLOURS.sectionFill, margin: [0, centring(heights, sectionHeight), 0, 0] } as TableCell);
        }
      }
      if (i > 0) row.push(SPANNED);
      else row.push({ text: field.label, rowSpan: field.projects.length, margin: [0, centring(fieldHeights, field.labelHeight), 0, 0] });
      row.push({ text: project?.name ?? '', ...centred });
      for (const n of columns) row.push({ text: project?.marks.includes(n) ? '●' : '', alignment: 'center' as const, ...centred });
      row.push({ text: project ? String(project.page) : '', alignment: 'center' as const, ...centred });
      row.push({ text: project ? String(project.no) : '', alignment: 'center' as const, ...centred });
      rows.push(row);
    });
    at += field.projects.length;
  }
  return { rows, heights };
}

function lineOf(fontSize: number): number {
  return fontSize * CHART.lineHeight;
}

/** The room for content in a cell spanning rows of these content heights: their padding and rules between count too. */
function spanContent(heights: readonly number[]): number {
  return heights.reduce((a, b) => a + b, 0) + (heights.length - 1) * (2 * CHART.cellPadding.y + RULE);
}

/** The row heights, each raised by the same amount if need be, so that `needed` fits across them. */
function stretched(heights: readonly number[], needed: number): number[] {
  const short = needed - spanContent(heights);
  return short > 0 ? heights.map((h) => h + short / heights.length) : [...heights];
}

/** The top margin that centres `contentHeight` in a cell spanning rows of these heights. */
function centring(heights: readonly number[], contentHeight: number): number {
  return Math.max(0, (spanContent(heights) - contentHeight) / 2);
}

/**
 * Lines a text needs in a cell: an estimate, since a renderer cannot measure glyphs. Full-width
 * characters count one em, others half, which slightly overestimates the proportional face.
 */
function estimateLines(text: string, fontSize: number, width: number): number {
  let advance = 0;
  for (const ch of text) advance += (ch.codePointAt(0) ?? 0) > 0xff ? fontSize : fontSize / 2;
  return Math.max(1, Math.ceil(advance / width));
}
