// Where a place read from its suffix starts: the bounds the language gives it (the words before its head, a glued
// function word, a sibling listed without a 、, a river's part written before its name).
import type { EntityContext } from '../context.ts';
import type { SuffixPlace } from './suffixPlaces.ts';
import { unknownName } from './stemWords.ts';
import { RIVER_PARTS } from './waterWords.ts';
import { isGenericWord, namesAClass } from '../namedOrClass.ts';
import { finerWords, nameSpan, roleOf } from '../spanBoundary.ts';
import { tagOf, wordParts } from '../segment.ts';

/**
 * The span is one word jieba guessed (nr, x) that starts with a function word it glued on (于城镇 is 于|城镇). Right after
 * an opening bracket or at a line's start there is nothing for a function word to join (（和田县境内）: the county).
 */
export function gluedFunctionWord(ctx: EntityContext, start: number, end: number): boolean {
  const t = ctx.seg.tokens[ctx.seg.tokenAt[start]!];
  if (!t || t.start !== start || t.end !== end || !/^(nr|x)$/.test(t.tag)) return false;
  if (start === 0 || /[（(\n]/.test(ctx.folded[start - 1]!)) return false;
  const first = finerWords(ctx.seg, ctx.folded, start, end)[0];
  return !!first && first.word.length === 1 && first.end < end && roleOf(first) === 'function';
}

/**
 * A place read from its suffix, bounded by the language: its head is no verb (家电|下乡), it starts after the verbs and
 * function words before it (利用|山区, 就|亚太地区), and some word before its head names it (沿海|地区 is a kind of area).
 * A place right after a gazetteer place (东莞市|南城区) keeps the bounds the gazetteer gave it.
 */
export function boundedPlace(ctx: EntityContext, p: SuffixPlace, afterPlace: Set<number>): SuffixPlace | undefined {
  const { seg, folded } = ctx;
  const head = seg.tokens[seg.tokenAt[p.stemEnd]!];
  if (head && head.start < p.stemEnd && roleOf(head) === 'predicate') return undefined;
  // 快|于城镇: the suffix's word is a guess of jieba's that glued a function word on; what follows it is no name. A word
  // that is the suffix alone (嘎查/x) holds none of the name.
  // 高峰乡|普庆村/x: right after a place, a word that runs from the place to the suffix is the name whole.
  const word = seg.tokens[seg.tokenAt[p.end - 1]!];
  const wholeAfterPlace = word?.start === p.start && afterPlace.has(p.start);
  // 和洛河/nr: a name the suffix reader already read from after the glued word (洛河) holds none of it.
  if (word && word.start < p.stemEnd && word.start >= p.start && !wholeAfterPlace && gluedFunctionWord(ctx, word.start, word.end))
    return undefined;
  // 松花江|嫩江, 太湖|巢湖: a place word with the same suffix before the name is a place of its own, listed without a 、.
  const own = siblingEnd(ctx, p);
  if (own !== undefined)
    return p.end - own < 2 ? undefined : boundedPlace(ctx, { ...p, start: own, name: folded.slice(own, p.end) }, afterPlace);
  // A gazetteer place right before is the parent; a one-character stem (余村) is only read where a list vouches for it;
  // a list vouches for the name of a sibling too (杭埠河、丰乐/a|河: a river named by an adjective).
  // 福建|沿海地区/ns, 云南|边境地区: an area named only by generic words is a kind of area of the place before it, none of its own.
  if (afterPlace.has(p.start) && p.kind === 'admin' && p.name.endsWith('区') && kindOfArea(folded.slice(p.start, p.stemEnd)))
    return undefined;
  // 支流|史河/x: a part of a river written before a water's name (支流, 干流) is no part of that name.
  const opening = seg.tokens[seg.tokenAt[p.start]!];
  if (p.kind === 'feature' && opening?.start === p.start && p.stemEnd - opening.end >= 1 && RIVER_PARTS.test(opening.word))
    return boundedPlace(ctx, { ...p, start: opening.end, name: folded.slice(opening.end, p.end) }, afterPlace);
  if (afterPlace.has(p.start) || p.stemEnd - p.start === 1 || p.listed) return p;
  // 正定/d|高新技术产业开发区: a zone named by just a place the gazetteer read there is that place's zone, whatever word jieba
  // took the place for.
  const first = seg.tokens[seg.tokenAt[p.start]!];
  if (p.kind === 'zone' && first?.start === p.start && first.end === p.stemEnd && first.tag !== 'f' && afterPlace.has(first.end)) return p;
  // The head is the word the suffix ends (沿海|地区, 新型|农村), not only the suffix.
  const last = seg.tokens[seg.tokenAt[p.end - 1]!]!;
  // 马踏湖/x, 小清河/nr: one word that is no word of the language is the name whole, whatever its parts.
  // 大凌河/ns: one word jieba knows as a place, of a river or lake, is the name whole too, though its first character is a
  // size (大|凌河); not a slogan that ends so (港人治港/ns).
  if (
    p.kind === 'feature' &&
    last.start === p.start &&
    last.end === p.end &&
    (unknownName(last) || (last.tag === 'ns' && last.word.length >= 3 && /[河江湖溪]$/.test(last.word)))
  )
    return p;
  const lastWord = folded.slice(Math.max(last.start, p.start), p.end);
  const headWord = last.start < p.stemEnd ? p.end - wordParts(lastWord).at(-1)!.length : p.stemEnd;
  const headStart = headWord > p.start ? headWord : p.stemEnd;
  if (headStart <= p.start) return p;
  const span = nameSpan(seg, folded, p.start, p.end, { headStart });
  const genericHead = isGenericWord({ word: folded.slice(headStart, p.end), tag: 'n' });
  if (!span || namesAClass(seg, folded, span.start, headStart, genericHead)) return undefined;
  if (p.end - span.start < 2) return undefined;
  return span.start === p.start ? p : { ...p, start: span.start, name: folded.slice(span.start, p.end) };
}

/** A stem made only of generic words (沿海, 边境, 贫困 of 沿海地区, 边境地区, 贫困地区). */
function kindOfArea(stem: string): boolean {
  const words = stem.length >= 2 ? wordParts(stem) : [];
  return words.length > 0 && words.every((w) => isGenericWord({ word: w, tag: tagOf(w) }));
}

/** Where the last place word before the name's suffix that ends with the same suffix ends (淮河|海河 → after 淮河). */
function siblingEnd(ctx: EntityContext, p: SuffixPlace): number | undefined {
  const suffix = ctx.folded.slice(p.stemEnd, p.end);
  const sibling = finerWords(ctx.seg, ctx.folded, p.start, p.stemEnd)
    .filter((w) => w.tag === 'ns' && w.word.length > suffix.length && w.word.endsWith(suffix))
    .at(-1);
  return sibling?.end;
}
