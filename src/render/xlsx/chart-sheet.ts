import type { Model } from '../../model/index.js';
import type { Words } from '../types.js';
import { centred, cell, FILLS, header, mark, text } from './cells.js';
import { columnLetter, fitWidth, type CellSpec, type SheetSpec } from './spec.js';

/**
 * 計画の体系 as a table: the PDF chart's columns and groups, pillars, sections and fields as
 * merged cells over their projects' rows. Rows 2–3 are the header, printed on every page.
 */
export function chartSheet(model: Model, words: Words): SheetSpec {
  const { groups, priorities } = model.policies;
  const firstMark = 5;
  const width = 4 + priorities.length + 2;
  const rows: (CellSpec | null)[][] = [];
  const merges: string[] = [];
  const blank = (): (CellSpec | null)[] => Array.from({ length: width }, () => null);

  const title = blank();
  title[0] = cell(words('chartTitle'), { bold: true, fontSize: 12 });
  rows.push(title);
  merges.push(`A1:${columnLetter(width)}1`);

  const top = blank();
  const second = blank();
  const spanning = [words('columnPillar'), words('columnSection'), words('columnField'), words('columnProject')];
  spanning.forEach((t, i) => {
    top[i] = header(t);
    merges.push(`${columnLetter(i + 1)}2:${columnLetter(i + 1)}3`);
  });
  let column = firstMark;
  for (const g of groups) {
    top[column - 1] = header(g.name, { fill: FILLS.group });
    merges.push(`${columnLetter(column)}2:${columnLetter(column + g.priorityNumbers.length - 1)}2`);
    column += g.priorityNumbers.length;
  }
  priorities.forEach((p, i) => (second[firstMark - 1 + i] = header(p.mark)));
  [words('columnPage'), words('columnNo')].forEach((t, i) => {
    const c = firstMark + priorities.length + i;
    top[c - 1] = header(t);
    merges.push(`${columnLetter(c)}2:${columnLetter(c)}3`);
  });
  second.forEach((c, i) => (second[i] = c ?? header('')));
  top.forEach((c, i) => (top[i] = c ?? header('')));
  rows.push(top, second);

  // Every cell of a merged range is written with the range's style (only the first holds the
  // value), so borders and fills survive merging (exceljs 1648).
  for (const pillar of model.pillars) {
    const pillarStart = rows.length + 1;
    const hasSections = pillar.sections.some((s) => s.label !== null);
    const pillarStyle = { verticalText: true, horizontal: 'center', vertical: 'middle', fill: FILLS.group, bold: true } as const;
    const sectionStyle = { verticalText: true, horizontal: 'center', vertical: 'middle', fill: FILLS.section } as const;
    for (const section of pillar.sections) {
      const sectionStart = rows.length + 1;
      for (const field of section.fields) {
        const fieldStart = rows.length + 1;
        for (const project of field.projects) {
          const first = { pillar: rows.length + 1 === pillarStart, section: rows.length + 1 === sectionStart, field: rows.length + 1 === fieldStart };
          const row = blank();
          row[0] = cell(first.pillar ? words('pillarCell', { pillar }) : null, pillarStyle);
          row[1] = hasSections ? cell(first.section ? words('sectionCell', { section }) : null, sectionStyle) : cell(null, pillarStyle);
          row[2] = cell(first.field ? words('fieldCell', { field }) : null, { vertical: 'middle', wrap: true });
          row[3] = text(project.name);
          priorities.forEach((p, i) => (row[firstMark - 1 + i] = mark(project.marks.includes(p.number))));
          row[firstMark - 1 + priorities.length] = centred(project.page);
          row[firstMark + priorities.length] = centred(project.no);
          rows.push(row);
        }
        if (field.projects.length > 1) merges.push(`C${fieldStart}:C${rows.length}`);
      }
      if (hasSections && rows.length > sectionStart) merges.push(`B${sectionStart}:B${rows.length}`);
    }
    if (rows.length >= pillarStart) merges.push(hasSections ? `A${pillarStart}:A${rows.length}` : `A${pillarStart}:B${rows.length}`);
  }

  const fieldTexts = model.pillars.flatMap((p) => p.sections.flatMap((s) => s.fields.map((f) => words('fieldCell', { field: f }))));
  return {
    name: words('sheetChart'),
    columns: [6, 6, Math.min(fitWidth(fieldTexts), 30), fitWidth(model.projects.map((p) => p.name)), ...priorities.map(() => 5), 7, 6],
    rows,
    merges,
    freeze: { rows: 3, columns: 0 },
    listValidations: [{ range: `${columnLetter(firstMark)}4:${columnLetter(firstMark + priorities.length - 1)}${rows.length}`, list: ['●'] }],
    print: { paper: 'A4', orientation: 'portrait', titleRows: '2:3', header: words('sheetChart'), footer: { before: words('footerBefore'), after: words('footerAfter') } },
  };
}
