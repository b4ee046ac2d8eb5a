import type { EntityContext } from '../context.ts';
import { isCommonWord, isWord, type NameHit } from './untitledNames.ts';
import { allTransliteration, DOTTED_NAME_CHARS, NAME_DOTS, NAME_HYPHENS, isNameJoin } from './transliteration.ts';

/** Foreign and minority names whose parts a middle dot joins (卡洛斯·阿马特, 买买提·艾力, 让-皮埃尔·热内), one a dot. */
export function dottedNames(ctx: EntityContext): NameHit[] {
  const out: NameHit[] = [];
  const { folded } = ctx;
  DOTS.lastIndex = 0;
  for (let m = DOTS.exec(folded); m; m = DOTS.exec(folded)) {
    const hit = dottedName(ctx, m.index);
    if (hit) {
      out.push(hit);
      DOTS.lastIndex = hit.end;
    }
  }
  return out;
}

const MAX_PART = 8;
const DOTS = new RegExp(`[${[...NAME_DOTS].join('')}]`, 'g');
/** Heads of a place's name: a foreign name right before one names the place, not a person. */
export const PLACE_AFTER = /^[镇市省县州村区港岛山河湖]/;

/** Where the name part before `dot` starts, through the hyphens of a compound part (让-皮埃尔·热内). */
function partStart(folded: string, dot: number): number {
  let start = dot;
  for (;;) {
    const end = start;
    while (start > 0 && end - start < MAX_PART && DOTTED_NAME_CHARS.has(folded[start - 1]!)) start--;
    if (start === end || start < 2 || !NAME_HYPHENS.has(folded[start - 1]!) || !DOTTED_NAME_CHARS.has(folded[start - 2]!)) return start;
    start--;
  }
}

// Tags of a word of the language whose last syllables read as a transliteration's (组合法/n|贾尔·阿尔菲安): not the name's.
const WORD_BEFORE_NAME = /^(n|v|vn|a|d|l|i)$/;

/**
 * Where a name's first part starts when the run of syllables before the dot begins inside a word of the language that
 * jieba ends in it (印度尼西亚组合法|贾尔．阿尔菲安): after that word, or after the word it opens on.
 */
function pastWordBefore(ctx: EntityContext, start: number, dot: number): number {
  const t = ctx.seg.tokens[ctx.seg.tokenAt[start] ?? -1];
  if (!t || t.start >= start || t.end >= dot || t.word.length < 2 || !WORD_BEFORE_NAME.test(t.tag)) return start;
  // The word's own head where it is a word on its own and the rest syllables (组合|法贾尔): the name opens after the head.
  // The head may end where the run starts (意大利|人马/n|可·波罗: 人, then 马可).
  for (let k = t.end - 1; k >= start; k--)
    if (isCommonWord(ctx.folded.slice(t.start, k)) && allTransliteration(ctx.folded.slice(k, t.end))) return k;
  return t.end;
}

/** A foreign name joined by middle dots (卡洛斯·阿马特, 马·莱万多夫斯基): transliteration characters on both sides. */
function dottedName(ctx: EntityContext, dot: number): NameHit | undefined {
  const { folded } = ctx;
  const start = pastWordBefore(ctx, partStart(folded, dot), dot);
  if (start === dot) return undefined;
  let end = dot;
  let lastDot = dot;
  // Parts joined by further dots (马丁·路德·金).
  for (;;) {
    lastDot = end;
    let partEnd = end + 1;
    while (partEnd < folded.length && partEnd - end - 1 < MAX_PART && DOTTED_NAME_CHARS.has(folded[partEnd]!)) partEnd++;
    if (partEnd === end + 1) return undefined;
    end = partEnd;
    if (!isNameJoin(folded[end])) break;
    // A compound part goes on past its hyphen (让-皮埃尔·热内, 阿卜杜勒-阿齐兹·本·…); a dash after the name is none of it.
    if (NAME_HYPHENS.has(folded[end]!) && !DOTTED_NAME_CHARS.has(folded[end + 1] ?? '')) break;
  }
  // A syllable character that opens a word of the language after the name is that word's (马斯克|当天/t), not the name's,
  // nor one that opens a word of place (普朗克|海洋/ns|微生物研究所).
  const last = ctx.seg.tokens[ctx.seg.tokenAt[end - 1]!];
  if (last && last.end > end && last.start > lastDot + 1 && (isCommonWord(last.word) || last.tag === 'ns')) end = last.start;
  // 古丽米拉·吐尔逊|扎根/ns|这里: a word of the language of two characters or more that closes the last part after two of its
  // syllables is what the one named does (扎根, 带领), not syllables of the name; a name's own endings jieba reads as
  // names or does not know (阿|马特, 夫斯基/nrt, 米莱/nrt).
  const closing = ctx.seg.tokens[ctx.seg.tokenAt[end - 1]!];
  if (
    closing &&
    closing.end === end &&
    closing.word.length >= 2 &&
    closing.start >= lastDot + 3 &&
    !/^(nr|nrt|nrfg|x)$/.test(closing.tag) &&
    isWord(closing.word)
  )
    end = closing.start;
  if (PLACE_AFTER.test(folded.slice(end, end + 1))) return undefined;
  return { start, end, score: 0.8 };
}
