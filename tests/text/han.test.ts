import { describe, expect, it } from 'vitest';
import { isHan, isHanCode } from '../../src/text/han.ts';

describe('isHan: a word made only of Chinese characters', () => {
  it('holds for the words of a report’s sentence', () => {
    for (const w of ['东莞市', '人民政府', '推进', '粤港澳大湾区']) expect(isHan(w)).toBe(true);
  });

  it('fails on digits, letters, punctuation, spaces and the empty string', () => {
    for (const w of ['2018年', 'GDP', '增长8.5%', '，', '东莞 市', '', '5G基站', '（试行）']) expect(isHan(w)).toBe(false);
  });

  it('fails on characters outside the unified block: compatibility ideographs, marks and characters beyond it', () => {
    // 〇 (U+3007) writes a zero in 二〇一八年; U+F900 is a compatibility ideograph; 𠀀 is outside the BMP.
    for (const w of ['二〇一八年', '\uf900', '𠀀', '々']) expect(isHan(w)).toBe(false);
    expect(isHan('\u4e00\u9fff')).toBe(true);
  });
});

describe('isHanCode: one code unit read as isHan reads a character', () => {
  it('agrees with isHan on every character of a report’s byline and sentence', () => {
    const text = '东莞市人民政府　市长　梁维东\n2018年，全市GDP增长8.5%（初步核算），二〇一八年';
    for (const c of text) expect(isHanCode(c.charCodeAt(0))).toBe(isHan(c));
  });
});
