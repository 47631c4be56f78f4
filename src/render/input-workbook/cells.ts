import type { CellKind, Column, InputValue } from '../../input-workbook/index.js';
import { cell } from '../xlsx/cells.js';
import { fitWidth, type CellSpec, type CellStyle, type FlexColumn } from '../xlsx/spec.js';

/**
 * Dates in 和暦 alone, 令和6年4月1日, as a planning officer types and reads them; the date stays a
 * real date cell. Excel writes an era's first year as 1年, never 元年 (see JAPANESE_DATE_FORMAT).
 */
export const WAREKI_DATE_FORMAT = '[$-411]ggge"年"m"月"d"日"';
/** Text as typed: 011002 keeps its leading zero instead of becoming the number 11002. */
export const TEXT_FORMAT = '@';
/** The widest a date shows in WAREKI_DATE_FORMAT (every era's name is two characters). */
const WIDEST_DATE = '令和00年00月00日';
/** Cells kept as written (ids, NO, the names of projects on other sheets): grey, so the white cells are the ones to fill in. */
const LOCKED_FILL = 'eeeeee';

/** Kinds whose cells on the rows export writes are locked: a row's identity and what is only shown. */
export function lockedKind(kind: CellKind): boolean {
  return kind === 'id' || kind === 'derived' || kind === 'reference';
}

/** How a cell of a kind shows its value, wherever it is. */
function kindStyle(kind: CellKind): CellStyle {
  switch (kind) {
    case 'mark':
    case 'integer':
      return { horizontal: 'center', vertical: 'middle' };
    case 'code':
      return { vertical: 'middle', numberFormat: TEXT_FORMAT };
    case 'date':
      return { horizontal: 'left', vertical: 'middle', numberFormat: WAREKI_DATE_FORMAT };
    default:
      return { vertical: 'middle', wrap: true };
  }
}

/** A cell of a row export writes: its identity and what is only shown are locked and grey, the rest open to edit. */
export function inputCell(value: InputValue, kind: CellKind): CellSpec {
  const style = lockedKind(kind) ? { ...kindStyle(kind), fill: LOCKED_FILL } : { ...kindStyle(kind), unlocked: true };
  // A number only shown (NO) is centred like the council workbook's.
  return cell(value, typeof value === 'number' ? { ...style, horizontal: 'center' } : style);
}

/**
 * The style of a column's cells below the rows written, which a user fills in to add a row: open
 * to edit, the id and the project's name included (a new row has no id yet and names its
 * project), except what is only ever shown.
 */
export function addedRowStyle(kind: CellKind): CellStyle {
  return kind === 'derived' ? kindStyle(kind) : { ...kindStyle(kind), unlocked: true };
}

/** What a cell shows as text, to size its column: a date as wide as any date shows. */
export function shownText(value: InputValue): string {
  if (value === null) return '';
  return typeof value === 'object' ? WIDEST_DATE : String(value);
}

/** A date column's width: a date cannot wrap, and one too wide for its cell shows as ####, so two units to spare. */
export function dateWidth(heading: string): number {
  return fitWidth([heading, WIDEST_DATE], 8) + 2;
}

/** A column's kind; only the items table of 計画 (see vision-sheet.ts) has rows that say their own. */
export function columnKind(column: Column): CellKind {
  if (column.kind === 'item') throw new Error(`column ${column.key}: its rows say their kind; the items table is written by vision-sheet.ts`);
  return column.kind;
}

/**
 * A column's width: text wraps, so it may narrow to a minimum when the page is tight; anything
 * else (a date, a code, a mark, a number) shows whole on one line.
 */
export function columnWidth(kind: CellKind, heading: string, texts: readonly string[]): number | FlexColumn {
  switch (kind) {
    case 'date':
      return dateWidth(heading);
    case 'mark':
      return fitWidth([heading, ...texts], 3.5, 8);
    case 'id':
    case 'derived':
    case 'code':
    case 'integer':
      return fitWidth([heading, ...texts], 4, 30);
    // Room to write a few words, though the plan has none yet (a member's role in a project).
    case 'lines':
      return { texts: [heading, ...texts], min: 24, max: 60 };
    default:
      return { texts: [heading, ...texts], min: Math.min(10, fitWidth([heading, ...texts])), max: 60 };
  }
}
