import type { Content, TableCell } from 'pdfmake';
import { msg, type Message } from '../../messages/index.js';
import type { Model } from '../../model/index.js';
import type { OutputDocument, Renderer, Words } from '../types.js';
import { fitChart, topLineRight, type ChartFit, type PillarPart, type SectionPart } from './chart-fit.js';
import { centring, CHART, COLUMN_WIDTH, MIN_TABLE_FONT_SIZE, tableWidths, type ChartSizes } from './chart-geometry.js';
import { COLOURS, FONT_FAMILY, pdfInfo, ruledTable, verticalText } from './style.js';

/**
 * The system chart (計画の体系): A3 landscape, the policy panel and the pillar tables in two
 * columns, pillars by number, laid out as fitChart decided (one page, unless the plan is too
 * large for one at the smallest type). Geometry only: every word comes from the model or from
 * templates/system-chart.yaml.
 */

export { CHART, MIN_TABLE_FONT_SIZE } from './chart-geometry.js';
export { fitChart, type ChartFit } from './chart-fit.js';

export const SYSTEM_CHART_PATH = 'pdf/system-chart.pdf';

const TEMPLATE_KEYS = [
  'title', 'subject', 'chartTitle', 'issuerLine', 'pageOf', 'heading', 'lead', 'policyLabel', 'commonBand',
  'pillarTitle', 'pillarTitleContinued', 'fieldLabel', 'sectionLabel', 'columnField', 'columnProject', 'columnPage', 'columnNo',
] as const;

export const systemChart: Renderer = {
  name: 'system chart',
  per: 'plan',
  templates: { file: 'system-chart', keys: TEMPLATE_KEYS },
  render(model, words): OutputDocument[] {
    return [{ path: SYSTEM_CHART_PATH, kind: 'pdf', definition: systemChartDefinition(model, words, fitChart(model, words)) }];
  },
};

/**
 * What to tell the user about a chart that needed more than one page, as a problem's message
 * and hint; nothing for a chart on one page. A warning, not an error: every project is printed.
 */
export function chartFitWarning(fit: ChartFit): { readonly message: Message; readonly hint: Message } | undefined {
  if (!fit.overflow) return undefined;
  return {
    message: msg('output.chartOverflows', { output: SYSTEM_CHART_PATH, pages: fit.pages.length, minimum: MIN_TABLE_FONT_SIZE, size: fit.sizes.table }),
    hint: msg('output.chartOverflowsHint', { rows: fit.shortBy ?? 1 }),
  };
}

/** The chart's pdfmake definition, laid out as `fit` decided: one top line and two columns per page. */
export function systemChartDefinition(model: Model, words: Words, fit: ChartFit) {
  const pages = fit.pages.length;
  return {
    pageSize: 'A3' as const,
    pageOrientation: 'landscape' as const,
    pageMargins: [CHART.margins.left, CHART.margins.top, CHART.margins.right, CHART.margins.bottom] as [number, number, number, number],
    info: pdfInfo({ title: words('title'), author: model.vision.issuer, subject: words('subject'), date: model.vision.asOf }),
    defaultStyle: { font: FONT_FAMILY, fontSize: fit.sizes.table, lineHeight: CHART.lineHeight },
    content: fit.pages.flatMap((page, i): Content[] => [
      {
        ...(i > 0 ? { pageBreak: 'before' as const } : {}),
        columns: [
          { text: words('chartTitle'), fontSize: CHART.fontSize.title, bold: true, width: '*' },
          { text: topLineRight(words, i + 1, pages), fontSize: CHART.fontSize.issuer, alignment: 'right' as const, width: 'auto', margin: [0, CHART.gaps.issuerTop, 0, 0] as [number, number, number, number] },
        ],
        margin: [0, 0, 0, CHART.gaps.topLine] as [number, number, number, number],
      },
      {
        columnGap: CHART.columnGap,
        columns: page.columns.map((column) => ({
          width: COLUMN_WIDTH,
          stack: [...(column.panel ? [policyPanel(model, words)] : []), ...column.tables.map((part) => pillarTable(model, part, words, fit.sizes))],
        })),
      },
    ]),
  };
}

/** The placeholder pdfmake expects in cells covered by a row or column span. */
const SPANNED: TableCell = {};

