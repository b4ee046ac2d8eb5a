import type { EntityContext } from '../context.ts';
import { tagOf, wordEndingAt } from '../segment.ts';

// Tags of the word a surname would close with the character before it (现金), and of the given name read as a word (红利).
const NOUN = /^(n|vn)$/;
const COMMON = /^(n|vn|v|a|nz)$/;

/**
 * 派发|现金红利 read 发现/v|金红利/nr: a three-character name whose surname closes a noun with the last character of the verb
 * jieba cut before it, and whose given name is a word of the language, is those words, not a name. After a noun (演员|雷佳音,
 * 专家|常建华) the name stands, though 员雷 or 家常 may read as words too.
 */
export function surnameInWordBefore(ctx: EntityContext, start: number, end: number): boolean {
  if (end - start !== 3 || start < 1) return false;
  const prev = wordEndingAt(ctx.seg, start);
  if (!prev || prev.word.length < 2 || prev.tag !== 'v') return false;
  const { folded } = ctx;
  return NOUN.test(tagOf(folded.slice(start - 1, start + 1))) && COMMON.test(tagOf(folded.slice(start + 1, end)));
}
