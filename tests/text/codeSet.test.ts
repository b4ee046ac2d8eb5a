import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CodeSet, forgetPlaces } from '../../src/text/codeSet.ts';

const report = fs.readFileSync('data/reports/dongguan-2018.txt', 'utf8');
const scanned = (set: CodeSet, text: string, from = 0) => {
  const out: number[] = [];
  for (let i = set.next(text, from); i >= 0; i = set.next(text, i + 1)) out.push(i);
  return out;
};
const everyChar = (set: CodeSet, text: string, from = 0) => {
  const out: number[] = [];
  for (let i = from; i < text.length; i++) if (set.at(text, i)) out.push(i);
  return out;
};

describe('CodeSet.next: the places a set of characters stands in a text, one call per place', () => {
  it('stops before an end it is given, and steps backwards to the place before (previous), above a floor', () => {
    const text = '督导123次、约谈6次，处分22人(警告6人)。';
    const breaks = new CodeSet(['、(（)）']);
    const paren = text.indexOf('(');
    expect(breaks.next(text, 0, text.indexOf('、'))).toBe(-1);
    expect(breaks.next(text, 0, text.indexOf('、') + 1)).toBe(text.indexOf('、'));
    expect(breaks.previous(text, text.length - 1)).toBe(text.indexOf(')'));
    expect(breaks.previous(text, paren - 1)).toBe(text.indexOf('、'));
    expect(breaks.previous(text, paren - 1, text.indexOf('、') + 1)).toBe(-1);
    const levels = new CodeSet(['省市区县旗盟州']);
    const backwards: number[] = [];
    for (let i = levels.previous(report, report.length - 1); i >= 0; i = levels.previous(report, i - 1)) backwards.push(i);
    expect(backwards.reverse()).toEqual(everyChar(levels, report));
  });

  it('finds what a test of every character finds in a report: the level words 省市区县 before their bodies', () => {
    const levels = new CodeSet(['省市区县旗盟州']);
    const got = scanned(levels, report);
    expect(got.length).toBeGreaterThan(100);
    expect(got).toEqual(everyChar(levels, report));
  });

  it('finds title marks and line ends in a sentence, from a given offset on', () => {
    const text = '贯彻落实《东莞市贯彻落实〈广东省实施方案〉的实施方案》，\n修订《东莞市城市管理条例》。';
    const marks = new CodeSet(['\n', '《', '》', '〈', '〉']);
    expect(scanned(marks, text).map((i) => text[i])).toEqual(['《', '〈', '〉', '》', '\n', '《', '》']);
    expect(scanned(marks, text, text.indexOf('\n'))).toEqual([text.indexOf('\n'), text.lastIndexOf('《'), text.lastIndexOf('》')]);
  });

  it('returns -1 past the last place, from past the end and on a text with none of its characters', () => {
    const set = new CodeSet(['州']);
    const text = '推进广州、深圳、珠海协同发展';
    expect(set.next(text, 0)).toBe(3);
    expect(set.next(text, 4)).toBe(-1);
    expect(set.next(text, text.length + 5)).toBe(-1);
    expect(set.next('建设现代化经济体系', 0)).toBe(-1);
    expect(set.next(text, -3)).toBe(3);
  });
});

describe('CodeSet.placesIn: the places of several sets of characters, listed in one pass over a text', () => {
  it('lists for each set what its own scan finds in a report, whichever set asks first and whatever text came before', () => {
    const levels = new CodeSet(['省市区县旗盟州']);
    const marks = new CodeSet(['\n', '《', '》', '〈', '〉']);
    const quotes = new CodeSet(['“', '”', '\n']);
    expect(marks.placesIn('修订《东莞市城市管理条例》。')).toEqual([2, 12]);
    expect(levels.placesIn(report)).toEqual(scanned(levels, report));
    expect(marks.placesIn(report)).toEqual(scanned(marks, report));
    // A set that asks after the others listed their places in the report is listed with them.
    expect(quotes.placesIn(report)).toEqual(scanned(quotes, report));
    expect(levels.placesIn(report)).toEqual(scanned(levels, report));
    forgetPlaces();
    expect(quotes.placesIn(report)).toEqual(scanned(quotes, report));
    expect(levels.placesIn(report).length).toBeGreaterThan(100);
  });

  it('lists a line break and both marks of a title standing next to each other, and nothing in a text without them', () => {
    const text = '贯彻落实《东莞市贯彻落实〈广东省实施方案〉的实施方案》，\n修订《东莞市城市管理条例》。';
    const marks = new CodeSet(['\n', '《', '》', '〈', '〉']);
    expect(marks.placesIn(text).map((i) => text[i])).toEqual(['《', '〈', '〉', '》', '\n', '《', '》']);
    expect(marks.placesIn('建设现代化经济体系')).toEqual([]);
    expect(marks.placesIn('')).toEqual([]);
  });
});
