import type { EntityContext } from '../context.ts';
import { NOT_IN_NAME } from './personNames.ts';
import { cued, NAME_WORD_TAG, wholeName, type NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';

// Tags of a character alone that is a word of its own after a name (说/v, 和/c, 在/p, 多/m), not its last given character
// (霏/z, 钧/nr, 峰/n).
const LAST_CHAR_NOT_GIVEN = /^(v|vd|vn|a|ad|d|p|c|u.*|r|m|q|f|y|e|o)$/;

/**
 * jieba split the last character off a three-character name and tagged it apart (张雨|霏/z): beside a cue the three are one
 * name, though the first two alone end like no name does (雨). `i` is the token of the surname and the first given character.
 */
export function nameSplitBeforeLast(ctx: EntityContext, i: number, sl: number): NameHit | undefined {
  const tokens = ctx.seg.tokens;
  const t = tokens[i]!;
  const last = tokens[i + 1];
  if (
    !NAME_WORD_TAG.test(t.tag) ||
    t.word.length - sl !== 1 ||
    last?.start !== t.end ||
    last.word.length !== 1 ||
    !isHan(last.word) ||
    NOT_IN_NAME.has(last.word) ||
    LAST_CHAR_NOT_GIVEN.test(last.tag)
  )
    return undefined;
  if (!wholeName({ ...t, word: t.word + last.word, tag: 'x' }, sl) || !cued(ctx, t.start, last.end)) return undefined;
  return { start: t.start, end: last.end, score: 0.7 };
}
