import type { EntityContext } from '../context.ts';
import { tokensIn } from '../segment.ts';
import { isHan } from '../../text/han.ts';

// How far a name read after a post or a kind of person (findPeople's readName) may reach beyond the surname lists, and
// what a kind of person, a weaker cue than a post, does not let through.

// Tags of a word that no given name is: verbs, adverbs, function words, numbers and times (党员|全/a|覆盖/v).
const NOT_GIVEN_WORD = /^(v|vd|vn|d|p|c|u[a-z]?|r|m|q|f|t)$/;

/**
 * A kind of person says less than a post: after one, a reading made of words of the language is none (党员全覆盖,
 * 烈士纪念园: 纪念/n|园): a word of two characters or more opening it that jieba does not read as a name, or a verb or
 * function word after the surname.
 */
export function wordsOfTheLanguage(ctx: EntityContext, start: number, end: number): boolean {
  const words = tokensIn(ctx.seg, start, end);
  const first = words[0]!;
  if (first.word.length >= 2 && !/^(nr|nrfg|x)$/.test(first.tag)) return true;
  // A surname jieba reads as one (汪/nr|建明/v, 王/nr|立新/d) vouches for the word after it.
  if (first.tag === 'nr' && first.word.length === 1) return false;
  return words.some((w) => w.start > start && w.word.length >= 2 && NOT_GIVEN_WORD.test(w.tag));
}

/**
 * A surname outside the lists that jieba still reads as a name (区委副书记翦/nr|红梅/nr, 乡长蹇/nr|华伟/x): after a post, a
 * character jieba's dictionary tags as a name when alone, before a given name of one or two characters jieba reads as a
 * name or leaves unknown. Its length (1), or 0.
 */
export function rareSurnameBeforeName(ctx: EntityContext, at: number): number {
  const { seg } = ctx;
  const t = seg.tokens[seg.tokenAt[at]!];
  if (!t || t.start !== at || t.end !== at + 1 || t.tag !== 'nr') return 0;
  const given = seg.tokens[seg.tokenAt[at + 1]!];
  // jieba files some given names as other proper nouns (被告人仉/nr|建华/nz).
  return given && given.start === at + 1 && given.word.length <= 2 && /^(nr|nrfg|nz|x)$/.test(given.tag) && isHan(given.word) ? 1 : 0;
}
