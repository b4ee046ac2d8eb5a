import { GENERIC_MODIFIERS } from './data/genericModifiers.ts';
import { tagOf, tagOfCharAt, tokensIn, wordParts, type Segmentation } from './segment.ts';
import { isHan } from '../text/han.ts';

const GENERIC_WORDS = new Set(GENERIC_MODIFIERS);

/**
 * Where a name starts and ends, read from the language: the words of a candidate span at the finest grain jieba gives,
 * and what each word can do in a name. One mechanism for every entity type (organizations, places, people, campaigns).
 */

/** One word of a span, with jieba's tag. */
export interface Word {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/**
 * What a word can be at the edge of a name:
 * - `function`: a preposition, conjunction, particle, adverb, pronoun or interjection (于, 同, 了, 就, 该) — never in a name's edge;
 * - `predicate`: a verb (查处, 治, 下乡) — a name never starts with one and ends before one;
 * - `count`: a numeral or classifier (一座座, 三) — counts things, names none (ordinals 第二 are content);
 * - `content`: a noun, name, adjective or anything else that may be a word of a name.
 */
export type WordRole = 'function' | 'predicate' | 'count' | 'content';

const FUNCTION_TAGS = /^(p|c|cc|u.*|y|e|o|d|ad|r|rr|rz|w)$/;
const PREDICATE_TAGS = /^(v|vd|vi|vg|vq|vf|vx)$/;
const COUNT_TAGS = /^(m|mq|q|qv|qt)$/;
// Verbs of aim before a clause, which jieba's dictionary tags as names (力争/nz|湘雅医院株洲医院|年内开诊).
export const AIM_VERBS: ReadonlySet<string> = new Set(['力争', '争取', '确保', '力求']);

/** The role of a word by jieba's tag (an ordinal 第X is content). */
export function roleOf(w: Pick<Word, 'word' | 'tag'>): WordRole {
  if (FUNCTION_TAGS.test(w.tag)) return 'function';
  // 一座座, 三个: a numeral and its classifier, whatever tag jieba gave the whole.
  if (
    w.word.length >= 2 &&
    w.word.length <= 4 &&
    !/^(ns|nr|nrt|nz|nt)$/.test(w.tag) &&
    COUNT_TAGS.test(tagOfCharAt(w.word, 0)) &&
    /^(q|qv|qt|m)$/.test(tagOfCharAt(w.word, 1)) &&
    !/^第/.test(w.word)
  )
    return 'count';
  if (PREDICATE_TAGS.test(w.tag) || AIM_VERBS.has(w.word)) return 'predicate';
  // 深化, 优化, 强化: a two-character word in 化 makes a verb of its first character, whatever tag jieba's dictionary gave it.
  if (w.word.length === 2 && w.word[1] === '化' && /^(j|nz|x|nr)$/.test(w.tag)) return 'predicate';
  if (COUNT_TAGS.test(w.tag)) return /^第/.test(w.word) ? 'content' : 'count';
  return 'content';
}

// Tags jieba gives to words it glued or guessed (its HMM, a person-name guess, an abbreviation): their front may hide a
// function word (还同/x is 还|同, 于城镇/nr is 于|城镇).
const GUESSED_TAGS = /^(x|nr|nrt|nz|j|i|l)$/;
const GLUED_TAGS = /^(x|nr)$/;
const PROPER_TAGS = /^(ns|nt|nz|nr|nrt|nrfg)$/;
const isBoundMorpheme = (w: Word | undefined) => !!w && w.word.length === 1 && /^(ng|g|x)$/.test(w.tag);

/**
 * The words of [start, end) at the finest grain: a compound jieba kept whole (严肃查处, 大力发展) split into its dictionary
 * words, and function characters glued to the front of a guessed word (还同, 于城镇) split off. Words that straddle the
 * span's edges are cut to it.
 */
export function finerWords(seg: Segmentation, folded: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const push = (word: string, tag: string, at: number) => out.push({ word, tag, start: at, end: at + word.length });
  for (const t of tokensIn(seg, start, end)) {
    const s = Math.max(t.start, start);
    const e = Math.min(t.end, end);
    const word = folded.slice(s, e);
    if (s !== t.start || e !== t.end) {
      // A word cut by the span's edge (国家开发|银行 read up to its head) is read as the dictionary words it is made of;
      // inside a word jieba read as a name (长|江, 包头|钢铁公司) they are words of that name.
      let at = s;
      for (const p of wordParts(word)) {
        // A one-character verb inside such a word still acts as one (港人|治|港).
        const own = tagOf(p);
        push(p, PROPER_TAGS.test(t.tag) && !(p.length === 1 && roleOf({ word: p, tag: own }) === 'predicate') ? t.tag : own, at);
        at += p.length;
      }
      continue;
    }
    let at = s;
    // Function characters in front of a word jieba glued or guessed as a person's name: 还|同|国外, 于|城镇.
    if (GLUED_TAGS.test(t.tag) && isHan(word)) {
      const isFunction = (i: number) => roleOf({ word: folded[i]!, tag: tagOf(folded[i]!) }) === 'function';
      // 西藏高原|之宝, 江南|之星: 之 right after a noun is the literary "of" inside a name (天府之国), not a word before it.
      const prev = out.at(-1);
      if (folded[at] === '之' && prev?.end === s && /^n/.test(prev.tag)) {
        push(word, t.tag, s);
        continue;
      }
      while (at < e - 1 && isFunction(at) && tagOf(folded.slice(at + 1, e)) !== 'x') at++;
      if (at === e - 1 && isFunction(at)) at = e;
      // 湖南|常德/nr: a two-character name is not a function word and one character (常 'often' + 德); 于城镇/nr keeps a word.
      // 正泰/x 集团: nor is a two-character word jieba did not know, unless its second character is a function word too
      // (还同/x 国外石油公司).
      if (word.length === 2 && at === e - 1 && (t.tag === 'nr' || !isFunction(at))) at = s;
      for (let i = s; i < at; i++) push(folded[i]!, tagOf(folded[i]!), i);
      if (at === e) continue;
    }
    const rest = folded.slice(at, e);
    // A compound of common words jieba tagged as one (严肃查处/nr, 大力发展/nz) is read as those words.
    // A modifier of kinds jieba took for a name (高水平/nr) stays one word.
    const parts = rest.length >= 3 && GUESSED_TAGS.test(t.tag) && !GENERIC_WORDS.has(rest) ? wordParts(rest) : [rest];
    if (parts.length === 1 || parts.some((p) => PROPER_TAGS.test(tagOf(p)) || tagOf(p) === 'x')) {
      push(rest, at === s ? t.tag : tagOf(rest), at);
      continue;
    }
    for (const p of parts) {
      push(p, tagOf(p), at);
      at += p.length;
    }
  }
  return out;
}

export interface SpanOptions {
  /** Where the name's head (its suffix: 银行, 地区, 镇) starts; the edges are read before it. Defaults to `end`. */
  headStart?: number;
  /** Verbs that are words of names of this kind (控股, 投资, 开发 in company names), kept where they stand inside. */
  nameVerbs?: (word: string, at: number) => boolean;
}

/**
 * The span without what cannot be part of a name: leading function words, verbs and counts are dropped (严肃查处|银行,
 * 还|同|国外石油公司, 了|林彪反党集团, 一座座|新城), and a name is cut after the last function word or verb before its head
 * (深化改革|试点县 → 试点县 is then a class). Undefined when nothing is left before the head.
 */
export function nameSpan(
  seg: Segmentation,
  folded: string,
  start: number,
  end: number,
  opts: SpanOptions = {},
): { start: number; end: number } | undefined {
  const headStart = opts.headStart ?? end;
  const words = finerWords(seg, folded, start, headStart);
  let from = start;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const role = roleOf(w);
    // 磨|碟|河: single characters jieba could not join into a word (a bound morpheme follows) are an unknown name's.
    if (w.word.length === 1 && role === 'predicate' && isBoundMorpheme(words[i + 1])) continue;
    const nameVerb = role === 'predicate' && w.start > from && opts.nameVerbs?.(w.word, w.start);
    if (role !== 'content' && !nameVerb) from = w.end;
  }
  if (from >= headStart && headStart > start) return undefined;
  return { start: from, end };
}

