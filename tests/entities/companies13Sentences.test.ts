import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Company names as county investment reports, court judgments, market regulators' penalty lists, export news and
// listed-company news write them, written by hand before the extractor was run on them
// (tests/fixtures/companies13/sentences.tsv; its header says how they were written and judged). Each sentence is
// extracted alone.
// First run (942af36, main f5e7735, before any rule of this set): organization P .849 (45/53) R .776 (45/58).
// A company read by its registered name's structure (registeredCompanies.ts: place + trade name + industry + legal form; a
// town before it is where it stands; a party's role before it no part of it): P 1 (58/58) R 1 (58/58), with four rows
// (c11, c22, c38, c41) taking the name after the town too, as the header says.
const FLOORS = {
  organization: { p: 1, r: 1 },
};

const rows = readSentenceSet(new URL('../fixtures/companies13/sentences.tsv', import.meta.url), ['organization'] as const);

describe('company names in hand-written sentences of reports, judgments, penalty lists and news (companies13)', () => {
  itKeepsFloors(rows, FLOORS, 'COMPANIES13_VERBOSE');
});
