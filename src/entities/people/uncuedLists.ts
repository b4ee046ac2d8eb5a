import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { tagOf, type Token } from '../segment.ts';
import { hasFrequentSurname, isNameShaped, NOT_IN_NAME, surnameLength } from './personNames.ts';
import { FUNCTION_OPENS_GIVEN, isCommonWord, isKnownPlaceName, NOT_NAME_END, type NameHit } from './untitledNames.ts';

// Lists of people written with no post or cue beside them, as award lists and rolls of honour are (我县莫小红、黎文涛榜上
// 有名; 获奖者为：覃美玲、黄家宝、卢永康): each item shaped as a name, and jieba reading each as a name, an unknown word or a
// surname before its given name. One item that is anything else (a place, a thing, a slogan: 高起点、高标准) and the list
// is no list of people.

const LIST_MARK = '、';
// What a given name can be cut into by jieba: names, unknown words, and nouns and time words that are given names as often
// (屠/nr|建平/n, 沈/nr|国庆/t, 卢/nr|永康/ns); not verbs, adjectives, adverbs or function words (强/a|基础, 严/a|管理).
const GIVEN_TAG = /^(nr|nrfg|x|n|t|ns|nz|ng)$/;
const WHOLE_TAG = /^(nr|nrfg|x)$/;
const MAX_SEGMENT = 4;
// A given name's last character alone: a noun's or a name's morpheme, not a conjunction (高峰/nr|和/c|刘畅).
const LAST_ALONE_TAG = /^(ng|nr|nrfg|x|n|g)$/;
const LIST_CLOSE = /^[和及与]$/;

interface Item {
  start: number;
  end: number;
  // jieba's dictionary holds it as a name (柳青/nr), not only the reading in context.
  known: boolean;
  // Its first character is in no list of surnames (禚春来): a name only among names whose surnames are.
  unlisted?: boolean;
}

/** The names of every list of two or more items, all of them names by shape and by jieba's reading. */
export function namesInUncuedLists(ctx: EntityContext): NameHit[] {
  const { folded } = ctx;
  const out: NameHit[] = [];
  for (let at = folded.indexOf(LIST_MARK); at >= 0;) {
    // The marks of one list: each next one right after an item of at most four characters.
    const marks = [at];
    for (let next = folded.indexOf(LIST_MARK, at + 1); next > 0 && next - marks[marks.length - 1]! - 1 <= MAX_SEGMENT;) {
      marks.push(next);
      next = folded.indexOf(LIST_MARK, next + 1);
    }
    const items = listItems(ctx, marks);
    if (items && plausibleList(ctx, items)) for (const i of items) out.push({ start: i.start, end: i.end, score: 0.65 });
    at = folded.indexOf(LIST_MARK, marks[marks.length - 1]! + 1);
  }
  return out;
}

/** The items around the marks: the first ends at the first mark, the inner ones fill the space between, the last starts after the last mark. */
function listItems(ctx: EntityContext, marks: number[]): Item[] | undefined {
  const items: Item[] = [];
  const first = itemEndingAt(ctx, marks[0]!);
  if (!first) return undefined;
  items.push(first);
  for (let k = 1; k < marks.length; k++) {
    const inner = item(ctx, marks[k - 1]! + 1, marks[k]!);
    if (!inner) return undefined;
    items.push(inner);
  }
  const last = itemStartingAt(ctx, marks[marks.length - 1]! + 1);
  if (!last) return undefined;
  items.push(last);
  // The list may close with 和 and one more item (王强、李明和赵刚).
  const closing = LIST_CLOSE.test(ctx.folded[last.end] ?? '') ? itemStartingAt(ctx, last.end + 1) : undefined;
  if (closing) items.push(closing);
  return items;
}

function itemEndingAt(ctx: EntityContext, end: number): Item | undefined {
  for (const len of [3, 2, 4]) {
    const found = end - len >= 0 ? item(ctx, end - len, end) : undefined;
    if (found) return found;
  }
  return undefined;
}

function itemStartingAt(ctx: EntityContext, start: number): Item | undefined {
  for (const len of [3, 2, 4]) {
    const found = item(ctx, start, start + len);
    if (found) return found;
  }
  return undefined;
}

