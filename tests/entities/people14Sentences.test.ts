import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// People nobody tuned for, written by hand before the extractor was run on them
// (tests/fixtures/people14/people-sentences.tsv; its header says how they were written): transliterations with rarer
// characters, names of rare surnames, names after a post jieba does not know or glued to the next word, historical
// people after a dynasty word, obituaries, courts and police cases with masked suspects, award lists, bylines, false
// people (a post + 同志, captions, brands) and sentences with no person.
const FLOORS = { person: { p: 0, r: 0 } };

const rows = readSentenceSet(new URL('../fixtures/people14/people-sentences.tsv', import.meta.url), ['person'] as const);

describe('people in hand-written sentences (people14)', () => {
  itKeepsFloors(rows, FLOORS, 'PEOPLE14_VERBOSE');
});
