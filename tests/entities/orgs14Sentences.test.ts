import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of two genres, written by hand before the extractor was run on them (tests/fixtures/orgs14/sentences.tsv;
// its header says how they were written and judged): bulletins of county and banner bureaus, courts, procuratorates,
// police, tax and market regulators, customs, hospitals, schools, universities, institutes, cooperatives and SOEs, mostly
// of Inner Mongolia, Guangxi and Ningxia (rows g…), and news of business, sport, science, diplomacy, Hong Kong/Macao/Taiwan,
// foreign companies, UN bodies and NGOs (rows n…). Each sentence is extracted alone.
const FLOORS = {
  organization: { p: 0, r: 0 },
  person: { p: 0, r: 0 },
  place: { p: 0, r: 0 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs14/sentences.tsv', import.meta.url), ['organization', 'person', 'place'] as const);

describe('organizations in hand-written sentences of autonomous-region bulletins and news (orgs14)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS14_VERBOSE');
});
