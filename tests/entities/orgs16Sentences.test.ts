import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of two genres, written by hand before the extractor was run on them (tests/fixtures/orgs16/sentences.tsv;
// its header says how they were written and judged): reports of agriculture, customs, Hong Kong and Macao affairs,
// overseas Chinese, disabled persons' and science associations, meteorological and forestry bureaus, free trade and
// development zones, hospitals, SOEs and their subsidiaries, 城投 platforms, chambers of commerce, the Corps' divisions,
// universities and institutes (rows g…), and news of business, sport abroad, science, diplomacy, foreign parties and
// parliaments, UN bodies and NGOs (rows n…). Each sentence is extracted alone.
// First run (96c963c, main 3348da3, before any fix of this set): organization P .897 (61/68) R .772 (61/79), person P 1
// (5/5) R .833 (5/6), place P .750 (6/8) R .857 (6/7).
// The State Council's financial regulators by their short names (证监会), a verb jieba files as a noun before the place
// opening a bank (指导|衢州农商银行), a group and what it owns (市城投集团|所属|市水务集团), a party's modifier (新|民主党),
// 国际米兰队, a chamber abroad named with its country (法国青田同乡会): organization P .958 (68/71) R .861 (68/79), place P
// .857 (6/7).
// A province's 农村信用社联合社 by its level word, 国民大会 a head (非洲人国民大会), a company set up and named by no name a
// kind (合资成立|电动汽车|研发|公司): organization P .972 (70/72) R .886 (70/79).
const FLOORS = {
  organization: { p: 0.972, r: 0.886 },
  person: { p: 1, r: 0.833 },
  place: { p: 0.857, r: 0.857 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs16/sentences.tsv', import.meta.url), ['organization', 'person', 'place'] as const);

describe('organizations in hand-written sentences of bureau, association, SOE and zone reports and news abroad (orgs16)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS16_VERBOSE');
});
