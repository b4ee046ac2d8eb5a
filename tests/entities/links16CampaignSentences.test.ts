import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Campaigns in sentences written by hand by links16 before the extractor was run on them
// (tests/fixtures/links16/campaign-sentences.tsv; its header says how they were written). Each sentence is extracted alone.
// First run (main 3348da3): campaign P .714 (5/7) R .313 (5/16).
const FLOORS = { campaign: { p: 0.71, r: 0.31 } };

const rows = readSentenceSet(new URL('../fixtures/links16/campaign-sentences.tsv', import.meta.url), ['campaign'] as const);

describe('coordinated works, loan products and funds, quote chains, hosted festivals (links16)', () => {
  itKeepsFloors(rows, FLOORS, 'LINKS16_VERBOSE');
});
