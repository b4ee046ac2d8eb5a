import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { occurrences, occurringWords, wordIndex } from '../../src/text/occurrences.ts';

const text = fs.readFileSync('data/reports/dongguan-2018.txt', 'utf8');

function byIndexOf(t: string, words: string[]): number[][] {
  return words.map((w) => {
    const out: number[] = [];
    if (w) for (let at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) out.push(at);
    return out;
  });
}

describe('occurrences', () => {
  it('finds what repeated indexOf finds, for a few words and for many (one pass over the text)', () => {
    const few = ['东莞市', '巡视', '整改', '市委', '。'];
    expect(occurrences(text, few)).toEqual(byIndexOf(text, few));
    // Many words: every 3- and 4-character stretch at a few hundred places, some repeated, one-character words and
    // overlapping occurrences (哈哈哈 in 哈哈哈哈) included.
    const many = ['', '哈哈哈', '党', '，', '东莞市', '东莞市'];
    for (let i = 0; i < text.length - 4; i += 97) many.push(text.slice(i, i + 3), text.slice(i, i + 4));
    expect(many.length).toBeGreaterThan(32);
    const t = `${text}哈哈哈哈`;
    const found = occurrences(t, many);
    expect(found).toEqual(byIndexOf(t, many));
    expect(found[1]).toEqual([t.length - 4, t.length - 3]);
  });

  it('finds the same in one text for list after list, and in the next text, as the recognizers of a report ask it', () => {
    const posts = wordIndex(['书记', '市长', '主任', '局长', ...Array.from({ length: 40 }, (_, i) => `第${i + 1}届`)]);
    const bodies = wordIndex(['市委', '市政府', '人大常委会', '政协', ...Array.from({ length: 40 }, (_, i) => `${i + 1}号`)]);
    for (const t of [text, text.slice(0, 5000), '市委书记和市长，市政府副市长。']) {
      expect(occurrences(t, posts)).toEqual(byIndexOf(t, [...posts.words]));
      expect(occurrences(t, bodies)).toEqual(byIndexOf(t, [...bodies.words]));
    }
  });

  it('finds one-character words and punctuation among many in a long report (one pass for them all)', () => {
    const marks = ['。', '，', '、', '；', '：', '党', '市', '县', '（', '）', '年度工作', '市委'];
    expect(occurrences(text, marks)).toEqual(byIndexOf(text, marks));
  });

  it('finds the same when two long texts are asked by turns (the joined text and the text as shown)', () => {
    const joined = text.replace(/\n/g, '');
    const words = ['东莞市', '巡视整改', '市委', '市委书记', '整改工作', '党风廉政建设'];
    for (let turn = 0; turn < 3; turn++) {
      expect(occurrences(text, words)).toEqual(byIndexOf(text, words));
      expect(occurrences(joined, words)).toEqual(byIndexOf(joined, words));
    }
  });

  it('finds words of a long list that open alike (市委…, 东莞…) and one-character words in it, as indexOf does', () => {
    // Hundreds of words sharing a few first pairs, some of two characters, some longer, some occurring nowhere.
    const alike = ['市委', '东莞', '党', '，', '市委书记', '市委常委', '东莞市', '东莞市委', '东莞市政府', '东莞城市'];
    for (let i = 0; i < text.length - 6; i += 131) alike.push(`市委${text.slice(i, i + 2)}`, `东莞${text.slice(i, i + 1)}`);
    alike.push('市委哈哈', '东莞哈');
    const index = wordIndex(alike);
    for (const t of [text, `${text}东莞市委`, text.slice(0, 3000)]) expect(occurrences(t, index)).toEqual(byIndexOf(t, alike));
  });
});

describe('occurringWords', () => {
  it('gives the words of a long list that occur, in the list order, with what occurrences finds for each, text after text', () => {
    // Words that open alike, words found nowhere, one-character words, and a word that occurs twice in the list.
    const list = ['东莞市', '市委', '从未出现的词', '，', '东莞', '整改', '从未出现', '市委书记', '东莞市'];
    for (let i = 0; i < text.length - 6; i += 211) list.push(text.slice(i, i + 3), `无此${i}`);
    const index = wordIndex(list);
    for (const t of [text, text.slice(0, 4000), '市委书记到东莞市调研整改，', text]) {
      const all = occurrences(t, index);
      const found = occurringWords(t, index);
      const expected = all.map((at, k) => [k, at] as const).filter(([, at]) => at.length > 0);
      expect(found.words).toEqual(expected.map(([k]) => k));
      expect(found.at).toEqual(expected.map(([, at]) => at));
    }
  });
});
