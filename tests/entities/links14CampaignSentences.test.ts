import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Campaigns in sentences written by hand by links14 before the extractor was run on them
// (tests/fixtures/links14/campaign-sentences.tsv; its header says how they were written). Each sentence is extracted alone.
const FLOORS = { campaign: { p: 0, r: 0 } };

const rows = readSentenceSet(new URL('../fixtures/links14/campaign-sentences.tsv', import.meta.url), ['campaign'] as const);

describe('campaigns joined by 与, counted actions and quoted programmes before a thing (links14)', () => {
  itKeepsFloors(rows, FLOORS, 'LINKS14_VERBOSE');
});
