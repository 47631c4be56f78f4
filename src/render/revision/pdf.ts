import type { Content, TableCell } from 'pdfmake';
import type { Comparison } from '../../compare/index.js';
import type { Model } from '../../model/index.js';
import { centredFooter, COLOURS, FONT_FAMILY, pdfInfo, ruledTable } from '../pdf/style.js';
import type { Words } from '../types.js';
import type { MarkedText } from './marked-text.js';
import { sideHeadings, type ProjectCells, type RevisionTable, type Row, type Side } from './table.js';

/**
 * The 新旧対照表 as a PDF: A4 landscape, the title centred above one table whose columns are
 * 改正後 | 改正前 | 備考, each side split into NO | 政策分野 | 連携事業名 | ①… | ページ | 参加市町村
 * so every mark keeps a column of its own. Two header rows repeat on every page: the first
 * spans each side's columns, neither uses rowSpan (pdfmake draws repeated rowSpan headers
 * wrongly); rows never split. Changed characters are underlined.
 */
export const REVISION_PDF = {
  margins: { left: 22, top: 28, right: 22, bottom: 44 },
  widths: { no: 16, field: 76, mark: 9, page: 22, participants: 68, remark: 26 },
  cellPadding: { x: 2, y: 2 },
  fontSize: { title: 14, dates: 9.5, table: 7.5, label: 6.5, footer: 8 },
  footerSide: 240,
  /**
   * An underline drawn in an empty mark cell, where there is no text to decorate: a bar of
   * the width of ● at the depth pdfmake draws a text underline in this typeface, as a
   * multiple of the font size (measured against an underlined ●).
   */
  emptyUnderline: { width: 1, depth: 1.024, thickness: 0.5 },
} as const;

export function revisionPdfDefinition(model: Model, words: Words, comparison: Comparison, table: RevisionTable) {
  const m = REVISION_PDF.margins;
  const names = { base: comparison.base, current: comparison.current };
  return {
    pageSize: 'A4' as const,
    pageOrientation: 'landscape' as const,
    pageMargins: [m.left, m.top, m.right, m.bottom] as [number, number, number, number],
    info: pdfInfo({ title: words('title', names), author: model.vision.issuer, subject: words('subject', names), date: comparison.current.asOf }),
    defaultStyle: { font: FONT_FAMILY, fontSize: REVISION_PDF.fontSize.table, lineHeight: 1.2 },
    footer: (page: number) => centredFooter(words('footerTitle', names), words('pageNumber', { page }), m, { side: REVISION_PDF.footerSide, fontSize: REVISION_PDF.fontSize.footer }),
    content: [
      { text: words('documentTitle', names), fontSize: REVISION_PDF.fontSize.title, bold: true, alignment: 'center' },
      { text: words('documentDates', names), fontSize: REVISION_PDF.fontSize.dates, alignment: 'center', margin: [0, 4, 0, 10] as [number, number, number, number] },
      revisionTableContent(words, table),
    ] satisfies Content[],
  };
}

function revisionTableContent(words: Words, table: RevisionTable): Content {
  const w = REVISION_PDF.widths;
  const sideWidths = [w.no, w.field, '*' as const, ...table.marks.map(() => w.mark), w.page, w.participants];
  const span = sideWidths.length;
  const filler = (n: number): TableCell[] => Array.from({ length: n }, () => ({}));
  const head = (text: string, extra: object = {}): TableCell => ({ text, bold: true, alignment: 'center', fillColor: COLOURS.headerFill, ...extra });
  // A fresh set of cells for each side: pdfmake writes its layout into the cell objects it is given.
  const subHeads = () => sideHeadings(words, table.marks).map((t) => head(t));
  // 備考 stands in the first header row; the cell under it only continues it, with no rule between.
  const header: TableCell[][] = [
    [head(words('columnAfter'), { colSpan: span }), ...filler(span - 1), head(words('columnBefore'), { colSpan: span }), ...filler(span - 1), head(words('columnRemark'), { border: [true, true, true, false] })],
    [...subHeads(), ...subHeads(), head('', { border: [true, false, true, true] })],
  ];
  const side = (s: Side): TableCell[] => {
    if (s.kind === 'project') return projectCells(s.cells);
    if (s.kind === 'placeholder') return [{ text: s.text, colSpan: span }, ...filler(span - 1)];
    return [{ stack: [{ text: s.label, bold: true, fontSize: REVISION_PDF.fontSize.label }, { text: runs(s.text) }], colSpan: span }, ...filler(span - 1)];
  };
  const remark = (text: string): TableCell => ({ text, alignment: 'center' });
  const body = table.rows.map((row: Row): TableCell[] =>
    row.kind === 'renumbering'
      ? [{ text: row.text, colSpan: 2 * span }, ...filler(2 * span - 1), remark(row.remark)]
      : [...side(row.after), ...side(row.before), remark(row.remark)],
  );
  return {
    table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: [...sideWidths, ...sideWidths, w.remark], body: [...header, ...body] },
    layout: ruledTable(REVISION_PDF.cellPadding),
  };
}

function projectCells(cells: ProjectCells): TableCell[] {
  const centred = (text: MarkedText): TableCell => ({ text: runs(text), alignment: 'center' });
  return [
    centred(cells.no),
    { text: runs(cells.field) },
    { text: runs(cells.name) },
    ...cells.marks.map((mark): TableCell => (mark.on ? centred([{ text: '●', changed: mark.changed }]) : mark.changed ? emptyUnderline() : { text: '' })),
    centred(cells.page),
    { text: runs(cells.participants) },
  ];
}

/** Runs as pdfmake inlines: each changed stretch is its own inline, underlined. */
function runs(text: MarkedText) {
  return text.map((r) => (r.changed ? { text: r.text, decoration: 'underline' as const } : { text: r.text }));
}

/** An empty cell's underline, drawn as a bar where a ●'s would be. */
function emptyUnderline(): TableCell {
  const { width, depth, thickness } = REVISION_PDF.emptyUnderline;
  const size = REVISION_PDF.fontSize.table;
  const x = (REVISION_PDF.widths.mark - width * size) / 2;
  return { canvas: [{ type: 'rect', x, y: depth * size - thickness / 2, w: width * size, h: thickness, color: 'black', lineWidth: 0 }] };
}
