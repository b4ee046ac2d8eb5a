import type { EntityContext } from '../context.ts';
import { tagOf, type Token } from '../segment.ts';
import { hasFrequentSurname, NOT_IN_NAME } from './personNames.ts';
import { cueBefore, FUNCTION_TAG, NOT_NAME_END } from './untitledNames.ts';

/**
 * Two characters jieba does not know, after a role written before a name (选手何杰/x, 记者向明/x), whose surname is more
 * often a pronoun or preposition alone (何, 向): jieba, reading no word there, read no pronoun either. Weak, as any
 * two-character name.
 */
export function cuedFunctionSurname(ctx: EntityContext, t: Token, sl: number): 'weak' | undefined {
  if (t.tag !== 'x' || t.word.length !== 2 || sl !== 1 || !hasFrequentSurname(t.word)) return undefined;
  if (NOT_IN_NAME.has(t.word[1]!) || NOT_NAME_END.has(t.word[1]!) || !FUNCTION_TAG.test(tagOf(t.word[0]!))) return undefined;
  return cueBefore(ctx, t.start) ? 'weak' : undefined;
}
