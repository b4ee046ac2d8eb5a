import type { EntityContext } from '../context.ts';
import { NOT_IN_NAME, VERB_AFTER_NAME } from './personNames.ts';
import { tagOf } from '../segment.ts';
import { cueBefore, cued, NAME_WORD_TAG, wholeName, type NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';

// Tags of a character alone that is a word of its own after a name (说/v, 和/c, 在/p, 多/m), not its last given character
// (霏/z, 钧/nr, 峰/n).
const LAST_CHAR_NOT_GIVEN = /^(v|vd|vn|a|ad|d|p|c|u.*|r|m|q|f|y|e|o)$/;
const ITEM_CLOSE = /^[，,、。；;）)]$/;

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
    NOT_IN_NAME.has(last.word)
  )
    return undefined;
  // A character jieba reads as a verb or an adjective alone, between the name word it knows and a mark that closes the
  // item, after a role (老兵李德/nr|胜/v|，): no act stands there with nothing after it, unless it is one of speech or going.
  const closesItem =
    /^(v|a)$/.test(last.tag) && ITEM_CLOSE.test(ctx.folded[last.end] ?? '') && !VERB_AFTER_NAME.has(last.word) && t.tag === 'nr';
  if (LAST_CHAR_NOT_GIVEN.test(last.tag) && !(closesItem && cueBefore(ctx, t.start))) return undefined;
  if (!wholeName({ ...t, word: t.word + last.word, tag: 'x' }, sl) || !cued(ctx, t.start, last.end)) return undefined;
  return { start: t.start, end: last.end, score: 0.7 };
}

/**
 * jieba cut a three-character name before its last character and glued that to the 家 of the household, to a function
 * word or to a verb after it (村民刘长/x|根家/x, 艺人郭长/x|福带/x|徒): after a cue the name is the three, as readName reads
 * it after a post. `i` is the token of the surname and the first given character.
 */
export function nameGluedBeforeLast(ctx: EntityContext, i: number, sl: number): NameHit | undefined {
  const start = ctx.seg.tokens[i]!.start;
  const end = lastGivenGluedAfter(ctx, i, sl);
  return end !== undefined && cueBefore(ctx, start) ? { start, end, score: 0.7 } : undefined;
}

/** The end of the three-character name whose last character jieba glued to the word after token `i` (郭长/x|福带/x), if so. */
export function lastGivenGluedAfter(ctx: EntityContext, i: number, sl: number): number | undefined {
  const t = ctx.seg.tokens[i]!;
  const next = ctx.seg.tokens[i + 1];
  if (t.word.length - sl !== 1 || !next || next.start !== t.end || next.tag !== 'x' || next.word.length !== 2 || !isHan(next.word))
    return undefined;
  return NOT_IN_NAME.has(next.word[0]!) || !endsGluedTail(next.word[1]!) ? undefined : t.end + 1;
}

/**
 * What jieba glues a name's last character to when it cuts the name before it (王受/x|文等/x, 刘长/x|根家/x, 郭长/x|福带/x):
 * a function word, the 家 of the household, or any character that is a word of its own and no given name's end (带/v).
 */
export function endsGluedTail(ch: string): boolean {
  return ch === '家' || NOT_IN_NAME.has(ch) || LAST_CHAR_NOT_GIVEN.test(tagOf(ch));
}
