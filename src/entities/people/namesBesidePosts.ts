import type { EntityContext } from '../context.ts';
import { tagOf, tokensIn, wordStartingAt } from '../segment.ts';
import {
  comesToAPlace,
  givenNameEndsInYear,
  hasFrequentSurname,
  isNameShaped,
  NOT_IN_NAME,
  surnameLength,
  TITLES_BEFORE,
  VERB_AFTER_NAME,
} from './personNames.ts';
import { gluedCommonWordSurname, rareSurnameBeforeName, unlistedSurnameAfterPost } from './readingAfterRole.ts';
import { isHan } from '../../text/han.ts';
import { cueAfter, rareSurnameOpensWord } from './untitledNames.ts';
import { endsGluedTail } from './splitThreeCharacterNames.ts';
import { lastCharInVerb } from './unknownWordNames.ts';

// Where a name beside a post begins or ends: read after a post (市委书记梁维东) or a kind of person, before 同志 or a post
// (李希同志), whatever jieba glued to it.

// Words jieba knows as something other than a name: a name-shaped word like 党委 or 负责 is not a person.
const NAME_TAGS = /^(nr|nrfg|nrt|x|ns|nz|ng|zg|b)$/;
export const COMMON_WORD_TAGS = /^(v|vd|vn|a|ad|an|d|p|c|l|i)$/;

/** A name starting at `at`: surname + one or two characters, ending where the words say it ends. */
export function readName(ctx: EntityContext, at: number): { start: number; end: number } | undefined {
  const { folded, seg } = ctx;
  const sl =
    surnameLength(folded.slice(at, at + 2)) ||
    rareSurnameBeforeName(ctx, at) ||
    gluedCommonWordSurname(ctx, at) ||
    unlistedSurnameAfterPost(ctx, at);
  if (!sl) return undefined;
  if (!seg.boundaries.has(at)) return gluedToTitle(ctx, at, sl);
  if (prepositionBeforeWord(ctx, at) || comesToAPlace(folded.slice(at, at + 2))) return undefined;
  // 任市长|时/n|主持/v: 时 after a post is the time the post was held (when mayor, he presided), before what was done then.
  if (folded[at] === '时' && wordStartingAt(seg, at)?.word === '时' && /^v/.test(wordStartingAt(seg, at + 1)?.tag ?? '')) return undefined;
  // The longest reading that ends at a word boundary and is followed by something that can follow a name.
  for (const len of [sl + 2, sl + 1]) {
    const end = at + len;
    // A text may end on a short name (…、李华、张强 with no mark after): no reading runs past its end.
    if (end > folded.length) continue;
    const name = folded.slice(at, end);
    if (!isHan(name) || !givenNameChars(ctx, name, at, sl)) continue;
    if (len === sl + 2 && verbAfterWholeName(ctx, at, end)) continue;
    if (len === sl + 2 && speechGluedToName(ctx, at, end)) continue;
    // 学生李/nr|明说/v|，: jieba read the given name and the verb of speech after it as a word (明说, to say plainly).
    if (len === sl + 2 && givenGluedToSpeech(ctx, at + sl, end)) return { start: at, end: end - 1 };
    if (len === sl + 2 && lastCharInSpeech(ctx, at, end)) return { start: at, end };
    // 吴伟因/x|严重: jieba glued a function word (因) to the name's end; the name ends before it.
    // 黄德胜以/x|涉嫌: a preposition glued to a three-character name ends it too (no given name has three characters).
    const glued = seg.tokens[seg.tokenAt[at]!]!;
    const gluedEnd =
      glued.start === at &&
      glued.end === end + 1 &&
      glued.tag === 'x' &&
      (NOT_IN_NAME.has(folded[end]!) || (len === sl + 2 && GLUED_PREPOSITION.has(folded[end]!)));
    // 王受/x|文等/x: jieba cut the name before its last character and glued that to the word after it (等, the 家 of the
    // household, 艺人郭长/x|福带/x|徒).
    const tail = seg.tokens[seg.tokenAt[end - 1] ?? -1];
    const gluedTail = len === sl + 2 && tail?.start === end - 1 && tail.end === end + 1 && tail.tag === 'x' && endsGluedTail(folded[end]!);
    if (gluedTail) return { start: at, end };
    // 李明|和/c|赵刚: a conjunction jieba reads as a word of its own ends the name before it (not 尹长|根/p, a given name's).
    if (len === sl + 2 && tail?.start === end - 1 && tail.end === end && /^[和及与同跟]$/.test(tail.word) && /^(c|p)$/.test(tail.tag))
      continue;
    if (!seg.boundaries.has(end) && !gluedEnd) continue;
    if (!gluedEnd && !plausibleName(ctx, at, end)) continue;
    if (gluedEnd) return { start: at, end };
    const after = folded.slice(end, end + 3);
    if (
      // …or the household of the one named (村民曾繁荣家的脐橙园, 家里, 家中).
      /^(同志|、|,|，|。|;|；|\)|）|和|在|主持|代表|等|为|作|带头|分别|总书记|书记|任|兼|被|因|涉嫌|诉|率|说|家的|家里|家中)/.test(after) ||
      // 烈士甘明远的遗骸, 乡长蹇华伟向…: a whole name of three characters before a function word, a compound surname's
      // too (欧阳思远、东方晓也参与…).
      (end - at >= 3 && (len === sl + 2 || sl === 2) && (NOT_IN_NAME.has(after[0]!) || WITH_SOMEONE.has(after[0]!))) ||
      !/^[\u4e00-\u9fff]/.test(after)
    )
      return { start: at, end };
    // jieba read the span as one unknown word or a name (刘以安): the words around it already bound it.
    const word = seg.tokens[seg.tokenAt[at]!]!;
    if (word.start === at && word.end === end && /^(nr|nrfg|x)$/.test(word.tag)) return { start: at, end };
    // jieba read it as a surname and a given name (赵/nr|志强/nrfg|处, 仉/nr|建华/nz|以): the words already bound it.
    const given = seg.tokens[seg.tokenAt[at + sl]!];
    if (word.start === at && word.end === at + sl && word.tag === 'nr' && given?.end === end && /^(nr|nrfg|nz)$/.test(given.tag))
      return { start: at, end };
    // A word of its own starts right after (赵月霞|出席): the name ends here.
    if (seg.tokens[seg.tokenAt[end]!]!.word.length >= 2) return { start: at, end };
  }
  return undefined;
}