/**
 * Where a name that runs on into a verb or a function word ends (王明说 → 王明, 港人|治|港 → 港人): the start of the first
 * such word at or after `minEnd`; `end` when there is none.
 */
export function nameEnd(seg: Segmentation, folded: string, start: number, end: number, minEnd = start + 1): number {
  for (const w of finerWords(seg, folded, start, end)) {
    if (w.start < minEnd) continue;
    const role = roleOf(w);
    if (role === 'predicate' || role === 'function') return w.start;
  }
  return end;
}

const CLAUSE_END = /[\n。，,；;：:！？!?]/;

/**
 * Whether the clause around [start, end) has a verb outside that span. A clause is a predicate and its arguments: where
 * none stands outside a candidate (，大力发展企业集团。), the candidate holds the clause's verb, however jieba tagged it.
 */
export function clauseHasPredicateOutside(seg: Segmentation, folded: string, start: number, end: number): boolean {
  const isVerb = (i: number) => {
    const t = seg.tokens[i];
    return !!t && PREDICATE_TAGS.test(t.tag) && !/^(是|有)$/.test(t.word);
  };
  for (let i = seg.tokenAt[start - 1] ?? -1; i >= 0 && !CLAUSE_END.test(seg.tokens[i]!.word); i--) if (isVerb(i)) return true;
  for (let i = seg.tokenAt[end] ?? -1; i >= 0 && i < seg.tokens.length && !CLAUSE_END.test(seg.tokens[i]!.word); i++)
    if (isVerb(i)) return true;
  return false;
}

/** The first word of [start, end) that jieba reads as a name (a place, person, body or unknown word). */
export function firstProperWord(seg: Segmentation, folded: string, start: number, end: number): Word | undefined {
  return finerWords(seg, folded, start, end).find((w) => /^(ns|nr|nrt|nrfg|nz|nt)$/.test(w.tag) || (w.tag === 'x' && w.word.length > 1));
}
