import { describe, expect, it } from 'vitest';
import { readWrittenDate } from '../../src/format/era-date.js';

describe('readWrittenDate', () => {
  it.each([
    ['令和6年3月29日', '2024-03-29'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年3月29日', '2019-03-29'],
    ['平成元年1月8日', '1989-01-08'],
    ['昭和64年1月7日', '1989-01-07'],
    ['R6.4.1', '2024-04-01'],
    ['R6/4/1', '2024-04-01'],
    ['r6-4-1', '2024-04-01'],
    ['H31.3.29', '2019-03-29'],
    ['S64.1.7', '1989-01-07'],
    ['Ｒ６．４．１', '2024-04-01'],
    ['㋿6年3月29日', '2024-03-29'],
    ['2024/3/29', '2024-03-29'],
    ['2024.03.29', '2024-03-29'],
    ['2024-3-9', '2024-03-09'],
    ['2024年3月29日', '2024-03-29'],
    ['２０２４年３月２９日', '2024-03-29'],
    ['令和 6年 3月 29日（金）', '2024-03-29'],
    ['2024年3月29日(金曜日)', '2024-03-29'],
  ])('%s is %s', (written, iso) => {
    expect(readWrittenDate(written)).toEqual({ kind: 'date', iso });
  });

  it('knows where each era ends and begins, from the table the formatter prints with', () => {
    expect(readWrittenDate('平成31年4月30日')).toEqual({ kind: 'date', iso: '2019-04-30' });
    expect(readWrittenDate('平成31年5月1日')).toEqual({ kind: 'outsideEra', era: '平成', first: '1989-01-08', last: '2019-04-30' });
    expect(readWrittenDate('平成32年1月1日')).toEqual({ kind: 'outsideEra', era: '平成', first: '1989-01-08', last: '2019-04-30' });
    expect(readWrittenDate('令和1年4月1日')).toEqual({ kind: 'outsideEra', era: '令和', first: '2019-05-01' });
    expect(readWrittenDate('R1.4.30')).toEqual({ kind: 'outsideEra', era: '令和', first: '2019-05-01' });
    expect(readWrittenDate('昭和64年1月8日')).toEqual({ kind: 'outsideEra', era: '昭和', first: '1926-12-25', last: '1989-01-07' });
    expect(readWrittenDate('昭和元年12月24日')).toEqual({ kind: 'outsideEra', era: '昭和', first: '1926-12-25', last: '1989-01-07' });
  });

  it('says when the numbers name no day at all', () => {
    expect(readWrittenDate('2024/2/30')).toEqual({ kind: 'noSuchDay' });
    expect(readWrittenDate('令和5年2月29日')).toEqual({ kind: 'noSuchDay' });
    expect(readWrittenDate('2024年13月1日')).toEqual({ kind: 'noSuchDay' });
  });

  it('guesses nothing from what is not a date', () => {
    for (const text of ['', 'いつか', '2024', '2024/3-29', '24/3/29', 'X6.4.1', '令和6年3月']) expect(readWrittenDate(text), text).toBeUndefined();
  });
});
