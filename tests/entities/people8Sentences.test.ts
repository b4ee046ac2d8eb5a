import { describe, expect, it } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';
import { entitiesOf } from './entityTestKit.ts';

// People in work reports, court reports and news written by hand before the extractor was run on them
// (tests/fixtures/people8/people-sentences.tsv; its header says how they were written and judged): names after honours,
// ranks and titles, rare and compound surnames, minority, Tibetan, Mongolian and foreign names, appointments, awards and
// court cases. Each sentence is extracted alone.
// First run (5016904, main 5ae17cd, before any fix of this set): person P .966 (57/59) R .648 (57/88), place P .818 (9/11)
// R 1 (9/9), organization P .545 (6/11) R 1 (6/6).
// After the Hundred Family Surnames (pinyin-pro's data, those jieba tags as a name), kinds of people before a name
// (被告人, 老党员, 烈士, 电焊工 …), compound surnames read alone, Tibetan names with a dot, Mongolian names jieba glued to a
// function word, appointments after a colon or in a list, and 巴方 as Brazil's side: person P 1 (83/83) R .943 (83/88).
// A case named after its defendant and crime (熊建军故意伤害案, 陈德明犯盗窃罪): person P 1 (84/84) R .955 (84/88).
const FLOORS = {
  person: { p: 1, r: 0.954 },
  place: { p: 0.818, r: 1 },
  organization: { p: 0.545, r: 1 },
};

const rows = readSentenceSet(new URL('../fixtures/people8/people-sentences.tsv', import.meta.url), [
  'person',
  'place',
  'organization',
] as const);

describe('people in hand-written sentences (people8)', () => {
  itKeepsFloors(rows, FLOORS, 'PEOPLE8_VERBOSE');
});

// Sentences written after the rule on cases named after their defendant, to try it on text it was not written for.
describe('people named by a case and its crime', () => {
  const people = (s: string) =>
    entitiesOf(s)
      .filter((e) => e.type === 'person')
      .map((e) => e.name);
  it('reads the defendant before a crime and 案, or 犯…罪', () => {
    expect(people('查办了刘国强滥用职权案，追缴赃款30万元。')).toEqual(['刘国强']);
    expect(people('审结孙建平涉嫌贪污案。')).toEqual(['孙建平']);
    expect(people('陈德明犯盗窃罪被判刑。')).toEqual(['陈德明']);
  });
  it('reads no one in a kind of case or a withheld name', () => {
    for (const s of [
      '全市电信诈骗案件同比下降12%。',
      '依法审理金融诈骗案3件。',
      '审理了原副市长李某受贿案。',
      '马某涉嫌受贿案移送审查起诉。',
    ])
      expect(people(s)).toEqual([]);
  });
});
