import type { EntityContext } from '../context.ts';
import { tagOf, tokensIn } from '../segment.ts';
import { hasFrequentSurname, NOT_IN_NAME, surnameLength } from './personNames.ts';
import { cueBefore, isCommonWord, NOT_NAME_END, type NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';
import { HUNDRED_FAMILY_SINGLE, SINGLE_READ_AS_NAMES } from '../data/hundredFamilySurnames.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

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
  // jieba glued the kind's last character to the surname (户|主张/n|秀英): that word is the kind's and the surname's, no
  // word of the reading; what follows the surname decides.
  if (first.start < start) return words.some((w) => w.start > start && w.word.length >= 2 && NOT_GIVEN_WORD.test(w.tag));
  if (first.word.length >= 2 && !/^(nr|nrfg|x)$/.test(first.tag)) return true;
  // A surname jieba reads as one (汪/nr|建明/v, 王/nr|立新/d), or as a bound morpheme where it reads that character as a
  // name elsewhere (种粮大户刘/zg|满仓/v), vouches for the word after it.
  if (first.word.length === 1 && (first.tag === 'nr' || (first.tag === 'zg' && SINGLE_READ_AS_NAMES.includes(first.word)))) return false;
  // An adverb or a word of grammar, then a verb or another such word alone (居民|都/d|能/v|得到): words, no name.
  if (NOT_GIVEN_WORD.test(first.tag) && words.length === 2 && words[1]!.word.length === 1 && NOT_GIVEN_WORD.test(words[1]!.tag))
    return true;
  return words.some((w) => w.start > start && w.word.length >= 2 && NOT_GIVEN_WORD.test(w.tag));
}

/**
 * A surname outside the lists that jieba still reads as a name (区委副书记翦/nr|红梅/nr, 乡长蹇/nr|华伟/x): after a post, a
 * character jieba's dictionary tags as a name when alone, before a given name of one or two characters jieba reads as a
 * name or leaves unknown, or of two that make a word of the language (证人笪/nr|国庆/t). Its length (1), or 0.
 */
export function rareSurnameBeforeName(ctx: EntityContext, at: number): number {
  const { seg } = ctx;
  const t = seg.tokens[seg.tokenAt[at]!];
  if (!t || t.start !== at || t.end !== at + 1 || t.tag !== 'nr') return 0;
  const given = seg.tokens[seg.tokenAt[at + 1]!];
  if (!given || given.start !== at + 1 || given.word.length > 2 || !isHan(given.word)) return 0;
  // jieba files some given names as other proper nouns (被告人仉/nr|建华/nz), and a given name of two characters is as
  // often a word of the language (证人笪/nr|国庆/t): no character of it one that ends a name or opens none.
  if (/^(nr|nrfg|nz|x)$/.test(given.tag)) return 1;
  return given.word.length === 2 && GIVEN_WORD_TAG.test(given.tag) && ![...given.word].some((c) => NOT_IN_NAME.has(c)) ? 1 : 0;
}

// Tags of a word of the language that given names are made of: a time, a noun, an adjective, a verb (国庆, 建明, 立新).
const GIVEN_WORD_TAG = /^(t|n|a|v|d|nz|ns)$/;

// Tags of a character alone that is a word of grammar, never read as a surname no list holds (对, 在, 都, 把, 们).
const GRAMMAR_TAG = /^(p|c|d|r|m|q|f|u[a-z]*|v|vd|vn|a|ad|t)$/;

/**
 * A surname no list holds, right after a post or a role (网格员|么/y|春燕/x, 市长|禚春来/x): the post says a person follows,
 * and jieba, knowing no word there, leaves the name unknown — a character that is no word of grammar before a given name
 * of two characters jieba does not know, or one unknown word of three characters that opens on no word of the language.
 * The surnames of the lists are read before this; its length (1), or 0.
 */
export function unlistedSurnameAfterPost(ctx: EntityContext, at: number): number {
  const { seg } = ctx;
  const t = seg.tokens[seg.tokenAt[at]!];
  if (!t || t.start !== at || !isHan(t.word) || [...t.word].some((c) => NOT_IN_NAME.has(c))) return 0;
  if (t.word.length === 3) return t.tag === 'x' && !isCommonWord(t.word.slice(0, 2)) && !isCommonWord(t.word.slice(1)) ? 1 : 0;
  if (t.word.length !== 1) return 0;
  const given = seg.tokens[seg.tokenAt[at + 1]!];
  // A character jieba reads as a time, a noun or a place's short name before a given name it reads as a name (选手|卯/t|
  // 春兰/nr, 副秘书长|韶/ns|光辉/nr): a surname.
  if (/^(t|n|ng|ns)$/.test(t.tag) && given?.start === at + 1 && given.word.length === 2 && /^(nr|nrfg)$/.test(given.tag)) return 1;
  if (GRAMMAR_TAG.test(t.tag)) return 0;
  return given &&
    given.start === at + 1 &&
    given.word.length === 2 &&
    given.tag === 'x' &&
    isHan(given.word) &&
    ![...given.word].some((c) => NOT_IN_NAME.has(c))
    ? 1
    : 0;
}