/** [start, end) is a name by its shape and by jieba's words: one name or unknown word, or a surname and its given name. */
function item(ctx: EntityContext, start: number, end: number): Item | undefined {
  const { folded, seg } = ctx;
  if (end > folded.length || !seg.boundaries.has(start) || !seg.boundaries.has(end)) return undefined;
  const name = folded.slice(start, end);
  // No mark in a name (宁静/nr|。 read as a surname, a given name and its last character alone).
  if (!isHan(name)) return undefined;
  const sl = surnameLength(name);
  if (sl === 0) return unlistedItem(ctx, start, end);
  if (NOT_NAME_END.has(name[name.length - 1]!)) return undefined;
  const tag = tagOf(name);
  if (!WHOLE_TAG.test(tag) || isKnownPlaceName(ctx, name)) return undefined;
  const words: Token[] = [];
  for (let i = seg.tokenAt[start]!; i < seg.tokens.length && seg.tokens[i]!.start < end; i++) words.push(seg.tokens[i]!);
  const whole = words.length === 1 && WHOLE_TAG.test(words[0]!.tag);
  // 其 and 在 open a given name in a word jieba read whole (薛其坤/x), as the untitled names read them.
  const opensOnFunction =
    whole && name.length === sl + 2 && FUNCTION_OPENS_GIVEN.test(name.slice(sl)) && isNameShaped(name.slice(0, sl) + name.slice(sl + 1));
  if (!isNameShaped(name) && !opensOnFunction) return undefined;
  const pieced =
    words.length > 1 &&
    words[0]!.end === start + sl &&
    words[0]!.tag === 'nr' &&
    words.slice(1).every((w) => GIVEN_TAG.test(w.tag) || w.word.length === 1);
  // …or a name word or an unknown one of the surname and the given name's first character, and its last alone (李德/nr|仁/ng,
  // 王楚/x|钦/nr).
  const cutBeforeLast =
    words.length === 2 &&
    (words[0]!.tag === 'nr' || words[0]!.tag === 'x') &&
    words[0]!.end === start + sl + 1 &&
    words[1]!.word.length === 1 &&
    LAST_ALONE_TAG.test(words[1]!.tag) &&
    end - start === sl + 2;
  if (!whole && !pieced && !cutBeforeLast) return undefined;
  return { start, end, known: tag === 'nr' };
}

/** Three characters jieba reads as one word it does not know, of no word of grammar or of the language, no place. */
function unlistedItem(ctx: EntityContext, start: number, end: number): Item | undefined {
  const t = ctx.seg.tokens[ctx.seg.tokenAt[start]!]!;
  if (end - start !== 3 || t.start !== start || t.end !== end || t.tag !== 'x' || !isHan(t.word)) return undefined;
  if ([...t.word].some((c) => NOT_IN_NAME.has(c)) || NOT_NAME_END.has(t.word[2]!) || isKnownPlaceName(ctx, t.word)) return undefined;
  if (isCommonWord(t.word.slice(0, 2)) || isCommonWord(t.word.slice(1))) return undefined;
  return { start, end, known: false, unlisted: true };
}

/**
 * Names of two characters are words as often (严查、严管 read as unknown words): each needs a frequent surname or jieba's
 * dictionary holding it as a name, and a list of them one such name (柳青/nr、李昕/x), a name of three characters beside, or
 * three or more of as many surnames (王强、李明和赵刚).
 */
function plausibleList(ctx: EntityContext, items: Item[]): boolean {
  // One name of a surname no list holds, among at least two names of three characters whose surnames are listed
  // (禚春来、逯家强、仝小娟): the others vouch for it.
  const unlisted = items.filter((i) => i.unlisted).length;
  if (unlisted > 1 || (unlisted === 1 && items.filter((i) => !i.unlisted && i.end - i.start === 3).length < 2)) return false;
  const short = items.filter((i) => i.end - i.start === 2);
  if (short.length === 0) return true;
  if (!short.every((i) => i.known || hasFrequentSurname(ctx.folded.slice(i.start, i.end)))) return false;
  if (short.length < items.length || short.some((i) => i.known)) return true;
  // Three or more, each of its own surname: a slogan's parallel terms repeat their first character (严查、严管和严惩).
  const surnames = new Set(short.map((i) => ctx.folded[i.start]));
  return items.length >= 3 && surnames.size === items.length;
}
