import type { Content, TableCell } from 'pdfmake';
import type { CalendarDate } from '../../calendar-date.js';
import type { Model } from '../../model/index.js';
import { projectTable } from '../pdf/project-table.js';
import { centredFooter, COLOURS, FONT_FAMILY, pdfInfo, ruledTable } from '../pdf/style.js';
import type { Words } from '../types.js';
import { changeLine, renumberingLine } from './change-lines.js';
import type { MemberChanges } from './member-changes.js';
import { roleText, type HandoutSummary } from './summary.js';

export const HANDOUT = {
  margins: { left: 40, top: 40, right: 40, bottom: 52 },
  footerSide: 220,
  roleWidth: 110,
  fontSize: { title: 14, subtitle: 12, body: 9, heading: 10.5, table: 8.5, footer: 8 },
} as const;

type Margin = [number, number, number, number];

/** What the handout says about changes since a base: the base's date and the member's changes. */
export interface HandoutChanges {
  readonly base: CalendarDate;
  readonly changes: MemberChanges;
}

/** A member's handout: who it is, how many projects it takes part in, and which; with a base, what changed for it. */
export function handoutDefinition(model: Model, words: Words, summary: HandoutSummary, since?: HandoutChanges) {
  const { municipality } = summary;
  const m = HANDOUT.margins;
  const attribute = (label: string, value: string): TableCell[] => [{ text: label, bold: true, fillColor: COLOURS.headerFill }, { text: value }];
  const attributes = {
    table: {
      widths: [90, '*'],
      body: [
        attribute(words('labelCode'), municipality.code),
        attribute(words('labelKind'), municipality.kind),
        attribute(words('labelRole'), municipality.role),
        attribute(words('labelBureau'), municipality.bureau),
        attribute(words('labelAgreement'), words('agreementDate')),
        attribute(words('labelPeriod'), words('periodText')),
        attribute(words('labelDataDate'), words('dataDate')),
      ],
    },
    layout: ruledTable({ x: 4, y: 3 }),
  };
  const content: Content[] = [
    { text: words('documentTitle'), fontSize: HANDOUT.fontSize.title, bold: true },
    { text: words('documentSubtitle'), fontSize: HANDOUT.fontSize.subtitle, bold: true, margin: [0, 2, 0, 8] as Margin },
    attributes,
  ];
  if (summary.unconfirmed > 0) {
    content.push({
      table: { widths: ['*'], body: [[{ text: words('unconfirmedNote', { count: summary.unconfirmed }), bold: true, color: '#7a3e00', fillColor: '#fff4e0' }]] },
      layout: ruledTable({ x: 6, y: 5 }),
      margin: [0, 10, 0, 0] as Margin,
    });
  }
  content.push({ text: words('summaryHeading'), bold: true, fontSize: HANDOUT.fontSize.heading, margin: [0, 14, 0, 4] as Margin });
  content.push({ text: words('summaryTotal', { total: model.projects.length, count: summary.projects.length }), margin: [0, 0, 0, 6] as Margin });
  content.push(summaryTables(words, summary));
  content.push({ text: words('projectsHeading'), bold: true, fontSize: HANDOUT.fontSize.heading, margin: [0, 14, 0, 4] as Margin });
  if (summary.projects.length === 0) {
    content.push({ text: words('noProjects'), bold: true });
  } else {
    const codes = new Set(summary.projects.map((p) => p.no));
    content.push(
      projectTable(model, words, {
        include: (p) => codes.has(p.no),
        extra: {
          title: words('columnRole'),
          width: HANDOUT.roleWidth,
          cell: (p) => ({ text: roleText(p, municipality, words), fontSize: 7.5 }),
        },
      }),
    );
  }
  if (since) content.push(...changesSection(words, since));
  return {
    pageSize: 'A4' as const,
    pageOrientation: 'portrait' as const,
    pageMargins: [m.left, m.top, m.right, m.bottom] as Margin,
    info: pdfInfo({ title: words('title'), author: model.vision.issuer, subject: words('subject'), date: model.vision.asOf }),
    defaultStyle: { font: FONT_FAMILY, fontSize: HANDOUT.fontSize.table, lineHeight: 1.2 },
    footer: (page: number) => centredFooter(words('footerTitle'), words('pageNumber', { page }), m, { side: HANDOUT.footerSide, fontSize: HANDOUT.fontSize.footer }),
    content,
  };
}

function summaryTables(words: Words, summary: HandoutSummary): Content {
  const head = (text: string): TableCell => ({ text, bold: true, alignment: 'center', fillColor: COLOURS.headerFill });
  const number = (n: number): TableCell => ({ text: String(n), alignment: 'center' });
  const counts = (title: string, rows: readonly { label: string; count: number; total: number }[], width: number | '*') => ({
    width,
    table: {
      headerRows: 1,
      widths: ['*', 40, 40],
      body: [[head(title), head(words('columnParticipating')), head(words('columnAll'))], ...rows.map((x): TableCell[] => [{ text: x.label }, number(x.count), number(x.total)])],
    },
    layout: ruledTable({ x: 4, y: 3 }),
  });
  return {
    columns: [
      counts(words('columnPillarSummary'), summary.byPillar.map((x) => ({ ...x, label: words('pillarCell', { pillar: x.pillar }) })), 210),
      counts(words('columnPolicySummary'), summary.byPolicy.map((x) => ({ ...x, label: words('policyLabel', { policy: x.policy }) })), '*'),
    ],
    columnGap: 12,
  };
}

/** 「前回からの変更」: one row per project of the member that changed, then the renumbering runs that move its projects. */
function changesSection(words: Words, { base, changes }: HandoutChanges): Content[] {
  const out: Content[] = [{ text: words('changesHeading', { base }), bold: true, fontSize: HANDOUT.fontSize.heading, margin: [0, 14, 0, 4] as Margin }];
  if (changes.rows.length === 0 && changes.renumberings.length === 0) return [...out, { text: words('changesNone') }];
  const head = (text: string): TableCell => ({ text, bold: true, alignment: 'center', fillColor: COLOURS.headerFill });
  if (changes.rows.length > 0) {
    out.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [26, 170, '*'],
        body: [
          [head(words('columnNo')), head(words('columnProject')), head(words('columnChange'))],
          ...changes.rows.map((row): TableCell[] => [{ text: String(row.project.no), alignment: 'center' }, { text: row.project.name }, { text: row.details.map((d) => changeLine(d, words)).join('\n') }]),
        ],
      },
      layout: ruledTable({ x: 4, y: 3 }),
    });
  }
  for (const r of changes.renumberings) out.push({ text: renumberingLine(r, words), margin: [0, 4, 0, 0] as Margin });
  return out;
}
