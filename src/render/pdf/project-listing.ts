import type { Content } from 'pdfmake';
import type { Model, Project } from '../../model/index.js';
import type { OutputDocument, Renderer, Words } from '../types.js';
import { historyTable } from './history-table.js';
import { projectTable } from './project-table.js';
import { centredFooter, FONT_FAMILY, pdfInfo } from './style.js';

/**
 * The project listing (連携事業一覧): A4 portrait, every project in chart order under pillar,
 * section and field headings. The column header repeats on every page and is one plain row
 * (pdfmake loses borders of repeated rows that span); no row splits across pages. Once the plan
 * has been revised, the first page also carries its 改定履歴.
 */

export const LISTING = {
  margins: { left: 40, top: 40, right: 40, bottom: 52 },
  participantsWidth: 60,
  footerSide: 200,
  fontSize: { title: 15, subtitle: 12, meta: 9, legend: 7.5, table: 8.5, footer: 8 },
} as const;

export const PROJECT_LISTING_PATH = 'pdf/project-listing.pdf';

const TEMPLATE_KEYS = [
  'title', 'subject', 'documentTitle', 'documentSubtitle', 'period', 'dataDate', 'legend', 'participationNote',
  'historyHeading', 'historyAdoption', 'historyDate', 'columnHistoryDate', 'columnHistoryKind', 'columnHistorySummary',
  'columnNo', 'columnProject', 'columnPage', 'columnParticipants', 'pillarHeading', 'sectionHeading', 'fieldHeading',
  'unconfirmedCount', 'footerTitle', 'pageNumber',
] as const;

export const projectListing: Renderer = {
  name: 'project listing',
  per: 'plan',
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
    footer: (page: number) => centredFooter(words('footerTitle'), words('pageNumber', { page }), m, { side: LISTING.footerSide, fontSize: LISTING.fontSize.footer }),
    content: [
      { text: words('documentTitle'), fontSize: LISTING.fontSize.title, bold: true },
      { text: words('documentSubtitle'), fontSize: LISTING.fontSize.subtitle, bold: true, margin: [0, 2, 0, 8] as [number, number, number, number] },
      { text: words('period'), fontSize: LISTING.fontSize.meta },
      { text: words('dataDate'), fontSize: LISTING.fontSize.meta, margin: [0, 2, 0, 6] as [number, number, number, number] },
      ...historyTable(model, words),
      { text: words('legend'), fontSize: LISTING.fontSize.legend, color: '#444444' },
      ...(unconfirmed > 0 ? [{ text: words('participationNote', { unconfirmed }), fontSize: LISTING.fontSize.legend, color: '#444444', margin: [0, 2, 0, 0] as [number, number, number, number] }] : []),
      {
        ...projectTable(model, words, {
          include: () => true,
          extra: {
            title: words('columnParticipants'),
            width: LISTING.participantsWidth,
            cell: (project) => {
              const count = participantCount(project);
              return { text: count === undefined ? words('unconfirmedCount') : String(count), alignment: 'center' };
            },
          },
        }),
        margin: [0, 10, 0, 0] as [number, number, number, number],
      },
    ] satisfies Content[],
  };
}
