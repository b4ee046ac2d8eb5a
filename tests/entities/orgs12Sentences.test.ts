import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of two genres, written by hand before the extractor was run on them (tests/fixtures/orgs12/sentences.tsv;
// its header says how they were written and judged): bulletins of county bureaus, courts and their tribunals, police
// stations, regulators, hospitals, schools, cooperatives, SOEs and social bodies (rows g…), and news of business, sport,
// science, diplomacy and Hong Kong/Macao/Taiwan (rows n…). Each sentence is extracted alone.
const FLOORS = {
  organization: { p: 0, r: 0 },
  person: { p: 0, r: 0 },
  place: { p: 0, r: 0 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs12/sentences.tsv', import.meta.url), ['organization', 'person', 'place'] as const);

describe('organizations in hand-written sentences of county bulletins and news (orgs12)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS12_VERBOSE');
});
