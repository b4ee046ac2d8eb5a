import type { EntityContext } from '../context.ts';
import { JAPANESE_SURNAMES } from '../data/japaneseSurnames.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { cueAfter, cueBefore, cued, isCommonWord, isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { postOfAPersonAfter } from './cuedForeignNames.ts';
import { NOT_IN_NAME } from './personNames.ts';
import { allTransliteration } from './transliteration.ts';
import { isHan } from '../../text/han.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// The surnames by the code of their first character, longest first: a word is asked only about those it can start with.
// (By code, not by character: reading a Han character out of a word makes a string, and this runs on every word.)
const BY_FIRST = new Map<number, string[]>();
for (const s of [...JAPANESE_SURNAMES].sort((a, b) => b.length - a.length))
  BY_FIRST.set(s.charCodeAt(0), [...(BY_FIRST.get(s.charCodeAt(0)) ?? []), s]);
// The first characters of the surnames, as flags: most words start with none, and no map is asked about them.
const FIRST = new CodeSet([...BY_FIRST.keys()].map((c) => String.fromCharCode(c)));
// Given names of one to three characters (龙太郎, 武史, 惠三): the whole written name is at most six.
const MAX_GIVEN = 3;
// The words that open with a surname: the only ones a name is read at.
const OPENS_ON_SURNAME = wordFlag((w) => FIRST.at(w, 0) && isHan(w) && surnameStarting(w, BY_FIRST.get(w.charCodeAt(0))!) !== undefined);

/**
 * Japanese names, by a common Japanese surname and a word that goes with people beside them (日本首相桥本龙太郎,
 * 教练冈田武史说, 桥本首相, 佐藤先生): the name is the word jieba read from the surname on, or the surname alone before a
 * post or a form of address. A surname that is also a place's name (中山, 和田) is left to the places alone.
 */
export function findJapaneseNames(ctx: EntityContext): NameHit[] {
  const { seg } = ctx;
  const out: NameHit[] = [];
  const opening = tokensWith(seg, OPENS_ON_SURNAME);
  for (let n = 0; n < opening.length; n++) {
    const ti = opening[n]!;
    const t = seg.tokens[ti]!;
    if (!FIRST.at(t.word, 0)) continue;
    const candidates = BY_FIRST.get(t.word.charCodeAt(0));
    if (!candidates || !isHan(t.word)) continue;
    const surname = surnameStarting(t.word, candidates);
    if (!surname) continue;
    const given = t.word.length - surname.length;
    if (given > MAX_GIVEN) continue;
    // A surname jieba read alone after a role, with the given name cut into the words after it (选手山田/ns|翔/nr|太/d|在,
    // 球星大谷/n|翔平/x|本赛季, 选手山口/ns|茜/nr|分获): after a role, even a surname that is a place's name (山口) is a person's.
    const cutGiven = given === 0 && cueBefore(ctx, t.start) ? givenNameAfter(ctx, ti, 0) : undefined;
    if (cutGiven) {
      out.push({ start: t.start, end: cutGiven, score: 0.65 });
      continue;
    }
    if (given === 0 && isKnownPlaceName(ctx, surname)) continue;
    // The given name a word jieba does not know after the surname, a post or a cue after it (海部/n|阳介/x|教授).
    const givenBeforeCue = given === 0 ? unknownGivenBeforeCue(ctx, ti) : undefined;
    if (givenBeforeCue) {
      out.push({ start: t.start, end: givenBeforeCue, score: 0.65 });
      continue;
    }
    const cue = cued(ctx, t.start, t.end) || (given === 0 && postOfAPersonAfter(ctx, t.start, t.end));
    if (!cue) continue;
    // A name jieba ran into a word after it would not be cued; one it cut short stays the surname (桥本|首相).
    if (given > 0 && /^(v|vn|a|ad|d|p|c|u|m|q)$/.test(t.tag)) continue;
    // A given name cut after its first character (作曲家坂本龙/nr|一/m|因病): the rest in the single characters after it.
    const rest = given > 0 && given < MAX_GIVEN && cueBefore(ctx, t.start) ? givenNameAfter(ctx, ti, given) : undefined;
    out.push({ start: t.start, end: rest ?? t.end, score: 0.65 });
  }
  return out;
}

