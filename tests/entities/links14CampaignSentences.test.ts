import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Campaigns in sentences written by hand by links14 before the extractor was run on them
// (tests/fixtures/links14/campaign-sentences.tsv; its header says how they were written). Each sentence is extracted alone.
// First run (main 4a39480): campaign P .556 (5/9) R .556 (5/9). Two works joined by 与 alone are one programme, a launched
// …行动 counted by the times it was done is none, a quoted programme before a thing named after it is one: P 1 (9/9) R 1 (9/9).
const FLOORS = { campaign: { p: 1, r: 1 } };

const rows = readSentenceSet(new URL('../fixtures/links14/campaign-sentences.tsv', import.meta.url), ['campaign'] as const);

describe('campaigns joined by 与, counted actions and quoted programmes before a thing (links14)', () => {
  itKeepsFloors(rows, FLOORS, 'LINKS14_VERBOSE');
});
