import { byFirstCode, byLastCode } from '../../text/wordsByEdge.ts';
import { CHANGE_WORDS, LEAD_WORDS, LEVEL_WORDS } from './indicatorWords.ts';

// The word lists readPhrase cuts a phrase by, longest word first (the first that fits is the longest). A phrase is cut word
// by word, several times per number: each list is also grouped by a word's last (lead words: first) character, in the same
// order, so that a cut asks only the words that can fit and finds the same first one.
const BY_LENGTH = <T extends string>(words: readonly T[]) => [...words].sort((a, b) => b.length - a.length);
export const LEVELS = BY_LENGTH(LEVEL_WORDS);
export const CHANGES = [...CHANGE_WORDS].sort((a, b) => b[0].length - a[0].length);
export const levelsEnding = byLastCode(LEVELS, (w) => w);
export const leadsOpening = byFirstCode(BY_LENGTH(LEAD_WORDS), (w) => w);
export const changesEnding = byLastCode(CHANGES, ([w]) => w);
