import type { Content, TableCell } from 'pdfmake';
import type { Model, Project } from '../../model/index.js';
import type { OutputDocument, Renderer, Words } from '../types.js';
import { COLOURS, FONT_FAMILY, pdfInfo, ruledTable } from './style.js';

/**
 * The project listing (連携事業一覧): A4 portrait, every project in chart order under pillar,
 * section and field headings. The column header repeats on every page and is one plain row
 * (pdfmake loses borders of repeated rows that span); no row splits across pages.
 */

export const LISTING = {
  margins: { left: 40, top: 40, right: 40, bottom: 52 },
  widths: { no: 26, mark: 17, page: 32, participants: 60 },
  footerSide: 200,
  cellPadding: { x: 3, y: 3 },
  fontSize: { title: 15, subtitle: 12, meta: 9, legend: 7.5, table: 8.5, heading: 8.5, footer: 8 },
} as const;

export const PROJECT_LISTING_PATH = 'pdf/project-listing.pdf';

const TEMPLATE_KEYS = [
  'title', 'subject', 'documentTitle', 'documentSubtitle', 'period', 'dataDate', 'legend', 'participationNote',
  'columnNo', 'columnProject', 'columnPage', 'columnParticipants', 'pillarHeading', 'sectionHeading', 'fieldHeading',
  'unconfirmedCount', 'footerTitle', 'pageNumber',
] as const;

export const projectListing: Renderer = {
  name: 'project listing',
  templates: { file: 'project-listing', keys: TEMPLATE_KEYS },
  render(model, words): OutputDocument[] {
    return [{ path: PROJECT_LISTING_PATH, kind: 'pdf', definition: projectListingDefinition(model, words) }];
  },
};

/** What the 参加市町村数 column shows: a count where the data names or confirms them. */
export function participantCount(project: Project): number | undefined {
  const { participation } = project;
  return participation.mode === 'listed' || participation.confirmed ? participation.municipalities.length : undefined;
}

export function projectListingDefinition(model: Model, words: Words) {
  const m = LISTING.margins;
  const unconfirmed = model.projects.filter((p) => participantCount(p) === undefined).length;
  return {
    pageSize: 'A4' as const,
    pageOrientation: 'portrait' as const,
    pageMargins: [m.left, m.top, m.right, m.bottom] as [number, number, number, number],
    info: pdfInfo({ title: words('title'), author: model.vision.issuer, subject: words('subject', { count: model.projects.length }), date: model.vision.asOf }),
    defaultStyle: { font: FONT_FAMILY, fontSize: LISTING.fontSize.table, lineHeight: 1.2 },
    footer: (page: number) => ({
      margin: [m.left, 18, m.right, 0] as [number, number, number, number],
      // Equal side columns keep the page number on the page's centre line.
      columns: [
        { text: words('footerTitle'), fontSize: LISTING.fontSize.footer, width: LISTING.footerSide },
        { text: words('pageNumber', { page }), fontSize: LISTING.fontSize.footer, alignment: 'center' as const, width: '*' },
        { text: '', width: LISTING.footerSide },
      ],
    }),
    content: [
      { text: words('documentTitle'), fontSize: LISTING.fontSize.title, bold: true },
      { text: words('documentSubtitle'), fontSize: LISTING.fontSize.subtitle, bold: true, margin: [0, 2, 0, 8] as [number, number, number, number] },
      { text: words('period'), fontSize: LISTING.fontSize.meta },
      { text: words('dataDate'), fontSize: LISTING.fontSize.meta, margin: [0, 2, 0, 6] as [number, number, number, number] },
      { text: words('legend'), fontSize: LISTING.fontSize.legend, color: '#444444' },
      ...(unconfirmed > 0 ? [{ text: words('participationNote', { unconfirmed }), fontSize: LISTING.fontSize.legend, color: '#444444', margin: [0, 2, 0, 0] as [number, number, number, number] }] : []),
      { ...listingTable(model, words), margin: [0, 10, 0, 0] as [number, number, number, number] },
    ] satisfies Content[],
  };
}

function listingTable(model: Model, words: Words) {
  const w = LISTING.widths;
  const marks = model.policies.priorities;
  const columns = 2 + marks.length + 2;
  const header = (text: string): TableCell => ({ text, bold: true, alignment: 'center', fillColor: COLOURS.headerFill });
  const heading = (text: string, fill: string, level: number): TableCell[] => [
    { text, colSpan: columns, bold: true, fillColor: fill, margin: [level * 8, 0, 0, 0], fontSize: LISTING.fontSize.heading },
    ...Array.from({ length: columns - 1 }, () => ({})),
  ];
  const body: TableCell[][] = [[header(words('columnNo')), header(words('columnProject')), ...marks.map((p) => header(p.mark)), header(words('columnPage')), header(words('columnParticipants'))]];
  for (const pillar of model.pillars) {
    body.push(heading(words('pillarHeading', { pillar }), COLOURS.groupFill, 0));
    for (const section of pillar.sections) {
      if (section.label !== null) body.push(heading(words('sectionHeading', { section }), COLOURS.headerFill, 1));
      for (const field of section.fields) {
        body.push(heading(words('fieldHeading', { field }), COLOURS.sectionFill, section.label === null ? 1 : 2));
        for (const project of field.projects) {
          const count = participantCount(project);
          body.push([
            { text: String(project.no), alignment: 'center' },
            { text: project.name },
            ...marks.map((p): TableCell => ({ text: project.marks.includes(p.number) ? '●' : '', alignment: 'center' })),
            { text: String(project.page), alignment: 'center' },
            { text: count === undefined ? words('unconfirmedCount') : String(count), alignment: 'center' },
          ]);
        }
      }
    }
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [w.no, '*', ...marks.map(() => w.mark), w.page, w.participants], body },
    layout: ruledTable(LISTING.cellPadding),
  };
}