const GLUED_PREPOSITION = new Set([...'以于']);

// Verbs of speech that open a quotation or its report (李华说，…; 王建称：…): jieba, not knowing a two-character name,
// may glue the verb to it as one unknown word (董事长李华说/x|，), and no given name ends in one of them before a mark.
const SPEECH = new Set([...'说称讲道']);
const SPEECH_CLOSE = /^[，,：:。“"]/;

/** [from, end) is one word of the language, a verb ending in a verb of speech, right before a mark (李|明说/v|，). */
function givenGluedToSpeech(ctx: EntityContext, from: number, end: number): boolean {
  const { folded, seg } = ctx;
  const word = seg.tokens[seg.tokenAt[from]!]!;
  return (
    word.start === from && word.end === end && word.tag === 'v' && SPEECH.has(folded[end - 1]!) && SPEECH_CLOSE.test(folded[end] ?? '')
  );
}

/** The reading [at, end) is one unknown word whose last character is a verb of speech, right before a mark. */
function speechGluedToName(ctx: EntityContext, at: number, end: number): boolean {
  const { folded, seg } = ctx;
  const word = seg.tokens[seg.tokenAt[at]!]!;
  return word.start === at && word.end === end && word.tag === 'x' && SPEECH.has(folded[end - 1]!) && SPEECH_CLOSE.test(folded[end] ?? '');
}

/**
 * A three-character name whose last character jieba glued to the verb of speech after it as a word (经理黄小|明说/v|：):
 * the first two characters one word, the verb of two characters ending in 说 or the like, then a mark; the name ends
 * inside the verb (the same reading unknownWordNames makes after a preposition).
 */
function lastCharInSpeech(ctx: EntityContext, at: number, end: number): boolean {
  const { folded, seg } = ctx;
  const head = seg.tokens[seg.tokenAt[at]!]!;
  const verb = seg.tokens[seg.tokenAt[end - 1]!]!;
  if (head.start !== at || head.end !== end - 1 || verb.start !== end - 1 || verb.end !== end + 1) return false;
  if (!SPEECH_CLOSE.test(folded[end + 1] ?? '')) return false;
  return lastCharInVerb(head, verb);
}
// Words of the language that follow a preposition as its object (向/p|全体/n, 向/p|社会/n, 于/p|近日/t): no given name.
const OBJECT_TAG = /^(n|vn|v|vd|r|s|m|t|f|d|q)$/;

/**
 * After a post, a surname that jieba reads as a preposition or conjunction alone, before a word of two characters that is
 * its object (执行主席|向/p|全体/n|代表, 主任|向/p|社会/n): the post's holder does something, no one is named. A given name
 * read as a name or an adjective stays (主席|向/p|明亮/a|受贿案, 主任|向/p|东升/nr).
 */
function prepositionBeforeWord(ctx: EntityContext, at: number): boolean {
  const { seg } = ctx;
  const head = seg.tokens[seg.tokenAt[at]!]!;
  if (head.start !== at || head.end !== at + 1 || !/^(p|c)$/.test(head.tag)) return false;
  const next = seg.tokens[seg.tokenAt[at + 1]!];
  return !!next && next.start === at + 1 && next.word.length === 2 && OBJECT_TAG.test(next.tag);
}
// Prepositions of company (区长黄文华|跟记者说, 同大家一起): after a whole three-character name, never its fourth character.
const WITH_SOMEONE = new Set([...'跟同']);

/**
 * No character of the given name is a function word (张三|在, 李四|为), except the first of two that jieba binds as a name
 * with the rest: 李为民/nr, 赵/nr|向东/nr, 刘亦凡/x — given names open on 为, 向, 从, 亦 as often as those are words. The
 * surname alone may be any word to jieba (市长|高/a|向东/nr): the given name read whole as a name is what vouches.
 */
function givenNameChars(ctx: EntityContext, name: string, at: number, sl: number): boolean {
  const given = name.slice(sl);
  if (!NOT_IN_NAME.has(given[0]!) && (given.length === 1 || !NOT_IN_NAME.has(given[1]!))) return true;
  if (givenNameEndsInYear(name, sl)) return true;
  if (given.length !== 2 || NOT_IN_NAME.has(given[1]!)) return false;
  const { seg } = ctx;
  const end = at + name.length;
  const word = seg.tokens[seg.tokenAt[at]!]!;
  if (word.start === at && word.end === end) return /^(nr|nrfg|x)$/.test(word.tag);
  // 副主席张/q|又/d|侠/nr: beside a post a surname holds no one alone, so 又 after it is no "again" but the given name's
  // first character, where jieba reads the character after it as a name's (侠/nr, 嘉/nr; not 又|一次, 又|到).
  const last = seg.tokens[seg.tokenAt[end - 1]!]!;
  if (given[0] === '又' && last.start === end - 1 && last.end === end && /^(nr|nrfg)$/.test(last.tag)) return true;
  const rest = seg.tokens[seg.tokenAt[at + sl]!]!;
  return word.start === at && word.end === at + sl && rest.start === at + sl && rest.end === end && /^(nr|nrfg)$/.test(rest.tag);
}

/**
 * A name whose surname jieba glued to the title's last character (主任何志强 cut 主|任何|志强): the given name is a word of
 * its own, read as a name, right after.
 */
function gluedToTitle(ctx: EntityContext, at: number, sl: number): { start: number; end: number } | undefined {
  const { folded, seg } = ctx;
  const glued = seg.tokens[seg.tokenAt[at]!];
  if (sl !== 1 || !glued || glued.start !== at - 1) return undefined;
  // 传承|人方见/x|尘: the title's last character, the surname and a character of the given name glued, the name's last
  // character a word of its own, before a word or a mark that ends a name.
  if (glued.end === at + 2 && glued.tag === 'x') {
    const last = seg.tokens[seg.tokenAt[at + 2]!];
    const name = folded.slice(at, at + 3);
    if (!last || last.start !== at + 2 || last.end !== at + 3 || !isHan(name) || [...name.slice(1)].some((c) => NOT_IN_NAME.has(c)))
      return undefined;
    return seg.boundaries.has(at + 3) && !/^[\u4e00-\u9fff]$/.test(wordStartingAt(seg, at + 3)?.word ?? '')
      ? { start: at, end: at + 3 }
      : undefined;
  }
  if (glued.end !== at + 1) return undefined;
  const given = seg.tokens[seg.tokenAt[at + 1]!];
  // After 主任 glued to 何 as the pronoun 任何 (any), 任何 can be nothing but the post's end and a surname: the given name
  // may be any noun jieba knows (主任|何|光明/n).
  // After a post whose last character jieba glued to the surname as a place (组|长江/ns|明/a|介绍), the place can be no
  // more than that, where the name's holder speaks right after: the given name may be any word of one character.
  const givenTags =
    glued.word === '任何' || (glued.tag === 'ns' && !!given && cueAfter(ctx, given.end)) ? /^(nr|nrfg|x|n|nz|a)$/ : /^(nr|nrfg|x)$/;
  if (!given || given.start !== at + 1 || given.word.length > 2 || !givenTags.test(given.tag)) return undefined;
  if (!isHan(given.word) || [...given.word].some((c) => NOT_IN_NAME.has(c))) return undefined;
  return { start: at, end: given.end };
}

// Tags of a word of the language that is a given name as often, right after a post (审判长方圆/n, 审判员向前/v).
const NAMED_WORD_TAG = /^(n|nz|a|an|v|vn|d|ad|i|l)$/;
// The marks that close an item of a list or a clause.
const ITEM_MARK = /^[、，,。；;]$/;

/**
 * A two-character word of the language right after a post, opening on a surname and closed by a mark (审判长方圆、, 院长
 * 高明，) or by what its holder says (副支队长金花介绍): between a post and the end of the item nothing but its holder's
 * name stands. Not a place's name, nor a word
 * opening on a surname jieba reads as a preposition or conjunction (主席向前，is the holder going forward).
 */
export function wordNamedBeforeMark(ctx: EntityContext, at: number): { start: number; end: number } | undefined {
  const { folded, seg } = ctx;
  const t = seg.tokens[seg.tokenAt[at] ?? -1];
  if (!t || t.start !== at || t.word.length !== 2 || !NAMED_WORD_TAG.test(t.tag)) return undefined;
  if (!ITEM_MARK.test(folded[t.end] ?? '') && !(SPOKEN_NAME_TAG.test(t.tag) && spokeAfter(ctx, t.end))) return undefined;
  if (!isNameShaped(t.word) || surnameLength(t.word) !== 1 || /^(p|c)$/.test(tagOf(t.word[0]!))) return undefined;
  return ctx.gaz.byName.has(t.word) ? undefined : { start: at, end: t.end };
}

// What the holder of a post says, right after the name (副支队长金花/n|介绍): as a mark, it closes the holder's name, when
// that is a noun (a verb or adverb there is how the holder speaks: 总理强调/v|指出, 主席常常/d|告诉).
const SPOKEN_NAME_TAG = /^(n|nz)$/;
const SPOKE = /^(?:介绍|说|表示|指出|强调|告诉|透露|坦言)/;

function spokeAfter(ctx: EntityContext, end: number): boolean {
  const t = wordStartingAt(ctx.seg, end);
  return !!t && SPOKE.test(t.word) && t.word.length <= 2 && /^v/.test(t.tag);
}

/** A name ending at `end` (right before 同志 or a post). */
export function readNameBefore(ctx: EntityContext, end: number): { start: number; end: number } | undefined {
  const { folded, seg } = ctx;
  for (const len of [3, 2, 4]) {
    const start = end - len;
    if (start < 0) continue;
    const name = folded.slice(start, end);
    if (!isHan(name) || !isNameShaped(name)) continue;
    // 曾任县长, 时任市长, 原任局长: before a post, 任 after a surname-shaped adverb is the verb of holding it.
    if ((len === 2 && name[1] === '任') || rareSurnameOpensWord(name, surnameLength(name))) continue;
    if (!seg.boundaries.has(start) && !isTitleEnd(folded, start)) continue;
    if (!plausibleName(ctx, start, end) || prepositionBeforeNoun(ctx, start, end)) continue;
    if (len === 3 && prepositionBeforeName(ctx, start, end)) continue;
    return { start, end };
  }
  return undefined;
}

/**
 * Mid-clause, a preposition that is also a surname, before a name of two characters jieba reads whole with one of the
 * hundred frequent surnames (丛书由/p|许钧/x、竺祖慈…等担任编委): the preposition opens the phrase, the name is the two.
 */
function prepositionBeforeName(ctx: EntityContext, start: number, end: number): boolean {
  const words = tokensIn(ctx.seg, start, end);
  return (
    words.length === 2 &&
    words[0]!.word.length === 1 &&
    words[0]!.tag === 'p' &&
    words[1]!.start === start + 1 &&
    /^(nr|x)$/.test(words[1]!.tag) &&
    hasFrequentSurname(words[1]!.word) &&
    isHan(ctx.folded[start - 1] ?? '')
  );
}

/**
 * Mid-clause, a preposition or conjunction that is also a surname before a noun of the language is what it usually is
 * (韦安德|向/p|国家/n|主席): 向国家 is no name before the post.
 */
function prepositionBeforeNoun(ctx: EntityContext, start: number, end: number): boolean {
  const words = tokensIn(ctx.seg, start, end);
  return (
    words.length === 2 &&
    words[0]!.word.length === 1 &&
    /^(p|c)$/.test(words[0]!.tag) &&
    words[1]!.word.length >= 2 &&
    /^(n|vn|s)$/.test(words[1]!.tag) &&
    isHan(ctx.folded[start - 1] ?? '')
  );
}

const isTitleEnd = (folded: string, at: number) => TITLES_BEFORE.some((t) => t !== '同志' && folded.startsWith(t, at - t.length));

/** The words covering the span are names to jieba (nr, or unknown), not ordinary words (党委, 负责, 领导). */
export function plausibleName(ctx: EntityContext, start: number, end: number): boolean {
  const words = tokensIn(ctx.seg, start, end);
  // jieba's dictionary files a few famous names under other tags (周恩来 as a time word): beside a post, a whole
  // three-character word that no time word is shaped like (a surname, then two characters) reads as the name.
  if (words.length === 1 && words[0]!.start === start && words[0]!.end === end)
    return (NAME_TAGS.test(words[0]!.tag) && words[0]!.tag !== 'ns') || (words[0]!.tag === 't' && end - start === 3);
  // A word that starts with the surname and is an ordinary verb or adjective (周总理强调说): no name.
  if (words[0]!.word.length >= 2 && COMMON_WORD_TAGS.test(words[0]!.tag)) return false;
  return words.every((t) => t.start >= start && t.end <= end) && words.some((t) => /^(nr|nrfg|nrt|x)$/.test(t.tag) || t.word.length === 1);
}

// Verbs of holding a post after its holder's name, whatever jieba tags them (副市长常青/nr|任/r|总指挥, 王明|兼/v|…).
const HOLDS_POST = new Set([...'任兼']);

/** 书记王明/nr|说/v: jieba read a two-character name whole and the character after it as a verb of its own (尹长/x|根/p is a name). */
function verbAfterWholeName(ctx: EntityContext, at: number, end: number): boolean {
  const { seg } = ctx;
  const head = seg.tokens[seg.tokenAt[at]!]!;
  const last = seg.tokens[seg.tokenAt[end - 1]!]!;
  return (
    head.start === at &&
    head.end === end - 1 &&
    /^(nr|x)/.test(head.tag) &&
    last.start === end - 1 &&
    last.end === end &&
    ((last.tag === 'v' && VERB_AFTER_NAME.has(last.word)) || HOLDS_POST.has(last.word))
  );
}
