import type { CalendarDate } from '../../calendar-date.js';

/**
 * A workbook described as plain data. Renderers build this; the write stage turns it into an
 * .xlsx with exceljs, so exceljs (slow to load) is only loaded when a workbook is written and
 * the renderers stay pure.
 */
export interface WorkbookSpec {
  readonly properties: {
    readonly title: string;
    readonly subject: string;
    /** The issuing body: creator, last modified by and company. */
    readonly creator: string;
    readonly date: CalendarDate;
  };
  /** Applied to every cell of every sheet. */
  readonly font: { readonly name: string; readonly size: number };
  readonly sheets: readonly SheetSpec[];
}

/** A date is a real date cell (a serial number Excel can sort and compute with), shown by its style's `numberFormat`. */
export type CellValue = string | number | { readonly formula: string; readonly result: number } | { readonly date: CalendarDate };

export interface CellStyle {
  readonly bold?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle';
  readonly wrap?: boolean;
  /** Characters stacked top to bottom. */
  readonly verticalText?: boolean;
  /** ARGB-less hex, e.g. e4ebf3. */
  readonly fill?: string;
  readonly fontSize?: number;
  /** Excel's number format code, e.g. for a date, or '@' for text typed as it is (a code keeps its leading 0). */
  readonly numberFormat?: string;
  /** Editable on a protected sheet (see SheetSpec.protect), where every other cell is locked. */
  readonly unlocked?: boolean;
}

export interface CellSpec {
  readonly value: CellValue | null;
  readonly style?: CellStyle;
  /** `value`'s text in runs, written as rich text: a 新旧対照表 underlines its changed characters. */
  readonly runs?: readonly TextRun[];
}

export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly underline?: boolean;
}

export interface SheetSpec {
  readonly name: string;
  /** Widths in Excel's character units. */
  readonly columns: readonly number[];
  /**
   * By column, the style of its cells that no row writes: what a cell typed below the last row
   * takes (unlocked, its number format), so rows a user adds behave as the rows written.
   */
  readonly columnStyles?: readonly (CellStyle | undefined)[];
  /**
   * Locked cells cannot be changed (unlocked ones can; columns may be widened and rows added).
   * No password: it guards against slips, not people, and a password's random salt would make
   * every workbook's bytes differ.
   */
  readonly protect?: boolean;
  /** Not shown among the sheet tabs (Excel's and LibreOffice's 再表示 show it again). */
  readonly hidden?: boolean;
  /** From A1; every row as long as `columns`, with null for a cell covered by a merge. */
  readonly rows: readonly (readonly (CellSpec | null)[])[];
  /** Row heights in points, by 1-based row number, where the default does not fit. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly merges: readonly string[];
  /** Rows and columns kept in view when scrolling. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly autoFilter?: string;
  /** Ranges whose cells may only hold one of `list` (or be blank). */
  readonly listValidations: readonly ListValidation[];
  readonly print: {
    readonly paper: 'A4' | 'A3';
    readonly orientation: 'portrait' | 'landscape';
    /** Fitted one page tall as well as wide (otherwise as many pages tall as it takes). */
    readonly onePage?: boolean;
    /** Rows repeated on every printed page, e.g. '1:3'. */
    readonly titleRows: string;
    /** Plain text; the write stage escapes & and adds the codes. */
    readonly header: string;
    /** Plain text around the page number: `- ` + page + ` -`. */
    readonly footer: { readonly before: string; readonly after: string };
  };
}

export interface ListValidation {
  readonly range: string;
  /**
   * The values allowed, written into the validation (at most 255 characters joined by commas:
   * Excel repairs a file with a longer one), or the absolute reference of the cells that hold
   * them (`'記入方法'!$B$5:$B$27`), for a longer list.
   */
  readonly list: readonly string[] | { readonly cells: string };
  /**
   * What Excel and LibreOffice show when something else is typed: a title (Excel allows 32
   * characters) and a message saying what is allowed (255). Without it they show their own.
   */
  readonly error?: { readonly title: string; readonly message: string };
}

