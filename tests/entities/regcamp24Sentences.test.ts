import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Regulations and campaigns in kinds of official text the earlier sets lack: a 巡察整改 report's rounds and years, a
// county's drives named by numbers and by round, quoted names chained before one head, movements raised, ordinances cited
// by article, local rules with their level and revision year, a county's rules implementing a law. Written by hand before
// the extractor was run on them (tests/fixtures/regcamp24/sentences.tsv; its header says how they were written and
// judged). Each sentence is extracted alone.
// First run (branch regcamp24 at its first round, whose fixes came from regcamp23's misses, not from these): campaign
// P 1 (15/15) R .833 (15/18), regulation P 1 (13/13) R 1 (13/13).
// A drive carried on after it is started (…行动启动以来), quoted names chained before a programme's head of three characters
// (“强基”“固本”双提升工程), a year between the verb and a quoted name (深入推进2024年“清廉桐川”建设): campaign P 1 (18/18)
// R 1 (18/18).
const FLOORS = { campaign: { p: 1, r: 1 }, regulation: { p: 1, r: 1 } };

const rows = readSentenceSet(new URL('../fixtures/regcamp24/sentences.tsv', import.meta.url), ['campaign', 'regulation'] as const);

describe('campaigns and regulations in hand-written sentences of untuned official text (regcamp24)', () => {
  itKeepsFloors(rows, FLOORS, 'REGCAMP24_VERBOSE');
});
