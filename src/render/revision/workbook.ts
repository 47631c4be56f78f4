import type { Comparison } from '../../compare/index.js';
import type { Model } from '../../model/index.js';
import { cell, header, MARK, WORKBOOK_FONT } from '../xlsx/cells.js';
import { columnLetter, fitWidth, wrappedLines, type CellSpec, type CellStyle, type SheetSpec, type TextRun, type WorkbookSpec } from '../xlsx/spec.js';
import type { Words } from '../types.js';
import { changedProjectsSheet } from './changed-projects.js';
import { plain, type MarkedText } from './marked-text.js';
import { sideHeadings, type ProjectCells, type RevisionTable, type Side } from './table.js';

/**
 * The 新旧対照表 as a workbook: the PDF's table on one sheet (changed characters as underlined
 * rich-text runs), and the changed projects one per row on a second. Rows 1–2 carry the title
 * and the dates; rows 3–4, the header, print on every page.
 */
export function revisionWorkbookSpec(model: Model, words: Words, comparison: Comparison, table: RevisionTable): WorkbookSpec {
  const names = { base: comparison.base, current: comparison.current };
  return {
    properties: { title: words('title', names), subject: words('subject', names), creator: model.vision.issuer, date: comparison.current.asOf },
    font: WORKBOOK_FONT,
    sheets: [tableSheet(words, names, table), changedProjectsSheet(words, comparison)],
  };
}

/** Narrow enough that both sides print one page wide at a legible size. */
const WIDTHS = { no: 5, mark: 3.5, page: 5, remark: 7 } as const;
/** Points per line of text as a multiple of the font size, as the writer sets wrapped rows. */
const LINE_HEIGHT = 1.4;
const TEXT: CellStyle = { vertical: 'middle', wrap: true };
const CENTRED: CellStyle = { horizontal: 'center', vertical: 'middle' };
/**
 * An empty mark cell has no character to underline, so a changed one holds an ideographic
 * space, underlined: the bar sits where a ● would be.
 */
const EMPTY_MARK = '\u3000';

function tableSheet(words: Words, names: object, table: RevisionTable): SheetSpec {
  const projectSides = table.rows.flatMap((r) => (r.kind === 'sides' ? [r.after, r.before] : [])).flatMap((s) => (s.kind === 'project' ? [s.cells] : []));
  const columnTexts = (pick: (c: ProjectCells) => MarkedText) => projectSides.map((c) => plain(pick(c)));
  const sideColumns = [
    WIDTHS.no,
    fitWidth([words('columnField'), ...columnTexts((c) => c.field)], 10, 16),
    fitWidth([words('columnProject'), ...columnTexts((c) => c.name)], 14, 26),
    ...table.marks.map(() => WIDTHS.mark),
    WIDTHS.page,
    fitWidth([words('columnParticipants'), ...columnTexts((c) => c.participants)], 10, 16),
  ];
  const span = sideColumns.length;
  const width = 2 * span + 1;
  const sideWidth = sideColumns.reduce((a, b) => a + b, 0);
  const rows: (CellSpec | null)[][] = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  // Every cell of a merged range is written, so the range keeps its borders; the first holds the value.
  const merged = (first: CellSpec, count: number, style: CellStyle = TEXT): CellSpec[] => [first, ...Array.from({ length: count - 1 }, () => cell(null, style))];
  const mergeAcross = (row: number, from: number, count: number) => merges.push(`${columnLetter(from)}${row}:${columnLetter(from + count - 1)}${row}`);

  const titleStyle = { bold: true, fontSize: 12, horizontal: 'center', vertical: 'middle' } as const;
  rows.push([cell(words('documentTitle', names), titleStyle), ...Array.from({ length: width - 1 }, () => null)]);
  rows.push([cell(words('documentDates', names), { horizontal: 'center', vertical: 'middle' }), ...Array.from({ length: width - 1 }, () => null)]);
  mergeAcross(1, 1, width);
  mergeAcross(2, 1, width);
  const headerStyle = header('').style;
  const subHeads = sideHeadings(words, table.marks).map((h) => header(h));
  rows.push([...merged(header(words('columnAfter')), span, headerStyle), ...merged(header(words('columnBefore')), span, headerStyle), header(words('columnRemark'))]);
  rows.push([...subHeads, ...subHeads, header('')]);
  mergeAcross(3, 1, span);
  mergeAcross(3, span + 1, span);
  merges.push(`${columnLetter(width)}3:${columnLetter(width)}4`);

  const side = (s: Side, row: number, from: number): CellSpec[] => {
    if (s.kind === 'project') return projectCells(s.cells);
    mergeAcross(row, from, span);
    if (s.kind === 'placeholder') return merged(cell(s.text, TEXT), span);
    const runs: TextRun[] = [{ text: `${s.label}\n`, bold: true }, ...textRuns(s.text)];
    const value = runs.map((r) => r.text).join('');
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, heightOf(wrappedLines(value, sideWidth)));
    return merged({ value, style: TEXT, runs }, span);
  };
  for (const r of table.rows) {
    const row = rows.length + 1;
    if (r.kind === 'renumbering') {
      mergeAcross(row, 1, 2 * span);
      rows.push([...merged(cell(r.text, TEXT), 2 * span), cell(r.remark, CENTRED)]);
    } else {
      rows.push([...side(r.after, row, 1), ...side(r.before, row, span + 1), cell(r.remark, CENTRED)]);
    }
  }
  return {
    name: words('sheetTable'),
    columns: [...sideColumns, ...sideColumns, WIDTHS.remark],
    rows,
    rowHeights,
    merges,
    freeze: { rows: 4, columns: 0 },
    listValidations: [],
    print: { paper: 'A4', orientation: 'landscape', titleRows: '3:4', header: words('documentTitle', names), footer: { before: words('footerBefore'), after: words('footerAfter') } },
  };
}

function projectCells(cells: ProjectCells): CellSpec[] {
  const marked = (text: MarkedText, style: CellStyle): CellSpec => ({ value: plain(text), style, ...(text.some((r) => r.changed) ? { runs: textRuns(text) } : {}) });
  // A number left as text would be flagged by Excel as "number stored as text"; only an underlined one must be text.
  const number = (text: MarkedText): CellSpec => (text.some((r) => r.changed) ? marked(text, CENTRED) : cell(Number(plain(text)), CENTRED));
  return [
    number(cells.no),
    marked(cells.field, TEXT),
    marked(cells.name, TEXT),
    ...cells.marks.map((m) => (m.on ? marked([{ text: MARK, changed: m.changed }], CENTRED) : m.changed ? marked([{ text: EMPTY_MARK, changed: true }], CENTRED) : cell(null, CENTRED))),
    number(cells.page),
    marked(cells.participants, TEXT),
  ];
}

function textRuns(text: MarkedText): TextRun[] {
  return text.map((r) => (r.changed ? { text: r.text, underline: true } : { text: r.text }));
}

function heightOf(lines: number): number {
  return Math.ceil(lines * WORKBOOK_FONT.size * LINE_HEIGHT + 2);
}
