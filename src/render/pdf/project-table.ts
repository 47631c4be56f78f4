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
  const marks = model.policies.priorities;
  const columns = 2 + marks.length + 2;
  const header = (text: string): TableCell => ({ text, bold: true, alignment: 'center', fillColor: COLOURS.headerFill });
  const heading = (text: string, fill: string, level: number): TableCell[] => [
    { text, colSpan: columns, bold: true, fillColor: fill, margin: [level * PROJECT_TABLE.headingIndent, 0, 0, 0], fontSize: PROJECT_TABLE.fontSize },
    ...Array.from({ length: columns - 1 }, () => ({})),
  ];
  const body: TableCell[][] = [[header(words('columnNo')), header(words('columnProject')), ...marks.map((p) => header(p.mark)), header(words('columnPage')), header(options.extra.title)]];
  for (const pillar of model.pillars) {
    const shown = (projects: readonly Project[]) => projects.filter(options.include);
    if (pillar.sections.every((s) => s.fields.every((f) => shown(f.projects).length === 0))) continue;
    body.push(heading(words('pillarHeading', { pillar }), COLOURS.groupFill, 0));
    for (const section of pillar.sections) {
      if (section.fields.every((f) => shown(f.projects).length === 0)) continue;
      if (section.label !== null) body.push(heading(words('sectionHeading', { section }), COLOURS.headerFill, 1));
      for (const field of section.fields) {
        const projects = shown(field.projects);
        if (projects.length === 0) continue;
        body.push(heading(words('fieldHeading', { field }), COLOURS.sectionFill, section.label === null ? 1 : 2));
        for (const project of projects) {
          body.push([
            { text: String(project.no), alignment: 'center' },
            { text: project.name },
            ...marks.map((p): TableCell => ({ text: project.marks.includes(p.number) ? '●' : '', alignment: 'center' })),
            { text: String(project.page), alignment: 'center' },
            options.extra.cell(project),
          ]);
        }
      }
    }
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [w.no, '*', ...marks.map(() => w.mark), w.page, options.extra.width], body },
    layout: ruledTable(PROJECT_TABLE.cellPadding),
  };
}
