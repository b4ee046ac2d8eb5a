import { describe, expect, it } from 'vitest';
import { precisionRecall, readSentenceSet, scoreSentenceSet } from './sentenceSetKit.ts';

// People in work reports, court reports and news written by hand before the extractor was run on them
// (tests/fixtures/people8/people-sentences.tsv; its header says how they were written and judged): names after honours,
// ranks and titles, rare and compound surnames, minority, Tibetan, Mongolian and foreign names, appointments, awards and
// court cases. Each sentence is extracted alone.
// First run (5016904, main 5ae17cd, before any fix of this set): person P .966 (57/59) R .648 (57/88), place P .818 (9/11)
// R 1 (9/9), organization P .545 (6/11) R 1 (6/6).
// After the Hundred Family Surnames (pinyin-pro's data, those jieba tags as a name), kinds of people before a name
// (被告人, 老党员, 烈士, 电焊工 …), compound surnames read alone, Tibetan names with a dot, Mongolian names jieba glued to a
// function word, appointments after a colon or in a list, and 巴方 as Brazil's side: person P 1 (83/83) R .943 (83/88).
const FLOORS = {
  person: { p: 1, r: 0.943 },
  place: { p: 0.818, r: 1 },
  organization: { p: 0.545, r: 1 },
};

type Kind = keyof typeof FLOORS;
const rows = readSentenceSet(new URL('../fixtures/people8/people-sentences.tsv', import.meta.url), [
  'person',
  'place',
  'organization',
] as const);

describe('people in hand-written sentences (people8)', () => {
  for (const kind of Object.keys(FLOORS) as Kind[]) {
    it(`${kind}: precision and recall stay at their floors`, () => {
      const { p, r } = precisionRecall(scoreSentenceSet(rows, kind), kind, !!process.env.PEOPLE8_VERBOSE);
      expect(p).toBeGreaterThanOrEqual(FLOORS[kind].p);
      expect(r).toBeGreaterThanOrEqual(FLOORS[kind].r);
    });
  }
});
