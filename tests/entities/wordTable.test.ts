import { describe, expect, it } from 'vitest';
import {
  knownWordId,
  tokenHas,
  tokensOf,
  tokensOfAny,
  tokensWith,
  tokensWithAny,
  wordFlag,
  wordHas,
  wordId,
} from '../../src/entities/wordTable.ts';
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

describe('tokensWithAny: the tokens of a report whose word has any of several flags', () => {
  it('lists once, in text order, the words of a people’s list that open on a surname or end in 克', () => {
    const SURNAME_FIRST = wordFlag((w) => /^[李王张]/.test(w));
    const ENDS_IN_KE = wordFlag((w) => w.endsWith('克'));
    const seg = segment('李克强总理会见了欧佩克秘书长，王毅和张克参加。');
    const listed = [...tokensWithAny(seg, SURNAME_FIRST, ENDS_IN_KE)];
    const either = seg.tokens.map((_, k) => k).filter((k) => /^[李王张]|克$/.test(seg.tokens[k]!.word));
    expect(listed).toEqual(either);
    expect(listed.map((k) => seg.tokens[k]!.word)).toContain('欧佩克');
    expect(new Set(listed).size).toBe(listed.length);
    expect([...tokensWithAny(seg, SURNAME_FIRST)]).toEqual([...tokensWith(seg, SURNAME_FIRST)]);
  });
});

describe('wordFlag: a flag may test jieba’s tag of the word', () => {
  it('lists the words of a sentence that jieba tags as places, as their tokens carry the tag', () => {
    const PLACE = wordFlag((_, tag) => tag === 'ns' || tag === '');
    const seg = segment('东莞市政府代表团在广州和深圳考察，随后前往香港。');
    const places = [...tokensWith(seg, PLACE)].map((k) => seg.tokens[k]!);
    expect(places.map((t) => t.word)).toEqual(expect.arrayContaining(['广州', '深圳', '香港']));
    expect(places.every((t) => t.tag === 'ns')).toBe(true);
    const tagged = seg.tokens.filter((t) => t.tag === 'ns');
    expect(places).toEqual(tagged);
  });
});

describe('tokensOf: the tokens of one word', () => {
  it('finds every token of a word of two characters and of one, and none of a word the report never has', () => {
    const seg = segment('实施教育改革和发展规划纲要，落实全国农业发展纲要和扶贫开发纲要。');
    const of = (w: string) => [...tokensOf(seg, w)];
    const each = (w: string) => seg.tokens.map((t, k) => (t.word === w ? k : -1)).filter((k) => k >= 0);
    expect(of('纲要')).toEqual(each('纲要'));
    expect(of('纲要')).toHaveLength(3);
    expect(of('和')).toEqual(each('和'));
    expect(of('，')).toEqual(each('，'));
    expect(of('从未出现过的词语乙丙')).toEqual([]);
  });
});

describe('tokensOfAny: the tokens of a few words at once', () => {
  it('finds in order the report’s own divisions named by a pronoun (我县, 本镇, 该乡) and nothing else', () => {
    const seg = segment('我县石桥镇和本镇团结村、该乡新华村完成改造，我县将继续推进，全县各乡镇同步实施。');
    const own = ['我县', '本镇', '该乡', '本市'];
    const got = [...tokensOfAny(seg, own)];
    const each = seg.tokens.map((t, k) => (own.includes(t.word) ? k : -1)).filter((k) => k >= 0);
    expect(got).toEqual(each);
    expect(got.map((k) => seg.tokens[k]!.word)).toEqual(['我县', '本镇', '该乡', '我县']);
    // Asked again, and with a word listed twice, the marks it set are gone: the same tokens, each once.
    expect([...tokensOfAny(seg, [...own, '我县'])]).toEqual(each);
  });

  it('finds a slash of either width standing alone, one-character words, and none where no word is known', () => {
    const seg = segment('混双决赛中何泰权／姜京珍以2比1获胜，男双冠军为王伟/李强。');
    const slashes = [...tokensOfAny(seg, ['/', '／'])].map((k) => seg.tokens[k]!.word);
    expect(slashes.length).toBe(seg.tokens.filter((t) => t.word === '/' || t.word === '／').length);
    expect(slashes.length).toBeGreaterThan(0);
    expect([...tokensOfAny(seg, ['从未出现过的词语丙丁', '从未出现过的词语丁戊'])]).toEqual([]);
    expect([...tokensOfAny(seg, [])]).toEqual([]);
  });
});

describe('wordFlag: more flags than one bank of 32 holds', () => {
  it('answers flags of the third bank per token, per word and by list, mixed with the first in tokensWithAny', () => {
    // A flag of the first bank (this file defines fewer than 32 before it), then enough flags that the last ones lie in
    // the third (the recognizers define some 60 flags, more than two banks).
    const ENDS_IN_XIAN = wordFlag((w) => w.endsWith('县'));
    expect(ENDS_IN_XIAN).toBeLessThan(32);
    const filler = Array.from({ length: 64 }, (_, n) => wordFlag((w) => w.length === 100 + n));
    const COUNTY = wordFlag((w) => w.length >= 2 && w.endsWith('县'));
    const TOWN = wordFlag((w) => w.length >= 2 && w.endsWith('镇'));
    expect(new Set([ENDS_IN_XIAN, ...filler, COUNTY, TOWN]).size).toBe(67);
    expect(COUNTY).toBeGreaterThanOrEqual(64);
    const seg = segment('安吉县递铺镇和孝丰镇推进美丽乡村建设，德清县新市镇同步实施。');
    const words = (ks: Iterable<number>) => [...ks].map((k) => seg.tokens[k]!.word);
    const counties = seg.tokens.map((_, k) => k).filter((k) => /.县$/.test(seg.tokens[k]!.word));
    const towns = seg.tokens.map((_, k) => k).filter((k) => /.镇$/.test(seg.tokens[k]!.word));
    expect([...tokensWith(seg, COUNTY)]).toEqual(counties);
    expect([...tokensWith(seg, TOWN)]).toEqual(towns);
    expect(words(tokensWith(seg, COUNTY))).toContain('安吉县');
    expect(words(tokensWith(seg, TOWN))).toContain('孝丰镇');
    for (let k = 0; k < seg.tokens.length; k++) {
      expect(tokenHas(seg, k, COUNTY)).toBe(counties.includes(k));
      expect(tokenHas(seg, k, TOWN)).toBe(towns.includes(k));
    }
    expect(wordHas('德清县', COUNTY)).toBe(true);
    expect(wordHas('德清县', TOWN)).toBe(false);
    // A flag of the first bank and one of the second, listed together in text order, each token once.
    const both = [...tokensWithAny(seg, COUNTY, TOWN, ENDS_IN_XIAN)];
    expect(both).toEqual([...new Set([...counties, ...towns])].sort((a, b) => a - b));
  });
});
