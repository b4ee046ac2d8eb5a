import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Company names as county investment reports, court judgments, market regulators' penalty lists, export news and
// listed-company news write them, written by hand before the extractor was run on them
// (tests/fixtures/companies13/sentences.tsv; its header says how they were written and judged). Each sentence is
// extracted alone.
const FLOORS = {
  organization: { p: 0, r: 0 },
};

const rows = readSentenceSet(new URL('../fixtures/companies13/sentences.tsv', import.meta.url), ['organization'] as const);

describe('company names in hand-written sentences of reports, judgments, penalty lists and news (companies13)', () => {
  itKeepsFloors(rows, FLOORS, 'COMPANIES13_VERBOSE');
});
