import type { Model } from '../../model/index.js';
import type { Words } from '../types.js';
import { centred, cell, FILLS, header, mark, markError, markValidation, text, WORKBOOK_FONT } from './cells.js';
import {
  columnLetter,
  DEFAULT_ROW_HEIGHT,
  fitRowHeights,
  fitWidth,
  MAX_ROW_HEIGHT,
  MIN_SCALE,
  pageLayout,
  printableHeight,
  printScale,
  stackedLines,
  textHeight,
  textUnits,
  wrappedLines,
  type CellSpec,
  type CellStyle,
  type SheetSpec,
} from './spec.js';

/** Columns of the stacked pillar and section labels: one full-width character and its padding. */
const LABEL_WIDTH = 5;
/** A ● column: one full-width character; wider when its group's name needs it. */
const MARK_WIDTH = 3.5;
const MARK_WIDTH_MAX = 8;
/** A group's name is kept to one line when its columns need be no wider than this for it. */
const MARK_WIDTH_ONE_LINE = 6;

/**
 * 計画の体系 as a table: the PDF chart's columns and groups, pillars, sections and fields as
 * merged cells over their projects' rows. Rows 2–3 are the header, printed on every page.
 * Pillar and section labels print stacked, as in the chart, when their rows can be made tall
 * enough (the writer sizes the rows); a label too long for its few rows wraps across instead,
 * its column widened to hold it. Like the PDF chart, the sheet prints on one A3 page when it
 * fits there at 85 % or more; otherwise one page wide on as many landscape pages as it takes.
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
  // Each group's ● columns wide enough for its name on one line or, if that would make them
  // too wide, two; within reason. The writer makes the header row as tall as the name needs.
  const markWidths: number[] = [];
  let column = firstMark;
  for (const g of groups) {
    const count = g.priorityNumbers.length;
    top[column - 1] = header(g.name, { fill: FILLS.group });
    merges.push(`${columnLetter(column)}2:${columnLetter(column + count - 1)}2`);
    const widthFor = (lines: number) => Math.ceil(((textUnits(g.name) / lines + 1) / Math.max(1, count)) * 2) / 2;
    const each = widthFor(1) <= MARK_WIDTH_ONE_LINE ? widthFor(1) : widthFor(2);
    for (let i = 0; i < count; i++) markWidths.push(Math.min(MARK_WIDTH_MAX, Math.max(MARK_WIDTH, each)));
    column += count;
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

  // Labels that cannot stack in their rows, with the width (of A, or B) that holds them across.
  const across = { pillar: LABEL_WIDTH, section: LABEL_WIDTH };
  const label = (value: string, rowCount: number, style: CellStyle, spanWidth: number): { cell: CellSpec; width: number } => {
    const limit = Math.max(1, rowCount) * MAX_ROW_HEIGHT;
    const size = style.fontSize ?? WORKBOOK_FONT.size;
    if (textHeight(stackedLines(value), size) <= limit) return { cell: cell(value, { ...style, verticalText: true }), width: 0 };
    let w = spanWidth;
    while (textHeight(wrappedLines(value, w), size) > limit && w < 255) w += 1;
    return { cell: cell(value, { ...style, wrap: true }), width: w };
  };
  const projectsIn = (fields: readonly { projects: readonly unknown[] }[]) => fields.reduce((n, f) => n + f.projects.length, 0);

  // Every cell of a merged range is written with the range's style (only the first holds the
  // value), so borders and fills survive merging (exceljs 1648).
  for (const pillar of model.pillars) {
    const pillarStart = rows.length + 1;
    const hasSections = pillar.sections.some((s) => s.label !== null);
    const pillarStyle = { horizontal: 'center', vertical: 'middle', fill: FILLS.group, bold: true } as const;
    const sectionStyle = { horizontal: 'center', vertical: 'middle', fill: FILLS.section } as const;
    const pillarLabel = label(words('pillarCell', { pillar }), projectsIn(pillar.sections.flatMap((s) => s.fields)), pillarStyle, hasSections ? LABEL_WIDTH : 2 * LABEL_WIDTH);
    // Without sections the label spans A and B: A takes what B's width does not give.
    across.pillar = Math.max(across.pillar, hasSections ? pillarLabel.width : pillarLabel.width - LABEL_WIDTH);
    for (const section of pillar.sections) {
      const sectionStart = rows.length + 1;
      const sectionLabel = hasSections ? label(words('sectionCell', { section }), projectsIn(section.fields), sectionStyle, LABEL_WIDTH) : undefined;
      across.section = Math.max(across.section, sectionLabel?.width ?? 0);
      for (const field of section.fields) {
        const fieldStart = rows.length + 1;
        for (const project of field.projects) {
          const first = { pillar: rows.length + 1 === pillarStart, section: rows.length + 1 === sectionStart, field: rows.length + 1 === fieldStart };
          const row = blank();
          row[0] = first.pillar ? pillarLabel.cell : cell(null, pillarLabel.cell.style);
          row[1] = sectionLabel ? (first.section ? sectionLabel.cell : cell(null, sectionLabel.cell.style)) : cell(null, pillarLabel.cell.style);
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
  const layout = pageLayout(
    [
      across.pillar,
      across.section,
      { texts: [words('columnField'), ...fieldTexts], min: 10, max: 40 },
      { texts: [words('columnProject'), ...model.projects.map((p) => p.name)], min: 14 },
      ...priorities.map((_, i) => markWidths[i] ?? MARK_WIDTH),
      fitWidth([words('columnPage'), ...model.projects.map((p) => String(p.page))], 5),
      fitWidth([words('columnNo'), ...model.projects.map((p) => String(p.no))], 4),
    ],
    'landscape',
  );
  const heights = fitRowHeights({ columns: layout.columns, rows, merges }, WORKBOOK_FONT.size);
  const tall = rows.reduce((n, _, r) => n + (heights.get(r + 1) ?? DEFAULT_ROW_HEIGHT), 0);
  const onePage = Math.min(printScale(layout.columns, 'A3', 'portrait'), printableHeight('A3', 'portrait') / tall) >= MIN_SCALE;
  const page = onePage ? ({ paper: 'A3', orientation: 'portrait', onePage: true } as const) : ({ paper: layout.paper, orientation: 'landscape' } as const);
  return {
    name: words('sheetChart'),
    columns: layout.columns,
    rows,
    merges,
    freeze: { rows: 3, columns: 0 },
    listValidations: rows.length > 3 ? [markValidation(`${columnLetter(firstMark)}4:${columnLetter(firstMark + priorities.length - 1)}${rows.length}`, markError(words))] : [],
    print: { ...page, titleRows: '2:3', header: words('sheetChart'), footer: { before: words('footerBefore'), after: words('footerAfter') } },
  };
}
