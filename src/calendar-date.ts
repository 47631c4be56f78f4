/**
 * A date as the plan writes it: a day in the calendar, with no time and no time zone.
 * Kept as plain numbers so no machine's local zone can move it by a day.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** YYYY-MM-DD */
  readonly iso: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date, or undefined when the text is not YYYY-MM-DD or names a day that does not exist. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, iso: text };
}

/** The date of a text already validated as one; throws if it is not. */
export function calendarDate(text: string): CalendarDate {
  const date = parseCalendarDate(text);
  if (!date) throw new RangeError(`not a calendar date: ${text}`);
  return date;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0;
}

/** Midnight UTC of the day: the one conversion to a Date, for libraries that insist on one. */
export function toUtcDate(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}
