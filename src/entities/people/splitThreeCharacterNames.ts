import type { EntityContext } from '../context.ts';
import { NOT_IN_NAME } from './personNames.ts';
import { cueBefore, cued, NAME_WORD_TAG, wholeName, type NameHit } from './untitledNames.ts';
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

/**
 * jieba cut a three-character name before its last character and glued that to the 家 of the household or to a function
 * word after it (村民刘长/x|根家/x): after a cue the name is the three, as readName reads it after a post. `i` is the token
 * of the surname and the first given character.
 */
export function nameGluedBeforeLast(ctx: EntityContext, i: number, sl: number): NameHit | undefined {
  const t = ctx.seg.tokens[i]!;
  const next = ctx.seg.tokens[i + 1];
  if (t.word.length - sl !== 1 || !next || next.start !== t.end || next.tag !== 'x' || next.word.length !== 2 || !isHan(next.word))
    return undefined;
  if (NOT_IN_NAME.has(next.word[0]!) || (next.word[1] !== '家' && !NOT_IN_NAME.has(next.word[1]!))) return undefined;
  return cueBefore(ctx, t.start) ? { start: t.start, end: t.end + 1, score: 0.7 } : undefined;
}
