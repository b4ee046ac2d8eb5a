import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Regulations and campaigns in kinds of official text the earlier sets lack: articles and clauses after a law, short
// names of laws with and without marks, documents cited by issuer and number, standards, local regulations, Party rules,
// plans in quotes, drives named by year and quotes, and traps (newspapers and films in 《》, a report's own title line,
// generic kinds). Written by hand before the extractor was run on them (tests/fixtures/regs21/sentences.tsv; its header
// says how they were written and judged). Each sentence is extracted alone.
// First run (main 40b463c, before any fix of this set): campaign P .941 (16/17) R 1 (16/16), regulation P 1 (30/30)
// R .882 (30/34).
// r26 and b29's “十四五”规划 then made borderline as the held-out specs make a five-year plan; with a rule passed (审议通过了)
// or amended (修订后的) read from its verb, a long-subject 管理规定, a plan by the years in its title and an outline by a
// quoted name of its own (乡村振兴战略规划（2018—2022年）, “健康中国2030”规划纲要), and 关于…的若干准则: campaign P 1 R 1
// (16/16), regulation P 1 R 1 (33/33).
const FLOORS = { campaign: { p: 1, r: 1 }, regulation: { p: 1, r: 1 } };

// The second set (sentences-b.tsv), written after the first set's first run and before any fix or reading of the rules.
// First run (main 40b463c): campaign P .875 (7/8) R 1 (7/7), regulation P 1 (15/15) R .789 (15/19).
// With the same fixes: campaign P 1 R 1 (7/7), regulation P 1 R 1 (18/18).
const FLOORS_B = { campaign: { p: 1, r: 1 }, regulation: { p: 1, r: 1 } };

const rowsOf = (file: string) =>
  readSentenceSet(new URL(`../fixtures/regs21/${file}`, import.meta.url), ['campaign', 'regulation'] as const);

describe('campaigns and regulations in hand-written sentences of untuned official text (regs21)', () => {
  itKeepsFloors(rowsOf('sentences.tsv'), FLOORS, 'REGS21_VERBOSE');
  itKeepsFloors(rowsOf('sentences-b.tsv'), FLOORS_B, 'REGS21_VERBOSE', 'b: ');
});
