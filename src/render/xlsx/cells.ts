import type { Words } from '../types.js';
import type { CellSpec, CellStyle, CellValue, ListValidation } from './spec.js';

/** Font Windows and Office ship, so the workbook looks the same on every council PC. */
export const WORKBOOK_FONT = { name: 'BIZ UDPゴシック', size: 10 } as const;
export const MARK = '●';

/**
 * Dates as the plan writes them, 令和7年(2025年)4月1日, from a real date cell: Excel's Japanese
 * era codes (ggg, e) beside the Western year. Both write an era's first year as 1年, not 元年:
 * right for every date from 2020 on, which covers this plan (adopted 2024).
 */
export const JAPANESE_DATE_FORMAT = '[$-411]ggge"年("yyyy"年)"m"月"d"日"';

export const FILLS = { header: 'e4ebf3', group: 'c9d7e8', section: 'f3f6fa', title: 'ffffff' } as const;

export function cell(value: CellValue | null, style?: CellStyle): CellSpec {
  return style ? { value, style } : { value };
}

export const header = (text: string, extra: CellStyle = {}): CellSpec => cell(text, { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, fill: FILLS.header, ...extra });
export const centred = (value: CellValue | null): CellSpec => cell(value, { horizontal: 'center', vertical: 'middle' });
export const text = (value: string): CellSpec => cell(value, { vertical: 'middle', wrap: true });
export const mark = (on: boolean): CellSpec => centred(on ? MARK : null);

/** What a ● cell says when something else is typed, from templates with keys markErrorTitle and markError. */
export function markError(words: Words): NonNullable<ListValidation['error']> {
  return { title: words('markErrorTitle'), message: words('markError') };
}

/** Cells that take ● or nothing; `error` says so in the template's words when something else is typed. */
export function markValidation(range: string, error?: ListValidation['error']): ListValidation {
  return error ? { range, list: [MARK], error } : { range, list: [MARK] };
}
