import { describe, expect, it } from 'vitest';
import { knownWordId, tokensWith, wordFlag, wordHas, wordId } from '../../src/entities/wordTable.ts';
import { segment } from '../../src/entities/segment.ts';

describe('wordTable: one id per distinct word of the reports', () => {
  it('gives every token of a sentence the id of its word, one-character words and punctuation included', () => {
    const seg = segment('市政府和市人大在东莞召开会议，市政府作了报告。');
    const words = seg.tokens.map((t) => t.word);
    expect(words.filter((w) => w === '市政府')).toHaveLength(2);
    for (let k = 0; k < words.length; k++) {
      expect(seg.ids[k]).toBe(wordId(words[k]!));
      expect(knownWordId(words[k]!)).toBe(seg.ids[k]);
    }
    // The same word, whether one character or more, whatever string it arrives in, has one id.
    expect(wordId('，')).toBe(wordId(String.fromCharCode(0xff0c)));
    expect(wordId('和')).toBe(seg.ids[words.indexOf('和')]);
    expect(new Set(seg.ids).size).toBe(new Set(words).size);
  });

  it('tells a word never seen by -1 without adding it', () => {
    expect(knownWordId('从未出现过的词语甲乙')).toBe(-1);
    expect(knownWordId('从未出现过的词语甲乙')).toBe(-1);
    const id = wordId('从未出现过的词语甲乙');
    expect(knownWordId('从未出现过的词语甲乙')).toBe(id);
  });

  it('answers a flag of one-character and longer words by the word alone', () => {
    const TEMPLE_LAST = wordFlag((w) => w.endsWith('寺'));
    expect(wordHas('寺', TEMPLE_LAST)).toBe(true);
    expect(wordHas('乾明寺', TEMPLE_LAST)).toBe(true);
    expect(wordHas('寺庙', TEMPLE_LAST)).toBe(false);
    expect(wordHas('村', TEMPLE_LAST)).toBe(false);
  });
});

describe('tokensWith: the tokens of a report whose word has a flag', () => {
  it('lists in order the tokens of a sentence that end in a hotel’s word, and only those', () => {
    const HOTEL = wordFlag((w) => /(饭店|酒店|宾馆)$/.test(w));
    const PUNCTUATION = wordFlag((w) => /^[，。、]$/.test(w));
    const seg = segment('代表团下榻北京饭店，在锦江饭店、京西宾馆举行会谈。');
    const hotels = [...tokensWith(seg, HOTEL)].map((k) => seg.tokens[k]!.word);
    expect(hotels.join('|')).toMatch(/饭店.*饭店.*宾馆/);
    for (const k of tokensWith(seg, HOTEL)) expect(wordHas(seg.tokens[k]!.word, HOTEL)).toBe(true);
    expect([...tokensWith(seg, PUNCTUATION)].map((k) => seg.tokens[k]!.word)).toEqual(['，', '、', '。']);
    const all = seg.tokens.map((t, k) => k).filter((k) => wordHas(seg.tokens[k]!.word, HOTEL));
    expect([...tokensWith(seg, HOTEL)]).toEqual(all);
  });
});
