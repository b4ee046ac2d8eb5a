import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// People nobody tuned for, written by hand before the extractor was run on them
// (tests/fixtures/people13/people-sentences.tsv; its header says how they were written): Tibetan, Uyghur and Mongolian
// names, names cut by a verb or followed by 家, hyphenated and dotted transliterations, Southeast Asian leaders,
// historical people, rare surnames, officials and herders of minority regions, award lists, and sentences with no person.
const FLOORS = { person: { p: 0, r: 0 } };

const rows = readSentenceSet(new URL('../fixtures/people13/people-sentences.tsv', import.meta.url), ['person'] as const);

describe('people in hand-written sentences (people13)', () => {
  itKeepsFloors(rows, FLOORS, 'PEOPLE13_VERBOSE');
});
