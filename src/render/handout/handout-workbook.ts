import type { Model } from '../../model/index.js';
import type { Words } from '../types.js';
import { cell, FILLS, header, markError, text, WORKBOOK_FONT } from '../xlsx/cells.js';
import { projectsSheet } from '../xlsx/projects-sheet.js';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../xlsx/spec.js';
import { changeLine, renumberingLine } from './change-lines.js';
import type { HandoutChanges } from './handout-pdf.js';
import { roleText, type HandoutSummary } from './summary.js';

/** The handout as a workbook: 概要 (who, and the counts), 参加事業 when there are any, and 前回からの変更 when built with a base. */
export function handoutWorkbookSpec(model: Model, words: Words, summary: HandoutSummary, since?: HandoutChanges): WorkbookSpec {
  const { municipality } = summary;
  const rows: CellSpec[][] = [];
  const line = (...cells: CellSpec[]) => rows.push([...cells, ...Array.from({ length: 3 - cells.length }, () => cell(null))]);
  const label = (t: string) => cell(t, { bold: true, fill: FILLS.header, vertical: 'middle' });
  line(cell(words('documentTitle'), { bold: true, fontSize: 12 }));
  line(cell(words('documentSubtitle'), { bold: true, fontSize: 11 }));
  line(label(words('labelCode')), text(municipality.code));
  line(label(words('labelKind')), text(municipality.kind));
  line(label(words('labelRole')), text(municipality.role));
  line(label(words('labelBureau')), text(municipality.bureau));
  line(label(words('labelAgreement')), text(words('agreementDate')));
  line(label(words('labelPeriod')), text(words('periodText')));
  line(label(words('labelDataDate')), text(words('dataDate')));
  if (summary.unconfirmed > 0) line(cell(words('unconfirmedNote', { count: summary.unconfirmed }), { bold: true, wrap: true, fill: 'fff4e0' }));
  const noteRow = summary.unconfirmed > 0 ? rows.length : undefined;
  line(cell(words('summaryTotal', { total: model.projects.length, count: summary.projects.length }), { bold: true }));
  if (summary.projects.length === 0) line(cell(words('noProjects'), { bold: true }));
  line(header(words('columnPillarSummary')), header(words('columnParticipating')), header(words('columnAll')));
  for (const x of summary.byPillar) line(text(words('pillarCell', { pillar: x.pillar })), cell(x.count, { horizontal: 'center' }), cell(x.total, { horizontal: 'center' }));
  line(header(words('columnPolicySummary')), header(words('columnParticipating')), header(words('columnAll')));
  for (const x of summary.byPolicy) line(text(words('policyLabel', { policy: x.policy })), cell(x.count, { horizontal: 'center' }), cell(x.total, { horizontal: 'center' }));

  const overview: SheetSpec = {
    name: words('sheetSummary'),
    columns: [34, 40, 12],
    rows,
    merges: [`A1:C1`, `A2:C2`, ...(noteRow ? [`A${noteRow}:C${noteRow}`] : [])],
    ...(noteRow ? { rowHeights: { [noteRow]: 60 } } : {}),
    listValidations: [],
    print: { paper: 'A4', orientation: 'portrait', titleRows: '1:2', header: words('documentSubtitle'), footer: { before: words('footerBefore'), after: words('footerAfter') } },
  };
  const sheets: SheetSpec[] = [overview];
  if (summary.projects.length > 0) {
    sheets.push(
      projectsSheet(model, words, {
        name: words('sheetProjects'),
        title: words('documentSubtitle'),
        projects: summary.projects,
        extra: { title: words('columnRole'), value: (p) => roleText(p, municipality, words) },
        markError: markError(words),
      }),
    );
  }
  if (since) sheets.push(changesSheet(words, since));
  return {
    properties: { title: words('title'), subject: words('subject'), creator: model.vision.issuer, date: model.vision.asOf },
    font: WORKBOOK_FONT,
    sheets,
  };
}

function changesSheet(words: Words, { base, changes }: HandoutChanges): SheetSpec {
  const rows: CellSpec[][] = [[cell(words('changesHeading', { base }), { bold: true, fontSize: 11 }), cell(null), cell(null)]];
  if (changes.rows.length === 0 && changes.renumberings.length === 0) rows.push([text(words('changesNone')), cell(null), cell(null)]);
  else {
    rows.push([header(words('columnNo')), header(words('columnProject')), header(words('columnChange'))]);
    for (const row of changes.rows) rows.push([cell(row.project.no, { horizontal: 'center', vertical: 'top' }), cell(row.project.name, { wrap: true, vertical: 'top' }), cell(row.details.map((d) => changeLine(d, words)).join('\n'), { wrap: true, vertical: 'top' })]);
    for (const r of changes.renumberings) rows.push([cell(null), text(renumberingLine(r, words)), cell(null)]);
  }
  return {
    name: words('sheetChanges'),
    columns: [8, 40, 50],
    rows,
    merges: ['A1:C1'],
    listValidations: [],
    print: { paper: 'A4', orientation: 'portrait', titleRows: '1:2', header: words('documentSubtitle'), footer: { before: words('footerBefore'), after: words('footerAfter') } },
  };
}
