import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// People nobody tuned for, written by hand before the extractor was run on them
// (tests/fixtures/people12/people-sentences.tsv; its header says how they were written): surnames that are common words
// too (局长和丽华, 主任向东), rare surnames beside a cue, names jieba cuts, names after a preposition, speakers opening a
// sentence, Southeast Asian and Japanese names with titles, historical people, courts, minority names, award lists, and
// sentences with no person.
const FLOORS = { person: { p: 0, r: 0 } };

const rows = readSentenceSet(new URL('../fixtures/people12/people-sentences.tsv', import.meta.url), ['person'] as const);

describe('people in hand-written sentences (people12)', () => {
  itKeepsFloors(rows, FLOORS, 'PEOPLE12_VERBOSE');
});
