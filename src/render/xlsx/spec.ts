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
  /** Excel's number format code, e.g. for a date. */
  readonly numberFormat?: string;
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
  /** From A1; every row as long as `columns`, with null for a cell covered by a merge. */
  readonly rows: readonly (readonly (CellSpec | null)[])[];
  /** Row heights in points, by 1-based row number, where the default does not fit. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly merges: readonly string[];
  /** Rows and columns kept in view when scrolling. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly autoFilter?: string;
  /** Ranges whose cells may only hold one of `list` (or be blank). */
  readonly listValidations: readonly { readonly range: string; readonly list: readonly string[] }[];
  readonly print: {
    readonly paper: 'A4' | 'A3';
    readonly orientation: 'portrait' | 'landscape';
    /** Rows repeated on every printed page, e.g. '1:3'. */
    readonly titleRows: string;
    /** Plain text; the write stage escapes & and adds the codes. */
    readonly header: string;
    /** Plain text around the page number: `- ` + page + ` -`. */
    readonly footer: { readonly before: string; readonly after: string };
  };
}

/** 1 → A, 27 → AA */
export function columnLetter(n: number): string {
  let out = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) out = String.fromCharCode(65 + ((i - 1) % 26)) + out;
  return out;
}

/** Excel width units a line of text needs: about two for a full-width character, one otherwise. */
function textUnits(line: string): number {
  return [...line].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) > 0xff ? 2 : 1), 0);
}

/** A width that fits `texts` (Excel has no auto-fit), between `min` and `max`. */
export function fitWidth(texts: readonly string[], min = 4, max = 60): number {
  const widest = Math.max(0, ...texts.flatMap((t) => t.split('\n').map(textUnits)));
  return Math.min(max, Math.max(min, widest + 2));
}

/**
 * Lines a wrapped cell needs in a column `width` units wide. Excel and LibreOffice do not grow
 * rows for wrapped text written by exceljs, so the writer sets heights from this.
 */
export function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / Math.max(1, width - 1))), 0);
}