// A whole name jieba's dictionary holds (松下幸之助/nr, 安倍晋三/nr): a common family name of two characters or more, and
// a given name of two to four.
const WHOLE_NAME = wordFlag(
  (w, tag) =>
    (tag === '' || tag === 'nr') &&
    w.length >= 4 &&
    w.length <= 6 &&
    isHan(w) &&
    !!BY_FIRST.get(w.charCodeAt(0))?.some((s) => s.length >= 2 && w.length - s.length >= 2 && w.startsWith(s)),
);

/**
 * Japanese names jieba's dictionary holds whole as a person's (对松下幸之助/nr|企业管理模式): read without a cue, as a
 * Chinese name jieba holds is not, since a common Japanese family name opens it.
 */
export function japaneseNamesJiebaHolds(ctx: EntityContext): NameHit[] {
  const { seg } = ctx;
  const out: NameHit[] = [];
  const words = tokensWith(seg, WHOLE_NAME);
  for (let n = 0; n < words.length; n++) {
    const t = seg.tokens[words[n]!]!;
    if (t.tag === 'nr' && !isKnownPlaceName(ctx, t.word)) out.push({ start: t.start, end: t.end, score: 0.7 });
  }
  return out;
}

// Words of four characters that jieba's dictionary holds as a person's name (小泽征尔/nr, and idioms it files so too).
const FOUR_NAME = wordFlag((w, tag) => tag === 'nr' && w.length === 4 && isHan(w) && !allTransliteration(w));

/**
 * A name of four characters jieba's dictionary holds whole, right after a role (指挥家小泽征尔): a Japanese name whose
 * family name no list holds. The role rules out the idioms the dictionary files as names; one written all in
 * transliteration is left to the foreign-name rules, and a place to the places; one made of two words of the language
 * is a phrase.
 */
export function fourCharacterNamesAfterRoles(ctx: EntityContext): NameHit[] {
  const { seg } = ctx;
  const out: NameHit[] = [];
  const words = tokensWith(seg, FOUR_NAME);
  for (let n = 0; n < words.length; n++) {
    const t = seg.tokens[words[n]!]!;
    // Halves that are words of the language make a phrase the dictionary filed as a name (党风|廉政 after 成员).
    if (isCommonWord(t.word.slice(0, 2)) || isCommonWord(t.word.slice(2))) continue;
    if (t.tag === 'nr' && cueBefore(ctx, t.start) && !isKnownPlaceName(ctx, t.word)) out.push({ start: t.start, end: t.end, score: 0.7 });
  }
  return out;
}

