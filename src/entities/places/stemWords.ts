import { tagOf, type Token } from '../segment.ts';
import { surnameLength } from '../people/personNames.ts';
import { isHan } from '../../text/han.ts';
import { GENERIC_STEMS, OWN_LEVEL } from './placeStems.ts';
import { GENERIC_MODIFIERS } from '../data/genericModifiers.ts';

// Which words the stem of a place's name (the words before its suffix: 东莞|南城|区) may take in, read leftwards.

// Words a place name never contains: they end the stem when reading leftwards.
// prettier-ignore
export const FUNCTION_CHARS = new Set([
  ...'赴到在对向从把将被由为与和及或等的了是有以于至往去来经按据给让使同跟并又也都均各全本该其此这那每某今年月日中内外上下前后共约近超达已将未不再第辖',
]);
// s: a word of a place's extent (境内, 省内, 国内: 德州市境内|徒骇河), no part of a name.
const STOP_TAGS = /^(p|c|u.*|d|r|m|q|f|s|y|e|o|t|w|x)$/;
// jieba's x (an unknown word its HMM glued) is too loose to vouch for a town or village name on its own.
const PROPER_TAGS = /^(ns|nr|nrt|nrfg|nz|j)$/;
export const isProper = (t: Token) => PROPER_TAGS.test(t.tag) && !(t.tag === 'nr' && t.word.length > 3);
/**
 * jieba's tags of a word that is, or may be part of, a proper name: names (ns, nr, nrt, nrfg, nz), abbreviations (j) and
 * words it did not know (x). The places' readers that let an unknown word into a name share this one set.
 */
export const NAME_WORD_TAGS = /^(ns|nr|nrt|nrfg|nz|j|x)$/;

/**
 * A word of three characters or more that jieba guessed or tagged a name (x, nr, nz, nrt: 马踏湖, 小清河, 霍林河, 特内里费岛): no word of the
 * language, so a name. 江 and 溪 end given names too (辛业江, 沈石溪): such a word after a surname is a person's.
 */
export const unknownName = (t: Token) =>
  t.word.length >= 3 && /^(x|nr|nz|nrt)$/.test(t.tag) && !(/[江溪]$/.test(t.word) && surnameLength(t.word) > 0);

// 陈嘉庚|故乡, 回到|家乡: the words of one's home or of going to the countryside end in 乡 but are no township, nor part of a
// place's name (水乡 is: 水乡新城).
const XIANG_WORDS = new Set(['故乡', '家乡', '老乡', '同乡', '异乡', '他乡', '外乡', '梦乡', '城乡', '下乡', '返乡', '回乡']);
export const isCommonWordOfXiang = (t: Token) => XIANG_WORDS.has(t.word);

/** A token the stem may take in, reading leftwards (of a place of `kind`: feature, zone, admin). */
export function nameLike(t: Token, kind?: string): boolean {
  if (!isHan(t.word) || isCommonWordOfXiang(t)) return false;
  // 新北区|税务局/nt|孟河: a body jieba knows ends a place's name before it; it is never inside one.
  if (t.tag === 'nt' && t.word.length >= 3) return false;
  // 西哈努克|省/n|西港|特区: a level word of one character ends the name before it, it opens none.
  if (OWN_LEVEL.test(t.word) || t.word === '省') return false;
  // 岛根县/ns|松江: a division jieba reads whole with its level is a place of its own before a river's name, never in it
  // (a zone takes its county in: 光山县|电子商务|产业园).
  if (kind === 'feature' && t.tag === 'ns' && t.word.length >= 3 && /[省县]$/.test(t.word)) return false;
  if (t.word.length === 1) return !FUNCTION_CHARS.has(t.word);
  if (GENERIC_STEMS.has(t.word)) return false;
  if (/^(ns|nr|nrt|nrfg|nz|j|x)$/.test(t.tag)) return true;
  return !STOP_TAGS.test(t.tag) && !t.tag.startsWith('v') && !t.tag.startsWith('a') && t.tag !== 'l' && t.tag !== 'i';
}

/**
 * 爱国者|治港/x: a word jieba does not know, a verb and a feature's suffix, after a common noun: a clause (patriots govern
 * Hong Kong), not a name. After a name (四女|寺|减河/x) it is the feature's kind; a river so written alone (修河/x) is a name.
 */
export function verbAfterNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  return t.tag === 'x' && /^v/.test(tagOf(t.word[0]!)) && before?.tag === 'n' && before.word.length >= 2 && before.end === t.start;
}

/** A word that starts with one of `stems` (a loop, not a closure per word: see suffixEnding in suffixPlaces.ts). */
export function startsWithAny(word: string, stems: readonly string[]): boolean {
  for (let k = 0; k < stems.length; k++) if (word.startsWith(stems[k]!)) return true;
  return false;
}

/** Some word from `from` to before `to` is a common noun of two characters or more (边境 of 边境|小康村). */
export function qualifiedKind(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.tag === 'n' && tokens[k]!.word.length >= 2) return true;
  return false;
}

// Words that sort villages into kinds (新建, 现有, 贫困), of two characters: one-character ones open names (大王庄村, 新村).
const KIND_WORDS = new Set(GENERIC_MODIFIERS.filter((w) => w.length >= 2));

/**
 * 新建/ns|龙庄村: a word that sorts things into kinds, before a village's name of two characters or more, is what is done
 * to it, no part of its name (a whole stem 新建|村 is the name: the 新建村 of many counties). A noun of kind (边境/n|小康村)
 * stays in the stem, which then names a kind of village (qualifiedKind).
 */
export function kindBeforeName(t: Token, stemEnd: number): boolean {
  return stemEnd - t.end >= 2 && t.tag !== 'n' && KIND_WORDS.has(t.word);
}

/**
 * 长江/ns, 洪湖/nr: a water jieba reads whole as a name, which takes in only proper names before it (整治|洪湖, not a lake
 * 整治洪湖). A two-character word it tags as a person's or a proper name is a water's there after a common word or a verb.
 */
export function readWhole(tok: Token, before: Token): boolean {
  if (tok.tag === 'ns') return true;
  return /^(nr|nz)$/.test(tok.tag) && tok.word.length === 2 && before.word.length >= 2 && /^(n|vn|v)$/.test(before.tag);
}