function policyPanel(model: Model, words: Words): Content {
  const { groups, priorities, common } = model.policies;
  const groupRow: TableCell[] = groups.flatMap((g) =>
    g.priorityNumbers.map((_, i): TableCell =>
      i === 0 ? { text: g.name, colSpan: g.priorityNumbers.length, bold: true, fontSize: CHART.fontSize.group, alignment: 'center' as const, fillColor: COLOURS.groupFill } : SPANNED,
    ),
  );
  const policyRow: TableCell[] = priorities.map((policy) => ({
    stack: [
      { text: words('policyLabel', { policy }), bold: true, fontSize: CHART.fontSize.policyLabel, color: COLOURS.accent },
      { text: policy.text, fontSize: CHART.fontSize.policy, margin: [0, CHART.gaps.policyText, 0, 0] as [number, number, number, number] },
    ],
  }));
  const bandRow: TableCell[] = priorities.map((_, i): TableCell =>
    i === 0 ? { text: words('commonBand', { common }), colSpan: priorities.length, alignment: 'center' as const, bold: true, fontSize: CHART.fontSize.band, fillColor: COLOURS.bandFill } : SPANNED,
  );
  return {
    stack: [
      { text: words('heading'), bold: true, fontSize: CHART.fontSize.heading },
      { text: words('lead'), fontSize: CHART.fontSize.lead, margin: [0, CHART.gaps.leadTop, 0, CHART.gaps.leadBottom] as [number, number, number, number] },
      {
        table: { widths: priorities.map(() => '*'), body: [groupRow, policyRow, bandRow] },
        layout: ruledTable({ x: CHART.cellPadding.x, y: CHART.gaps.panelPadding }),
      },
    ],
    margin: [0, 0, 0, CHART.gaps.panel] as [number, number, number, number],
  };
}

function pillarTable(model: Model, part: PillarPart, words: Words, sizes: ChartSizes): Content {
  const { sectioned } = part;
  const { groups, priorities } = model.policies;
  const header = (text: string, extra: object = {}): TableCell => ({ text, bold: true, alignment: 'center' as const, fillColor: COLOURS.headerFill, ...extra });
  // pdfmake misplaces vertically centred cells that span rows, so the labels spanning both
  // header rows are pushed down by hand, by the margins the fit measured.
  const [field, project, page, no] = part.headerMargins.map((top) => ({ rowSpan: 2, margin: [0, top, 0, 0] }));
  const headerTop: TableCell[] = [
    header(words('columnField'), { ...field, ...(sectioned ? { colSpan: 2 } : {}) }),
    ...(sectioned ? [SPANNED] : []),
    header(words('columnProject'), project),
    ...groups.flatMap((g) => g.priorityNumbers.map((_, i) => (i === 0 ? header(g.name, { colSpan: g.priorityNumbers.length, fillColor: COLOURS.groupFill }) : SPANNED))),
    header(words('columnPage'), page),
    header(words('columnNo'), no),
  ];
  const headerMarks: TableCell[] = [...(sectioned ? [SPANNED] : []), SPANNED, SPANNED, ...priorities.map((p) => header(p.mark)), SPANNED, SPANNED];
  const body: TableCell[][] = [headerTop, headerMarks, ...part.sections.flatMap((s) => sectionRows(s, sectioned, priorities.map((p) => p.number), sizes))];
  const heights = part.sections.flatMap((s) => s.fields.flatMap((f) => f.rows.map((r) => r.height)));
  return {
    stack: [
      { text: part.title, bold: true, fontSize: CHART.fontSize.pillar, margin: [0, 0, 0, CHART.gaps.pillarTitle] as [number, number, number, number] },
      {
        table: { headerRows: 2, dontBreakRows: true, widths: tableWidths(sectioned, priorities.length), body, heights: (row: number) => (row < 2 ? 'auto' : heights[row - 2]) } as never,
        layout: ruledTable({ x: CHART.cellPadding.x, y: sizes.paddingY }),
      },
    ],
    margin: [0, 0, 0, CHART.gaps.table] as [number, number, number, number],
  };
}

/** A section's rows: the labels spanning them are centred in the heights the fit gave the rows. */
function sectionRows(section: SectionPart, sectioned: boolean, columns: readonly number[], sizes: ChartSizes): TableCell[][] {
  const heights = section.fields.flatMap((f) => f.rows.map((r) => r.height));
  const pad = sizes.paddingY;
  const rows: TableCell[][] = [];
  const centred = { verticalAlignment: 'middle' as const };
  let at = 0;
  for (const field of section.fields) {
    const fieldHeights = heights.slice(at, at + field.rows.length);
    field.rows.forEach(({ project }, i) => {
      const row: TableCell[] = [];
      if (sectioned) {
        if (rows.length > 0) row.push(SPANNED);
        else {
          // One stacked column of characters: a second would not fit the section column's width.
          const perColumn = Math.max([...section.label].length, 1);
          row.push({ ...verticalText(section.label, { fontSize: sizes.table, maxPerColumn: perColumn }), rowSpan: heights.length, fillColor: COLOURS.sectionFill, margin: [0, centring(heights, section.labelHeight, pad), 0, 0] } as TableCell);
        }
      }
      if (i > 0) row.push(SPANNED);
      else row.push({ text: field.label, rowSpan: field.rows.length, margin: [0, centring(fieldHeights, field.labelHeight, pad), 0, 0] });
      row.push({ text: project?.name ?? '', ...centred });
      for (const n of columns) row.push({ text: project?.marks.includes(n) ? '●' : '', alignment: 'center' as const, ...centred });
      row.push({ text: project ? String(project.page) : '', alignment: 'center' as const, ...centred });
      row.push({ text: project ? String(project.no) : '', alignment: 'center' as const, ...centred });
      rows.push(row);
    });
    at += field.rows.length;
  }
  return rows;
}
