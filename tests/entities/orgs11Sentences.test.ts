import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of two genres, written by hand before the extractor was run on them (tests/fixtures/orgs11/sentences.tsv;
// its header says how they were written and judged): bulletins of county bureaus, courts and procuratorates and their
// numbered departments, hospitals, schools, cooperatives, companies and social bodies (rows g…), and news of business,
// sport, science and diplomacy (rows n…). Each sentence is extracted alone.
const FLOORS = {
  organization: { p: 0, r: 0 },
  person: { p: 0, r: 0 },
  place: { p: 0, r: 0 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs11/sentences.tsv', import.meta.url), [
  'organization',
  'person',
  'place',
] as const);

describe('organizations in hand-written sentences of county bulletins and news (orgs11)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS11_VERBOSE');
});
