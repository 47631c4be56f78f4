import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/calendar-date.js';
import { formatFiscalYear, formatJapaneseDate, formatJapaneseYearMonth } from '../../src/format/japanese-date.js';

const d = (iso: string) => parseCalendarDate(iso)!;

describe('formatJapaneseDate', () => {
  it('writes dates as the sources do', () => {
    expect(formatJapaneseDate(d('2019-03-29'))).toBe('平成31年(2019年)3月29日');
    expect(formatJapaneseDate(d('2018-11-28'))).toBe('平成30年(2018年)11月28日');
    expect(formatJapaneseDate(d('2024-03-29'))).toBe('令和6年(2024年)3月29日');
  });

  it('changes era between 2019-04-30 and 2019-05-01, with 元年 for the first year', () => {
    expect(formatJapaneseDate(d('2019-04-30'))).toBe('平成31年(2019年)4月30日');
    expect(formatJapaneseDate(d('2019-05-01'))).toBe('令和元年(2019年)5月1日');
    expect(formatJapaneseDate(d('2019-12-31'))).toBe('令和元年(2019年)12月31日');
    expect(formatJapaneseDate(d('2020-01-01'))).toBe('令和2年(2020年)1月1日');
    expect(formatJapaneseDate(d('1989-01-07'))).toBe('昭和64年(1989年)1月7日');
    expect(formatJapaneseDate(d('1989-01-08'))).toBe('平成元年(1989年)1月8日');
  });

  it('does not depend on the time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Honolulu';
    try {
      expect(formatJapaneseDate(d('2019-05-01'))).toBe('令和元年(2019年)5月1日');
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('formatFiscalYear', () => {
  it('names the April–March year by the era from its May', () => {
    expect(formatFiscalYear(d('2024-04-01'))).toBe('令和6年度');
    expect(formatFiscalYear(d('2029-03-31'))).toBe('令和10年度');
    expect(formatFiscalYear(d('2019-04-01'))).toBe('令和元年度');
    expect(formatFiscalYear(d('2019-03-31'))).toBe('平成30年度');
  });
});

describe('formatJapaneseYearMonth', () => {
  it('names a month as source 002 names an edition', () => {
    const months = {
      '2025-04-01': '令和7年(2025年)4月',
      '2020-04-15': '令和2年(2020年)4月',
      // A month in which the era changes is named by the era of the day.
      '2019-04-30': '平成31年(2019年)4月',
      '2019-05-01': '令和元年(2019年)5月',
      '1989-01-07': '昭和64年(1989年)1月',
      '1989-01-08': '平成元年(1989年)1月',
    };
    for (const [iso, text] of Object.entries(months)) expect(formatJapaneseYearMonth(d(iso)), iso).toBe(text);
  });
});
