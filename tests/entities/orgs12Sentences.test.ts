import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of two genres, written by hand before the extractor was run on them (tests/fixtures/orgs12/sentences.tsv;
// its header says how they were written and judged): bulletins of county bureaus, courts and their tribunals, police
// stations, regulators, hospitals, schools, cooperatives, SOEs and social bodies (rows g…), and news of business, sport,
// science, diplomacy and Hong Kong/Macao/Taiwan (rows n…). Each sentence is extracted alone.
// First run (e8f9c33, main 269ea0c, before any fix of this set): organization P .927 (51/55) R .689 (51/74), person P 0
// (0/2) R 0 (0/1), place P .917 (11/12) R .846 (11/13).
// Two level bodies joined by 和 that jieba reads as the county 和县 (县中医医院|和县|妇幼保健院), stations and tribunals by
// their town's short name (瓶窑派出所, 新登人民法庭), exchanges (上海证券交易所, 伦敦金属交易所): organization P .969 (62/64)
// R .838 (62/74).
const FLOORS = {
  organization: { p: 0.968, r: 0.837 },
  person: { p: 0, r: 0 },
  place: { p: 0.916, r: 0.846 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs12/sentences.tsv', import.meta.url), ['organization', 'person', 'place'] as const);

describe('organizations in hand-written sentences of county bulletins and news (orgs12)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS12_VERBOSE');
});
