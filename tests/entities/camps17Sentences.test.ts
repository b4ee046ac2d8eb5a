import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Campaigns and regulations in sentences of county and city work reports, 巡视/巡察 and audit rectification, ecology
// inspection, rural revitalisation, education and health reports, written by hand before the extractor was run on them
// (tests/fixtures/camps17/sentences.tsv; its header says how they were written and judged). Each sentence is extracted alone.
// First run (main 947f5bf, before any fix of this set): campaign P 1 (42/42) R .894 (42/47), regulation P 1 (24/24)
// R .923 (24/26).
const FLOORS = { campaign: { p: 1, r: 0.893 }, regulation: { p: 1, r: 0.923 } };
// The second set (sentences-b.tsv), written after the first set's first run and before any fix or reading of the rules.
// First run (main 947f5bf): campaign P .962 (25/26) R .781 (25/32), regulation P 1 (10/10) R 1 (10/10).
const FLOORS_B = { campaign: { p: 0.961, r: 0.781 }, regulation: { p: 1, r: 1 } };

const rowsOf = (file: string) =>
  readSentenceSet(new URL(`../fixtures/camps17/${file}`, import.meta.url), ['campaign', 'regulation'] as const);

describe('campaigns and regulations in hand-written sentences of untuned report kinds (camps17)', () => {
  itKeepsFloors(rowsOf('sentences.tsv'), FLOORS, 'CAMPS17_VERBOSE');
  itKeepsFloors(rowsOf('sentences-b.tsv'), FLOORS_B, 'CAMPS17_VERBOSE', 'b: ');
});
