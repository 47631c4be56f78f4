import type { TableCell } from 'pdfmake';
import type { Model, Project } from '../../model/index.js';
import type { Words } from '../types.js';
import { COLOURS, ruledTable } from './style.js';

/**
 * The A4 table of projects shared by the listing and the handouts: projects in chart order
 * under pillar, section and field heading rows; NO | 連携事業名 | ①–⑥ | ページ | one more
 * column. The header is one plain row, repeated on every page (pdfmake loses borders of
 * repeated rows that span); rows never split. Groups with no project shown are left out.
 * Template keys used: columnNo, columnProject, columnPage, pillarHeading, sectionHeading, fieldHeading.
 */
export const PROJECT_TABLE = {
  widths: { no: 26, mark: 17, page: 32 },
  cellPadding: { x: 3, y: 3 },
  headingIndent: 8,
  fontSize: 8.5,
} as const;

export interface ProjectTableOptions {
  readonly include: (project: Project) => boolean;
  /** The last column: its heading, width and the cell for a project. */
  readonly extra: { readonly title: string; readonly width: number | '*'; readonly cell: (project: Project) => TableCell };
}

export function projectTable(model: Model, words: Words, options: ProjectTableOptions) {
  const w = PROJECT_TABLE.widths;
  const pad = PROJECT_TABLE.cellPadding;
  const marks = model.policies.priorities;
  const widths = [w.no, '*' as const, ...marks.map(() => w.mark), w.page, options.extra.width];
  const columns = widths.length;
  const heading = (text: string, fill: string, level: number): TableCell[] => [
    { text, colSpan: columns, bold: true, fillColor: fill, margin: [level * PROJECT_TABLE.headingIndent, 0, 0, 0], fontSize: PROJECT_TABLE.fontSize },
    ...Array.from({ length: columns - 1 }, () => ({})),
  ];
  const shown = (projects: readonly Project[]) => projects.filter(options.include);
  // Heading rows travel with the first project under them: together they form one block, a
  // nested table the outer table never splits, so a heading never ends a page alone. Every
  // other project is a block of its own, so no block can outgrow a page.
  const blocks: TableCell[][][] = [];
  for (const pillar of model.pillars) {
    let pending: TableCell[][] = [heading(words('pillarHeading', { pillar }), COLOURS.groupFill, 0)];
    for (const section of pillar.sections) {
      if (section.label !== null && section.fields.some((f) => shown(f.projects).length > 0)) {
        pending.push(heading(words('sectionHeading', { section }), COLOURS.headerFill, 1));
      }
      for (const field of section.fields) {
        const projects = shown(field.projects);
        if (projects.length === 0) continue;
        const rows = projects.map((project): TableCell[] => [
          { text: String(project.no), alignment: 'center' },
          { text: project.name },
          ...marks.map((p): TableCell => ({ text: project.marks.includes(p.number) ? '●' : '', alignment: 'center' })),
          { text: String(project.page), alignment: 'center' },
          options.extra.cell(project),
        ]);
        blocks.push([...pending, heading(words('fieldHeading', { field }), COLOURS.sectionFill, section.label === null ? 1 : 2), rows[0]!]);
        for (const row of rows.slice(1)) blocks.push([row]);
        pending = [];
      }
    }
  }
  const header = (text: string): TableCell => ({ text, bold: true, alignment: 'center', fillColor: COLOURS.headerFill, margin: [pad.x, pad.y, pad.x, pad.y] });
  const headerRow = [header(words('columnNo')), header(words('columnProject')), ...marks.map((p) => header(p.mark)), header(words('columnPage')), header(options.extra.title)];
  const blockRows = blocks.map((body): TableCell[] => [
    { table: { dontBreakRows: true, widths, body }, layout: ruledTable(pad), colSpan: columns },
    ...Array.from({ length: columns - 1 }, () => ({})),
  ]);
  // The outer table draws only the header; its cells have no padding (header cells carry it as
  // a margin) and its fixed columns are widened by the padding, so its columns line up with
  // the nested tables' columns.
  const outerWidths = widths.map((x) => (x === '*' ? x : x + 2 * pad.x));
  const rule = ruledTable({ x: 0, y: 0 });
  return {
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: outerWidths, body: [headerRow, ...blockRows] },
    layout: { ...rule, hLineWidth: (i: number) => (i <= 1 ? 0.5 : 0), vLineWidth: () => 0.5 },
  };
}
