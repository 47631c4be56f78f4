import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../src/calendar-date.js';

describe('parseCalendarDate', () => {
  it('keeps the day as written', () => {
    expect(parseCalendarDate('2019-03-29')).toEqual({ year: 2019, month: 3, day: 29, iso: '2019-03-29' });
  });

  it('knows leap years and month lengths', () => {
    expect(parseCalendarDate('2024-02-29')).toBeDefined();
    expect(parseCalendarDate('2023-02-29')).toBeUndefined();
    expect(parseCalendarDate('2100-02-29')).toBeUndefined();
    expect(parseCalendarDate('2024-04-31')).toBeUndefined();
    expect(parseCalendarDate('2024-13-01')).toBeUndefined();
    expect(parseCalendarDate('2024-1-01')).toBeUndefined();
  });
});
