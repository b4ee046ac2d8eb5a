import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// People nobody tuned for, written by hand before the extractor was run on them
// (tests/fixtures/people11/people-sentences.tsv; its header says how they were written): sport results after a name,
// Japanese and Korean names, Uyghur, Tibetan and Mongolian names, people named by relation, 某 names (borderline),
// posts before and after a name, award lists, defendants, foreign leaders, and sentences with no person.
// First run (main e7a15f2, before any fix of this set): person P .939 (46/49) R .687 (46/67).
// After players named before their result (潘展乐以46秒40, 樊振东4比1战胜王楚钦): P .962 (51/53) R .761 (51/67).
// After lists a colon announces (优秀村干部有：覃海燕、龙建国…): P .968 (61/63) R .910 (61/67).
// After a Japanese surname jieba reads alone, its given name cut after it (选手山田/ns|翔/nr|太/d), and 外相 a foreign
// state's post: P .969 (62/64) R .925 (62/67).
// After one Mongolian or Tibetan name word alone beside a role or a person's act (牧民其木格和丈夫…): P .969 (63/65) R .940 (63/67).
// After a spouse named with a possessive between (杨光明和他的妻子) and a name ended before the 作 of what one delivers
// (秘书长司马|俊作/x|说明): P .985 (65/66) R .970 (65/67).
const FLOORS = { person: { p: 0.984, r: 0.97 } };

const rows = readSentenceSet(new URL('../fixtures/people11/people-sentences.tsv', import.meta.url), ['person'] as const);

describe('people in hand-written sentences (people11)', () => {
  itKeepsFloors(rows, FLOORS, 'PEOPLE11_VERBOSE');
});
