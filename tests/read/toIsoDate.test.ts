import { describe, expect, it } from 'vitest';
import { isDateLine, toIsoDate } from '../../src/read/toIsoDate.ts';

describe('toIsoDate: the date forms reports and pages use', () => {
  it.each([
    ['2018-11-26', '2018-11-26'],
    ['2018/11/26 10:00:00', '2018-11-26'],
    ['2018.11.26', '2018-11-26'],
    ['2018-11-26T10:00:00+08:00', '2018-11-26'],
    ['2018年11月26日', '2018-11-26'],
    ['2018 年 1 月 6 日', '2018-01-06'],
    ['２０１８年１１月２６日', '2018-11-26'],
    ['二〇一八年十一月二十六日', '2018-11-26'],
    ['二○二一年六月三十日', '2021-06-30'],
    ['一九五四年九月二十三日', '1954-09-23'],
    ['一九八○年八月一日', '1980-08-01'],
    ['发布时间：2021-10-15 10:20 来源：省纪委监委网站', '2021-10-15'],
  ])('%s → %s', (input, iso) => expect(toIsoDate(input)).toBe(iso));

  it('a Date from YAML', () => expect(toIsoDate(new Date(Date.UTC(2018, 10, 26)))).toBe('2018-11-26'));

  it.each(['2018年', '2018年11月', '2018-02-30', '2018年13月1日', '11月26日', '二〇一八年十十月一日', '', 'abc'])(
    'no full valid date in %j',
    (input) => expect(toIsoDate(input)).toBeUndefined(),
  );

  it('isDateLine: the whole line is a date', () => {
    expect(isDateLine('2018年11月26日')).toBe(true);
    expect(isDateLine('二〇一八年十一月二十六日')).toBe(true);
    expect(isDateLine('截至2018年11月26日')).toBe(false);
    expect(isDateLine('2018年11月26日,市委召开会议')).toBe(false);
  });
});
