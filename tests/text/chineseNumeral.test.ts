import { describe, expect, it } from 'vitest';
import { chineseDigits, chineseNumber, chineseNumeral } from '../../src/text/chineseNumeral.ts';

describe('chineseNumber: numbers of running text', () => {
  it('reads units, zeros, 两 and big units in either order', () => {
    expect(chineseNumber('七')).toBe(7);
    expect(chineseNumber('十一')).toBe(11);
    expect(chineseNumber('二十一')).toBe(21);
    expect(chineseNumber('一百零五')).toBe(105);
    expect(chineseNumber('八千七百一十')).toBe(8710);
    expect(chineseNumber('两千')).toBe(2000);
    expect(chineseNumber('十万')).toBe(100000);
    expect(chineseNumber('一万六千七百七十')).toBe(16770);
    expect(chineseNumber('三亿五千万')).toBe(350000000);
    expect(chineseNumber('一万六千七百七十亿')).toBe(1677000000000);
  });
  it('reads a decimal part after 点', () => {
    expect(chineseNumber('七点五')).toBe(7.5);
    expect(chineseNumber('二十一点七')).toBe(21.7);
    expect(chineseNumber('一点三')).toBe(1.3);
    expect(chineseNumber('零点八')).toBe(0.8);
  });
  it('refuses what is no number: digits one by one, estimates, bare units', () => {
    expect(chineseNumber('一九八五')).toBeNull();
    expect(chineseNumber('三四百')).toBeNull();
    expect(chineseNumber('十三五')).toBeNull();
    expect(chineseNumber('百')).toBeNull();
    expect(chineseNumber('万')).toBeNull();
    expect(chineseNumber('七点')).toBeNull();
    expect(chineseNumber('')).toBeNull();
  });
});

describe('chineseDigits and chineseNumeral', () => {
  it('reads years digit by digit, with the typesetter’s circle for zero', () => {
    expect(chineseDigits('一九八○')).toBe(1980);
    expect(chineseDigits('二〇一八')).toBe(2018);
    expect(chineseDigits('十八')).toBeNull();
  });
  it('keeps the ordinals of headings to 一 … 九十九', () => {
    expect(chineseNumeral('二十三')).toBe(23);
    expect(chineseNumeral('两')).toBeNull();
    expect(chineseNumeral('一百')).toBeNull();
  });
});
