import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of two genres, written by hand before the extractor was run on them (tests/fixtures/orgs15/sentences.tsv;
// its header says how they were written and judged): reports of banners, leagues and autonomous prefectures, courts,
// procuratorates, customs, tax, market, emergency and medical insurance bureaus, SOEs, 城投 platforms, universities,
// hospitals and institutes (rows g…), and news of business, sport, science, diplomacy, Hong Kong/Macao/Taiwan, foreign
// companies and parties, UN bodies and NGOs (rows n…). Each sentence is extracted alone.
const FLOORS = {
  organization: { p: 0, r: 0 },
  person: { p: 0, r: 0 },
  place: { p: 0, r: 0 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs15/sentences.tsv', import.meta.url), ['organization', 'person', 'place'] as const);

describe('organizations in hand-written sentences of banner, prefecture and SOE reports and news (orgs15)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS15_VERBOSE');
});
