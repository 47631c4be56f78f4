import type { CalendarDate } from '../calendar-date.js';

/**
 * Dates as the plan's sources write them: 平成31年(2019年)3月29日, 令和元年(2019年)5月1日, and
 * months as they name editions: 令和7年(2025年)4月.
 * One formatter for every output. The era table is explicit rather than Intl's so the result
 * never depends on the machine's ICU data or time zone. Newest first; each era runs until the
 * day before the next one starts. The initial is how forms abbreviate it (R6.4.1), which
 * src/format/era-date.ts reads back.
 */
export const ERAS = [
  { name: '令和', initial: 'R', start: '2019-05-01' },
  { name: '平成', initial: 'H', start: '1989-01-08' },
  { name: '昭和', initial: 'S', start: '1926-12-25' },
] as const;

/**
 * The first day whose date and fiscal year this formatter can both write: validation rejects
 * anything earlier. A fiscal year is named by the era of its May, so the first fiscal year
 * that falls wholly in the earliest era starts on the April 1 after that era's first May.
 */
export const EARLIEST_DATE = (() => {
  const start = ERAS.at(-1)!.start;
  const year = Number(start.slice(0, 4));
  return `${start.slice(5) <= '04-01' ? year : year + 1}-04-01`;
})();

export interface EraYear {
  readonly era: string;
  /** 1 for the era's first year. */
  readonly year: number;
}

function eraYear(date: CalendarDate): EraYear {
  const era = ERAS.find((e) => date.iso >= e.start);
  if (!era) throw new RangeError(`${date.iso} is before the eras this formatter knows (from 昭和)`);
  return { era: era.name, year: date.year - Number(era.start.slice(0, 4)) + 1 };
}

/** 1 → 元, others as digits. */
function yearNumber(year: number): string {
  return year === 1 ? '元' : String(year);
}

/** 令和6年(2024年)3月29日 */
export function formatJapaneseDate(date: CalendarDate): string {
  return `${formatJapaneseYearMonth(date)}${date.day}日`;
}

/**
 * The month a date falls in, by the era in force on that day: 令和7年(2025年)4月. Source 002
 * names each edition of the plan this way (「令和2年(2020年)4月変更版」).
 */
export function formatJapaneseYearMonth(date: CalendarDate): string {
  const { era, year } = eraYear(date);
  return `${era}${yearNumber(year)}年(${date.year}年)${date.month}月`;
}

/**
 * The fiscal year (April to March) a date falls in, by its era name: 令和6年度. A fiscal year is
 * named by the era in force from its May onwards, which is why 2019-04-01 is in 令和元年度.
 */
export function formatFiscalYear(date: CalendarDate): string {
  const fiscal = date.month >= 4 ? date.year : date.year - 1;
  const { era, year } = eraYear({ year: fiscal, month: 5, day: 1, iso: `${fiscal}-05-01` });
  return `${era}${yearNumber(year)}年度`;
}
