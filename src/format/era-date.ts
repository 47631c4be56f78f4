import { parseCalendarDate } from '../calendar-date.js';
import { ERAS } from './japanese-date.js';

/**
 * The day a date written otherwise than YYYY-MM-DD stands for, so a problem can give the exact
 * value to write. Reads the forms a Japanese office types: 令和6年3月29日, 令和元年5月1日,
 * R6.4.1, R6/4/1, H31.3.29, 平成31年3月29日, 2024/3/29, 2024年3月29日, in full-width or
 * half-width characters, with spaces or a weekday (金) in them.
 */
export type WrittenDate =
  | { readonly kind: 'date'; readonly iso: string }
  /** The era existed, but not on that day: 平成32年, or 令和元年4月1日 (before 令和 began); `last` is absent for the current era. */
  | { readonly kind: 'outsideEra'; readonly era: string; readonly first: string; readonly last?: string }
  /** Numbers that name no day in the calendar: 2024年2月30日. */
  | { readonly kind: 'noSuchDay' };

const ERA = `${ERAS.map((e) => e.name).join('|')}|[${ERAS.map((e) => e.initial).join('')}]`;
/** Era and year, or a four-digit year; then 年…月…日 or the same separator twice. */
const WRITTEN = new RegExp(`^(?:(${ERA})(元|\\d{1,2})|(\\d{4}))(?:年(\\d{1,2})月(\\d{1,2})日?|([./-])(\\d{1,2})\\6(\\d{1,2}))$`, 'i');
const WEEKDAY = /\([月火水木金土日](?:曜日?)?\)$/;

/** What `text` names, or undefined when it does not read as a date at all. */
export function readWrittenDate(text: string): WrittenDate | undefined {
  // NFKC turns full-width digits, letters and brackets (and ㋿, ㍻) into the ones matched below.
  const plain = text.normalize('NFKC').replace(/\s/g, '').replace(WEEKDAY, '');
  const match = WRITTEN.exec(plain);
  if (!match) return undefined;
  const [, eraText, eraYear, westernYear, kanjiMonth, kanjiDay, , month = kanjiMonth, day = kanjiDay] = match;
  const index = eraText === undefined ? -1 : ERAS.findIndex((e) => e.name === eraText || e.initial === eraText.toUpperCase());
  const era = ERAS[index];
  const year = era ? Number(era.start.slice(0, 4)) + (eraYear === '元' ? 1 : Number(eraYear)) - 1 : Number(westernYear);
  const iso = `${String(year).padStart(4, '0')}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  if (!parseCalendarDate(iso)) return { kind: 'noSuchDay' };
  if (era) {
    const next = ERAS[index - 1];
    if (iso < era.start || (next && iso >= next.start)) return { kind: 'outsideEra', era: era.name, first: era.start, ...(next ? { last: dayBefore(next.start) } : {}) };
  }
  return { kind: 'date', iso };
}

function dayBefore(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}