// Where a name cut into words ends: a mark, a function word (在, 和, 的) or a word of speech or deed read as a cue.
const MARK = /[，,。；;：:、！!？?（(“"\s]/;

/**
 * The end of a given name in the single characters or short words after the word `ti`, which holds `had` characters of
 * it already: two or three characters in all, or one that jieba tags as a name's before an act (山口|茜/nr|分获/v).
 */
function givenNameAfter(ctx: EntityContext, ti: number, had: number): number | undefined {
  const { seg, folded } = ctx;
  const from = seg.tokens[ti]!.end - had;
  for (let k = ti + 1; k < seg.tokens.length; k++) {
    const w = seg.tokens[k]!;
    // Single characters of any tag (翔/nr|太/d) but a conjunction, preposition or particle, or a word that may be a
    // name's (武史/x), not an act (报道/v); never an act that is a cue itself (山田|说).
    if (!isHan(w.word) || w.word.length > 2 || NOT_IN_NAME.has(w.word[0]!) || cueAfter(ctx, w.start)) return undefined;
    // A woman's given name ending in 子, whatever word jieba read its first two characters as (小池|百合/n|子/ng).
    const beforeZi = seg.tokens[k + 1]?.word === '子' && w.start === from;
    if (w.word.length === 2 && !/^(nr|nrfg|nrt|x|nz|ng)$/.test(w.tag) && !(beforeZi && /^n/.test(w.tag))) return undefined;
    if (w.word.length === 1 && /^(p|c|u[a-z]?|v)$/.test(w.tag)) return undefined;
    const len = w.end - from;
    if (len > MAX_GIVEN) return undefined;
    const next = folded[w.end] ?? '。';
    if (len >= 2 && (MARK.test(next) || NOT_IN_NAME.has(next) || cueAfter(ctx, w.end))) return w.end;
    // An unknown word of two characters jieba made of the given name, before a word of its own (大谷|翔平/x|本赛季).
    if (len === 2 && w.word.length === 2 && w.tag === 'x' && (seg.tokens[k + 1]?.word.length ?? 0) >= 2) return w.end;
    if (len === 1 && /^nr/.test(w.tag) && /^v/.test(seg.tokens[k + 1]?.tag ?? '')) return w.end;
  }
  return undefined;
}

/** The end of a given name of two characters jieba does not know right after the surname's word `ti`, cued after it. */
function unknownGivenBeforeCue(ctx: EntityContext, ti: number): number | undefined {
  const t = ctx.seg.tokens[ti]!;
  const g = ctx.seg.tokens[ti + 1];
  if (!g || g.start !== t.end || g.word.length !== 2 || g.tag !== 'x' || !isHan(g.word) || NOT_IN_NAME.has(g.word[0]!)) return undefined;
  return cueAfter(ctx, g.end) || postOfAPersonAfter(ctx, t.start, g.end) ? g.end : undefined;
}

/** The longest of `candidates` that `word` starts with (a loop, not a closure per word: this runs on many words). */
function surnameStarting(word: string, candidates: string[]): string | undefined {
  for (let k = 0; k < candidates.length; k++) if (word.startsWith(candidates[k]!)) return candidates[k];
  return undefined;
}

// The numerals that close Japanese men's given names as birth order (裕二, 龙一, 晋三).
const BIRTH_ORDER = /^[一二三]$/;
// Three characters jieba does not know: the family name and the given name's first character (坂元裕/x|二/m).
const UNKNOWN_THREE = wordFlag((w, tag) => (tag === '' || tag === 'x') && w.length === 3 && isHan(w) && !allTransliteration(w));

/**
 * A Japanese name whose family name no list holds, cut by jieba before the numeral that closes the given name (编剧坂元裕/x|
 * 二/m|上台): after a role, three characters jieba does not know and 一, 二 or 三 alone, where a word of its own, a mark or a
 * person's act follows (not 一|行, 一|出场). No Chinese name ends so.
 */
export function namesEndingInBirthOrder(ctx: EntityContext): NameHit[] {
  const { seg, folded } = ctx;
  const out: NameHit[] = [];
  const words = tokensWith(seg, UNKNOWN_THREE);
  for (let n = 0; n < words.length; n++) {
    const i = words[n]!;
    const t = seg.tokens[i]!;
    const num = seg.tokens[i + 1];
    if (t.tag !== 'x' || !num || num.start !== t.end || !BIRTH_ORDER.test(num.word) || !cueBefore(ctx, t.start)) continue;
    const after = seg.tokens[i + 2];
    const ends = !after || !isHan(after.word) || after.word.length >= 2 || NOT_IN_NAME.has(folded[num.end]!) || cueAfter(ctx, num.end);
    if (ends && !isKnownPlaceName(ctx, t.word)) out.push({ start: t.start, end: num.end, score: 0.65 });
  }
  return out;
}
