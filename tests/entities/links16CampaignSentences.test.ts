import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Campaigns in sentences written by hand by links16 before the extractor was run on them
// (tests/fixtures/links16/campaign-sentences.tsv; its header says how they were written). Each sentence is extracted alone.
// First run (main 3348da3): campaign P .714 (5/7) R .313 (5/16).
// Waters listed before a work's head share it; a quoted loan product, a fund and a 助学金; quoted targets one after another
// before one drive, with the verb of its target; festivals numbered by their edition or hosted under a quoted name:
// P 1 (14/14) R .875 (14/16). Left: 推进东溪、西溪城区段综合整治工程 (推进 runs no programme of …工程 alone, and nothing after
// it says the work is carried out), and a launched …排查整治 (开展安全隐患排查整治 is as often a kind of work as a drive).
const FLOORS = { campaign: { p: 1, r: 0.875 } };

const rows = readSentenceSet(new URL('../fixtures/links16/campaign-sentences.tsv', import.meta.url), ['campaign'] as const);

describe('coordinated works, loan products and funds, quote chains, hosted festivals (links16)', () => {
  itKeepsFloors(rows, FLOORS, 'LINKS16_VERBOSE');
});
