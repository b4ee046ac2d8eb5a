import { GENERIC_MODIFIERS } from './data/genericModifiers.ts';
import { wordParts, tagOf } from './segment.ts';
import type { Segmentation } from './segment.ts';
import { finerWords, roleOf, type Word } from './spanBoundary.ts';

const GENERIC = new Set(GENERIC_MODIFIERS);
// 区别词 (b: 大型, 国有, 新型) and adjectives sort things into kinds by definition; verbal nouns (融资, 建设) say what a kind does.
const KIND_TAGS = /^(b|a|an|vn)$/;

/** A word that sorts things into kinds rather than naming one: a generic modifier, or a compound made only of them (大中城市). */
export function isGenericWord(w: Pick<Word, 'word' | 'tag'>): boolean {
  if (GENERIC.has(w.word) || KIND_TAGS.test(w.tag) || roleOf(w) !== 'content') return true;
  const parts = wordParts(w.word);
  return parts.length > 1 && parts.every((p) => GENERIC.has(p) || KIND_TAGS.test(tagOf(p)));
}

// Words jieba reads as names (places, people, bodies, other proper nouns) or does not know at all; a direction (东北,
// 西南) names a region; an ordinal (第二) names one of a series.
const PROPER_TAGS = /^(ns|nr|nrt|nrfg|nz|nt|x|f|s)$/;

/** A word that can name one thing: not generic; with `proper`, also read by jieba as a name, a direction or an ordinal. */
function isNaming(w: Word, proper: boolean): boolean {
  if (isGenericWord(w)) return false;
  return !proper || PROPER_TAGS.test(w.tag) || /^第/.test(w.word);
}

/**
 * A span is a class, not a named thing, when no word before its head names anything (商业|银行, 大型|企业|集团, 沿海|地区,
 * 产粮|大|县); one naming word makes it a name (中国|农业|银行, 沈阳|第二|机床厂, 长春|长生|公司, 沙角|半岛). With
 * `proper`, the naming word must be a name to jieba: where the head is itself a word for a kind of place (山区, 地区), a
 * common noun before it (利用|山区, 住宅|区) names nothing.
 */
export function isClass(stem: Word[], proper = false): boolean {
  return !stem.some((w) => isNaming(w, proper));
}

/** Whether the name [start, headStart) + head is a class: its words before the head are all generic. */
export function namesAClass(seg: Segmentation, folded: string, start: number, headStart: number, proper = false): boolean {
  return isClass(finerWords(seg, folded, start, headStart), proper);
}
