import type { Model } from '../../model/index.js';
import type { Words } from '../types.js';
import { cell, centred, FILLS, header, MARK, mark, markError, markValidation, text } from './cells.js';
import { columnLetter, fitWidth, pageLayout, type CellSpec, type SheetSpec } from './spec.js';

/**
 * 市町村別: projects × municipalities, ● where a member takes part. Totals are formulas, so a
 * hand edit recalculates, and carry their computed values, so a reader that does not
 * calculate (or a test) sees the numbers.
 */
export function municipalitiesSheet(model: Model, words: Words): SheetSpec {
  const members = model.region.municipalities;
  const first = 3;
  const lastMember = columnLetter(first + members.length - 1);
  const totalColumn = first + members.length;
  const headings = [words('columnNo'), words('columnProject'), ...members.map((m) => m.name), words('columnTotal'), words('columnConfirmed')];
  const rows: CellSpec[][] = [headings.map((h) => header(h))];
  model.projects.forEach((project, i) => {
    const r = i + 2;
    const taking = new Set(project.participation.municipalities.map((m) => m.code));
    rows.push([
      centred(project.no),
      text(project.name),
      ...members.map((m) => mark(taking.has(m.code))),
      centred({ formula: `COUNTIF(${columnLetter(first)}${r}:${lastMember}${r},"${MARK}")`, result: taking.size }),
      centred(project.participation.confirmed ? '' : words('unconfirmed')),
    ]);
  });
  const lastRow = model.projects.length + 1;
  const memberTotals = members.map((m, i) => {
    const c = columnLetter(first + i);
    const count = model.projects.filter((p) => p.participation.municipalities.some((x) => x.code === m.code)).length;
    return cell({ formula: `COUNTIF(${c}2:${c}${lastRow},"${MARK}")`, result: count }, { bold: true, horizontal: 'center', fill: FILLS.header });
  });
  const grand = model.projects.reduce((n, p) => n + p.participation.municipalities.length, 0);
  const totalLetter = columnLetter(totalColumn);
  rows.push([
    cell(words('totalRow'), { bold: true, horizontal: 'center', fill: FILLS.header }),
    cell('', { fill: FILLS.header }),
    ...memberTotals,
    cell({ formula: `SUM(${totalLetter}2:${totalLetter}${lastRow})`, result: grand }, { bold: true, horizontal: 'center', fill: FILLS.header }),
    cell('', { fill: FILLS.header }),
  ]);
  // Member names wrap in the header (the writer makes it as tall as they need); project names wrap when the page is narrow.
  const layout = pageLayout(
    [
      fitWidth([words('columnNo'), ...model.projects.map((p) => String(p.no))], 4),
      { texts: [words('columnProject'), ...model.projects.map((p) => p.name)], min: 14 },
      ...members.map((m) => fitWidth([m.name], 4, 8)),
      fitWidth([words('columnTotal'), String(grand)], 4),
      { texts: [words('columnConfirmed'), words('unconfirmed')], min: 6 },
    ],
    'landscape',
  );
  return {
    name: words('sheetMunicipalities'),
    columns: layout.columns,
    rows,
    merges: [],
    freeze: { rows: 1, columns: 2 },
    listValidations: members.length > 0 && model.projects.length > 0 ? [markValidation(`${columnLetter(first)}2:${lastMember}${lastRow}`, markError(words))] : [],
    print: { paper: layout.paper, orientation: 'landscape', titleRows: '1:1', header: words('municipalitiesTitle'), footer: { before: words('footerBefore'), after: words('footerAfter') } },
  };
}