const HUNDRED_FAMILY = new CodeSet([HUNDRED_FAMILY_SINGLE]);
// Tags of a surname character that is more often a function word (莫/d, 于/p, 向/p): untitledNames reads no such name alone.
const FUNCTION_SURNAME_TAG = /^(p|c|d|f|r|u[a-z]?|v)$/;

/**
 * A surname of the Hundred Family Surnames that is more often a word of its own (和, 要, 水) and so stays out of the
 * lists: after a post, where jieba read it with a two-character given name as one word it does not know (局长|和丽华/x|在),
 * it cannot be the conjunction, which jieba keeps apart (局长|和/c|副局长). Its length (1), or 0.
 */
export function gluedCommonWordSurname(ctx: EntityContext, at: number): number {
  const { seg } = ctx;
  const t = seg.tokens[seg.tokenAt[at]!];
  return t && t.start === at && t.word.length === 3 && t.tag === 'x' && HUNDRED_FAMILY.at(t.word, 0) && isHan(t.word) ? 1 : 0;
}

// A word of two Chinese characters, a one-character surname and one more (路遥, 莫言): asked once per distinct word.
const SURNAME_AND_ONE = wordFlag((w) => w.length === 2 && isHan(w) && surnameLength(w) === 1);

/**
 * A two-character name whose surname is outside the hundred most frequent (郎朗, 仝新, 栾平), right after a role
 * (钢琴家郎朗, 全国人大代表仝新): one word jieba reads as a name or does not know, and a surname jieba's dictionary holds
 * as a name when alone (郎/nr, 仝/nr; not 师/ng of 教师|师德, 查/v, 向/p). The frequent surnames are read beside any cue (untitledNames); these only after a role.
 */
export function rareSurnameNamesAfterRole(ctx: EntityContext): NameHit[] {
  const out: NameHit[] = [];
  // Only the words of a one-character surname and one more: the rest of a report's words are never one.
  const opening = tokensWith(ctx.seg, SURNAME_AND_ONE);
  for (let n = 0; n < opening.length; n++) {
    const t = ctx.seg.tokens[opening[n]!]!;
    if (!/^(nr|x)$/.test(t.tag)) continue;
    // A frequent surname that is more often a function word (莫 'do not', 于, 向) is read beside a cue only where jieba
    // holds the whole word as a name (作家莫言/nr).
    const frequent = hasFrequentSurname(t.word);
    if (frequent && !(t.tag === 'nr' && FUNCTION_SURNAME_TAG.test(tagOf(t.word[0]!)))) continue;
    const given = t.word[1]!;
    // Beside the surnames jieba reads as names alone, one of the Hundred Family Surnames in a word jieba's dictionary holds
    // as a name (作家路遥/nr: 路/n alone).
    const rare = tagOf(t.word[0]!) === 'nr' || (HUNDRED_FAMILY.at(t.word, 0) && tagOf(t.word) === 'nr');
    if (NOT_IN_NAME.has(given) || NOT_NAME_END.has(given) || (!frequent && !rare)) continue;
    if (cueBefore(ctx, t.start)) out.push({ start: t.start, end: t.end, score: 0.65 });
  }
  return out;
}

// Two characters jieba does not know, opening on no surname: the whole name of a people without surnames (Dai 岩温, 玉香).
const UNKNOWN_PAIR = wordFlag((w, tag) => (tag === '' || tag === 'x') && w.length === 2 && isHan(w) && surnameLength(w) === 0);
const ITEM_CLOSE = /^[、，,。；;]$/;

/**
 * The name of one of the peoples written without a surname (the Dai's 岩温 and 玉香, the Jingpo's and Wa's), right after a
 * role and closed as an item is (傣族村民岩温、玉香在…): two characters jieba does not know, neither a word of the language
 * nor a place, between a role that names whom and a mark that ends the name. The other items of the list follow it.
 */
export function unsurnamedNamesAfterRole(ctx: EntityContext): NameHit[] {
  const { seg, folded } = ctx;
  const out: NameHit[] = [];
  const words = tokensWith(seg, UNKNOWN_PAIR);
  for (let n = 0; n < words.length; n++) {
    const t = seg.tokens[words[n]!]!;
    if (t.tag !== 'x' || [...t.word].some((c) => NOT_IN_NAME.has(c) || NOT_NAME_END.has(c))) continue;
    // Not a word of grammar or an act that jieba pieced together (人员|过多/x，): its first character alone is none.
    if (!ITEM_CLOSE.test(folded[t.end] ?? '') || isCommonWord(t.word) || ctx.gaz.byName.has(t.word) || GRAMMAR_TAG.test(tagOf(t.word[0]!)))
      continue;
    if (cueBefore(ctx, t.start)) out.push({ start: t.start, end: t.end, score: 0.6 });
  }
  return out;
}
