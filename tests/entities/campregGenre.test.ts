import { describe, expect, it } from 'vitest';
import { precisionRecall, readSentenceSet, scoreSentenceSet } from './sentenceSetKit.ts';

// Sentences of the genre written by hand before the extractor was run on them (tests/fixtures/campreg/genre-sentences.tsv,
// its header says how they were written and judged). Each sentence is extracted alone; an entity matches an expected one
// when one of its forms (name, aliases, mentions) equals one of the expected forms, folded and without quote marks.
// First run (e0cf361, before any fix of this set): campaign P .943 (33/35) R .943 (33/35), regulation P .885 (23/26) R .622 (23/37).
// Rules named without marks (…条例 after its verb), a law's implementing rule and its nouns: regulation P 1 R .892 (33/37).
// Titles 关于…的意见 without marks after the verb or the issuer: regulation P 1 R 1 (37/37).
// 参加 ends a name on its left, a quoted post before its activity (“一把手”述责述廉) is none: campaign P 1 R .971 (34/35).
const FLOORS = { campaign: { p: 1, r: 0.97 }, regulation: { p: 1, r: 1 } };
// The second set (genre-sentences-b.tsv), written after the fixes above and before its first run. First run (3d018e5):
// campaign P 1 (13/13) R .867 (13/15), regulation P .900 (9/10) R .750 (9/12). Then (no longer blind) a body's 工作规则 and
// the civil code 民法典: regulation P .917 (11/12) R .917 (11/12). A launched …行动 past a verb inside its name
// (国企改革深化提升行动): campaign P 1 R .933 (14/15). A law named for an act (保守国家秘密法): regulation P 1 R 1 (12/12).
const FLOORS_B = { campaign: { p: 1, r: 0.93 }, regulation: { p: 1, r: 1 } };

type Kind = keyof typeof FLOORS;
const rowsOf = (file: string) =>
  readSentenceSet(new URL(`../fixtures/campreg/${file}`, import.meta.url), ['campaign', 'regulation'] as const);

const SETS: { file: string; floors: Record<Kind, { p: number; r: number }> }[] = [
  { file: 'genre-sentences.tsv', floors: FLOORS },
  { file: 'genre-sentences-b.tsv', floors: FLOORS_B },
];

describe('campaigns and regulations in hand-written sentences of the genre', () => {
  for (const { file, floors } of SETS) {
    const rows = rowsOf(file);
    for (const kind of Object.keys(floors) as Kind[]) {
      it(`${file} ${kind}: precision and recall stay at their floors`, () => {
        const { p, r } = precisionRecall(scoreSentenceSet(rows, kind), `${file} ${kind}`, !!process.env.CAMPREG_VERBOSE);
        expect(p).toBeGreaterThanOrEqual(floors[kind].p);
        expect(r).toBeGreaterThanOrEqual(floors[kind].r);
      });
    }
  }
});
