import type { EntityContext } from '../context.ts';
import { tagOf, wordEndingAt, wordStartingAt } from '../segment.ts';
import { isHan } from '../../text/han.ts';
import { isCommonWord } from './untitledNames.ts';
import { TITLES_AFTER, TITLES_BEFORE } from './personNames.ts';
import { CUES_AFTER, CUES_BEFORE } from './nameCues.ts';
import { isStaffNoun } from './staffNouns.ts';
import { PERSON_ROLES } from './personRoles.ts';

// A person whose name is also a word of the language (高峰 'peak', 宁静 'calm', 金花 'golden flower') is read where a post
// or a list says so (院长高峰, 分别是林晓、冯子健和宁静); elsewhere in the text the word is mostly the word (用电高峰保供,
// 勇攀科学高峰, 高峰期). Its other places are mentions only where it stands as a name: a word of its own, after a mark, a
// word of grammar, a verb, a post or a role, and before no noun it would form a phrase with.

// Tags of a word before a name that opens no phrase with it: a word of grammar or a verb (由高峰主持, 和宁静, 指出江青有野心,
// 任命努里为…).
const GRAMMAR_TAG = /^(p|c|u[a-z]*|r|d|m|q|f|t|v|vd)$/;
// Tags of a noun that closes a phrase the word would open (高峰论坛, 文明城市).
const NOUN_TAG = /^(n|vn|nz|ng|an|nt|ns|s)$/;
const ADDRESS_BEFORE = [...TITLES_BEFORE, ...CUES_BEFORE, ...PERSON_ROLES];
const ADDRESS_AFTER = new Set([...TITLES_AFTER, ...CUES_AFTER]);

/**
 * The name is a word of two characters that jieba's dictionary holds as a word of the language: not only as a name
 * transliterated or given (努里/nrt); its filing of a word as a name in general (高峰/nr, 宁静/nr) says nothing.
 */
export const isWordName = (name: string): boolean => name.length === 2 && isCommonWord(name) && !/^(nrt|nrfg)$/.test(tagOf(name));

/** The word-name at [start, end) stands as a name there, not as the word inside a phrase. */
export function standsAsName(ctx: EntityContext, start: number, end: number): boolean {
  const { seg } = ctx;
  if (!seg.boundaries.has(end)) return false;
  const next = wordStartingAt(seg, end);
  if (next && next.word.length >= 2 && NOUN_TAG.test(next.tag) && !ADDRESS_AFTER.has(next.word)) return false;
  const prev = wordEndingAt(seg, start);
  if (!prev || !isHan(prev.word) || GRAMMAR_TAG.test(prev.tag)) return true;
  return isStaffNoun(prev) || ADDRESS_BEFORE.some((a) => prev.word.endsWith(a));
}