/** 1 → A, 27 → AA */
export function columnLetter(n: number): string {
  let out = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) out = String.fromCharCode(65 + ((i - 1) % 26)) + out;
  return out;
}

/** The cells of one column from row `first` to `last` on another sheet, as a formula names them: 'シート'!$B$5:$B$27. */
export function columnCells(sheet: string, column: number, first: number, last: number): string {
  const letter = columnLetter(column);
  return `'${sheet.replaceAll("'", "''")}'!$${letter}$${first}:$${letter}$${last}`;
}

/**
 * Geometry of a sheet, shared by the renderers (which choose widths and paper) and the writer
 * (which sets row heights). A width unit is Excel's: the width of a digit of the workbook's
 * Normal font, which the writer sets to the workbook font (BIZ UDPゴシック 10 pt, a digit about
 * 10 px), so Excel and LibreOffice measure columns alike whether or not Calibri is installed.
 */
export const UNIT_POINTS = 7.5;
/** Units a full-width character of the 10 pt workbook font takes (13.3 px), with a little room. */
const WIDE_UNITS = 1.4;
/** Points per line of text, as a multiple of the font size: BIZ UDPゴシック's line is one em, the rest is room for a fallback font. */
export const LINE_HEIGHT = 1.4;
/** The tallest row Excel allows, in points. */
export const MAX_ROW_HEIGHT = 409;
/** A row left at the default height (exceljs writes 15 pt) holds one line of the workbook font. */
export const DEFAULT_ROW_HEIGHT = 15;
/** Page margins in inches, as the writer sets them on every sheet. */
export const PAGE_MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;
/** Paper sizes in points, portrait. */
const PAPER_POINTS = { A4: { width: 595.28, height: 841.89 }, A3: { width: 841.89, height: 1190.55 } } as const;
/** The smallest scale a sheet is printed at where the data allows: 10 pt text prints at 8.5 pt or more. */
export const MIN_SCALE = 0.85;
/** A sheet is laid out to print one page wide at this scale, so that it prints at MIN_SCALE or more in Excel and LibreOffice alike. */
const TARGET_SCALE = 0.9;

export type Paper = SheetSpec['print']['paper'];
export type Orientation = SheetSpec['print']['orientation'];

/** Width units a line of text needs: full-width characters about 1.4, others 1. */
export function textUnits(line: string): number {
  return [...line].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) > 0xff ? WIDE_UNITS : 1), 0);
}

/** A width that fits `texts` on one line each (Excel has no auto-fit), between `min` and `max`. */
export function fitWidth(texts: readonly string[], min = 4, max = 60): number {
  // A loop, not Math.max(...): a column of 200,000 texts would overflow the call stack.
  let widest = 0;
  for (const t of texts) for (const line of t.split('\n')) widest = Math.max(widest, textUnits(line));
  return Math.min(max, Math.max(min, Math.ceil((widest + 2) * 2) / 2));
}

/**
 * Lines a wrapped cell needs in a column `width` units wide. Excel and LibreOffice do not grow
 * rows for wrapped text written by exceljs, so the writer sets heights from this.
 */
export function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / Math.max(1, width - 1))), 0);
}

/** Characters of a text printed stacked (one under another): each takes a line. */
export function stackedLines(text: string): number {
  return Math.max(1, ...text.split('\n').map((line) => [...line].length));
}

/** Points `lines` lines of text in `fontSize` need, with the cell's padding. */
export function textHeight(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * LINE_HEIGHT + 4);
}

/** Points of paper width inside the margins. */
export function printableWidth(paper: Paper, orientation: Orientation): number {
  const size = PAPER_POINTS[paper];
  return (orientation === 'portrait' ? size.width : size.height) - 72 * (PAGE_MARGINS.left + PAGE_MARGINS.right);
}

