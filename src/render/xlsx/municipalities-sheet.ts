import type { Model } from '../../model/index.js';
import type { Words } from '../types.js';
import { cell, centred, FILLS, header, MARK, mark, text } from './cells.js';
import { columnLetter, fitWidth, type CellSpec, type SheetSpec } from './spec.js';

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
  return {
    name: words('sheetMunicipalities'),
    columns: [6, fitWidth(model.projects.map((p) => p.name)), ...members.map((m) => fitWidth([m.name], 6)), 6, fitWidth([words('columnConfirmed')], 8)],
    rows,
    rowHeights: { 1: 30 },
    merges: [],
    freeze: { rows: 1, columns: 2 },
    listValidations: [{ range: `${columnLetter(first)}2:${lastMember}${lastRow}`, list: ['●'] }],
    print: { paper: 'A4', orientation: 'landscape', titleRows: '1:1', header: words('municipalitiesTitle'), footer: { before: words('footerBefore'), after: words('footerAfter') } },
  };
}