/** Points of paper height inside the margins (the page header and footer print in the margins). */
export function printableHeight(paper: Paper, orientation: Orientation): number {
  const size = PAPER_POINTS[paper];
  return (orientation === 'portrait' ? size.height : size.width) - 72 * (PAGE_MARGINS.top + PAGE_MARGINS.bottom);
}

/** The scale a sheet of these columns prints at when fitted one page wide (never above 100 %). */
export function printScale(columns: readonly number[], paper: Paper, orientation: Orientation): number {
  const points = columns.reduce((a, b) => a + b, 0) * UNIT_POINTS;
  return Math.min(1, printableWidth(paper, orientation) / points);
}

/**
 * A column of text that may be narrowed down to `min`, its text wrapping, when the page is too
 * narrow for it to hold its longest text on one line (at most `max` wide).
 */
export interface FlexColumn {
  readonly texts: readonly string[];
  readonly min: number;
  readonly max?: number;
}

/** Lines a text may wrap into: on a larger paper to come, and on the last one. */
const LINES_BEFORE_LARGER_PAPER = 2;
const MOST_LINES = 12;

/**
 * Widths and paper for a sheet printed one page wide: the first of `papers` on which the
 * columns print at 90 %, the text columns as wide as their longest texts need to wrap into as
 * few lines as possible (the same number for every column, never below a column's minimum),
 * then widened toward one line fewer as far as the page allows. A paper on which the texts
 * would wrap into more than two lines gives way to the next; on the last one, when even
 * twelve lines are too wide, every text column is at its minimum.
 */
export function pageLayout(columns: readonly (number | FlexColumn)[], orientation: Orientation, papers: readonly Paper[] = ['A4', 'A3']): { columns: number[]; paper: Paper } {
  const widthsFor = (lines: number) => columns.map((c) => (typeof c === 'number' ? c : flexWidth(c, lines)));
  const sum = (ws: readonly number[]) => ws.reduce((a, b) => a + b, 0);
  for (const [i, paper] of papers.entries()) {
    const budget = printableWidth(paper, orientation) / (UNIT_POINTS * TARGET_SCALE);
    const most = i === papers.length - 1 ? MOST_LINES : LINES_BEFORE_LARGER_PAPER;
    for (let lines = 1; lines <= most; lines++) {
      const widths = widthsFor(lines);
      if (sum(widths) > budget) continue;
      if (lines === 1) return { columns: widths, paper };
      // Shorter texts in a column wrap into fewer lines the wider it is: share out what is left.
      const wider = widthsFor(lines - 1);
      const mix = (k: number) => widths.map((w, c) => Math.floor((w + (wider[c]! - w) * k) * 2) / 2);
      let [low, high] = [0, 1];
      for (let step = 0; step < 20; step++) {
        const k = (low + high) / 2;
        if (sum(mix(k)) <= budget) low = k;
        else high = k;
      }
      return { columns: mix(low), paper };
    }
  }
  return { columns: columns.map((c) => (typeof c === 'number' ? c : c.min)), paper: papers[papers.length - 1] ?? 'A3' };
}

/** The narrowest width (in half units, from `min` to `max`) in which each of the column's texts wraps into at most `lines` lines a line. */
function flexWidth(column: FlexColumn, lines: number): number {
  const max = Math.max(column.min, column.max ?? 60);
  const texts = measured(column);
  // The lines a text wraps into never grow as its column widens, so the narrowest fitting
  // width on the half-unit grid is found by halving the range rather than trying each.
  const fits = (w: number) => texts.every((units) => units.reduce((n, u) => n + Math.max(1, Math.ceil(u / Math.max(1, w - 1))), 0) <= lines * units.length);
  const widthAt = (k: number) => column.min + k / 2;
  const widths = Math.ceil((max - column.min) * 2);
  if (widths === 0 || !fits(widthAt(widths - 1))) return max;
  let [low, high] = [-1, widths - 1];
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(widthAt(mid))) high = mid;
    else low = mid;
  }
  return widthAt(high);
}

const unitsOf = new WeakMap<FlexColumn, readonly (readonly number[])[]>();

/** Each text's lines in width units, worked out once per column however often its width is tried. */
function measured(column: FlexColumn): readonly (readonly number[])[] {
  let units = unitsOf.get(column);
  if (!units) unitsOf.set(column, (units = column.texts.map((t) => t.split('\n').map(textUnits))));
  return units;
}

/**
 * Row heights that fit every cell's text: a wrapped cell's lines in its (merged) width, a
 * stacked cell's characters, one line each. A cell merged over several rows shares out what its
 * rows lack among them, after the single-row cells have set theirs, each row at most Excel's
 * 409 pt. Heights the spec gives are a floor. Neither Excel nor LibreOffice grows a row for
 * merged or stacked text, so without this such text is cut. The writer sets these; a renderer
 * may call it to see how tall a sheet prints.
 */
export function fitRowHeights(spec: Pick<SheetSpec, 'columns' | 'rows' | 'merges' | 'rowHeights'>, fontSize: number): Map<number, number> {
  const spans = new Map(spec.merges.map((range) => [range.split(':')[0]!, parseRange(range)]));
  const heights = new Map(Object.entries(spec.rowHeights ?? {}).map(([row, height]) => [Number(row), height]));
  const needs: { top: number; bottom: number; height: number }[] = [];
  spec.rows.forEach((row, r) => {
    row.forEach((c, i) => {
      const text = textOf(c);
      if (c === null || text === '') return;
      const span = spans.get(`${columnLetter(i + 1)}${r + 1}`) ?? { top: r + 1, bottom: r + 1, left: i + 1, right: i + 1 };
      const size = c.style?.fontSize ?? fontSize;
      const width = spec.columns.slice(span.left - 1, span.right).reduce((a, b) => a + b, 0);
      const lines = c.style?.verticalText ? stackedLines(text) : c.style?.wrap ? wrappedLines(text, width) : text.split('\n').length;
      // One line of the workbook font fits a row of the default height.
      if (!c.style?.verticalText && lines === 1 && size <= fontSize) return;
      needs.push({ top: span.top, bottom: span.bottom, height: textHeight(lines, size) });
    });
  });
  const heightOf = (row: number) => heights.get(row) ?? DEFAULT_ROW_HEIGHT;
  for (const need of needs.sort((a, b) => a.bottom - a.top - (b.bottom - b.top))) {
    const rows = Array.from({ length: need.bottom - need.top + 1 }, (_, k) => need.top + k);
    let short = need.height - rows.reduce((n, row) => n + heightOf(row), 0);
    while (short > 0) {
      const open = rows.filter((row) => heightOf(row) < MAX_ROW_HEIGHT);
      if (open.length === 0) break;
      const share = Math.ceil(short / open.length);
      for (const row of open) {
        const grow = Math.min(share, MAX_ROW_HEIGHT - heightOf(row), short);
        heights.set(row, heightOf(row) + grow);
        short -= grow;
      }
    }
  }
  return heights;
}

/** The text a cell shows, as far as its height goes: dates and formulas take one line. */
function textOf(c: CellSpec | null): string {
  if (c === null) return '';
  if (c.runs) return c.runs.map((r) => r.text).join('');
  return typeof c.value === 'string' ? c.value : typeof c.value === 'number' ? String(c.value) : '';
}

/** "B3:C9" → its first and last rows and columns. */
export function parseRange(range: string): { top: number; bottom: number; left: number; right: number } {
  const [first, last] = range.split(':').map((a) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    if (!m) throw new Error(`not a cell address: ${a}`);
    const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), column };
  });
  const end = last ?? first!;
  return { top: first!.row, bottom: end.row, left: first!.column, right: end.column };
}
