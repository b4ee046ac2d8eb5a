import type { EntityContext } from '../context.ts';
import type { Token } from '../segment.ts';
import { surnameLength } from './personNames.ts';
import { isCommonWord, isKnownPlaceName, NOT_NAME_END, wholeName, type NameHit } from './untitledNames.ts';
import { isForeignPart } from './transliteration.ts';
import { isHan } from '../../text/han.ts';
import { tokensOfAny } from '../wordTable.ts';
import { JAPANESE_SURNAMES } from '../data/japaneseSurnames.ts';

// Words that join the items of a list of people (叶挺及陈毅, 涅姆佐夫和赫里斯坚科, 柳青、李昕).
const JOINS = /^(、|和|及|与|以及)$/;
const MAX_FOREIGN = 6;

/**
 * Names listed with a person already read: the word on the other side of 和, 及, 与 or 、 is a person too when it is
 * shaped as a name — a Chinese name jieba reads as a name or does not know (军长叶挺及陈毅同志), or a run of
 * transliteration that is no place the world data or the gazetteer knows (涅姆佐夫和赫里斯坚科两名副总理). Walks the list
 * both ways from each name, as far as it goes.
 */
export function namesListedBeside(ctx: EntityContext, hits: readonly NameHit[]): NameHit[] {
  const { seg } = ctx;
  const tokens = seg.tokens;
  const out: NameHit[] = [];
  const seen = new Set(hits.map((h) => `${h.start}:${h.end}`));
  const queue = [...hits];
  for (let h = queue.shift(); h; h = queue.shift()) {
    const first = seg.tokenAt[h.start]!;
    const last = seg.tokenAt[h.end - 1]!;
    // Only a name that is whole words: one read inside a word gives no list around it.
    if (first < 0 || last < 0 || tokens[first]!.start !== h.start || tokens[last]!.end !== h.end) continue;
    const found = [nameAfter(ctx, last + 1), nameBefore(ctx, first - 1)];
    for (const f of found) {
      if (!f || seen.has(`${f.start}:${f.end}`)) continue;
      seen.add(`${f.start}:${f.end}`);
      const hit = { ...f, score: 0.65 };
      out.push(hit);
      queue.push(hit);
    }
  }
  return out;
}

/** A name right after the join at token `j`. */
function nameAfter(ctx: EntityContext, j: number): { start: number; end: number } | undefined {
  const tokens = ctx.seg.tokens;
  const join = tokens[j];
  if (!join || !JOINS.test(join.word) || tokens[j + 1]?.start !== join.end) return undefined;
  const t = tokens[j + 1]!;
  if (chineseName(t) || nameJiebaHolds(ctx, t)) return { start: t.start, end: t.end };
  let end = -1;
  for (let k = j + 1; k < tokens.length && isForeignPart(tokens[k]!, true); k++) {
    if (isKnownPlaceName(ctx, tokens[k]!.word)) break;
    if (tokens[k]!.end - t.start > MAX_FOREIGN) return undefined;
    end = tokens[k]!.end;
  }
  return foreignRun(ctx, t.start, end);
}

/** A name right before the join at token `j`. */
function nameBefore(ctx: EntityContext, j: number): { start: number; end: number } | undefined {
  const tokens = ctx.seg.tokens;
  const join = tokens[j];
  if (!join || !JOINS.test(join.word) || j < 1 || tokens[j - 1]!.end !== join.start) return undefined;
  const t = tokens[j - 1]!;
  if (chineseName(t) || nameJiebaHolds(ctx, t)) return { start: t.start, end: t.end };
  let start = -1;
  // Back to the start of the run, or to a place written before the name (尼日利亚|奥利塞赫).
  for (let k = j - 1; k >= 0 && isForeignPart(tokens[k]!, true); k--) {
    if (isKnownPlaceName(ctx, tokens[k]!.word)) break;
    if (t.end - tokens[k]!.start > MAX_FOREIGN) return undefined;
    start = tokens[k]!.start;
  }
  return foreignRun(ctx, start, t.end);
}

// A slash standing as a word of its own, half- or full-width: found by its word id, not by testing every word.
const SLASHES = ['/', '\uff0f'];

/** A word that is a whole Chinese name by its shape (叶挺/nr, 李昕/x). */
function chineseName(t: Token): boolean {
  const sl = surnameLength(t.word);
  return sl > 0 && isHan(t.word) && /^(nr|nrfg|x)$/.test(t.tag) && wholeName(t, sl) !== undefined;
}

/**
 * A three-character word jieba's dictionary holds as a name (濮存昕/nr, 腾格尔/nr) whose surname no list holds, opening its
 * item: beside a name in a list it is one too, unless its first two characters are a word of the language (司令官) or it
 * is a place or ends as places and things do.
 */
function nameJiebaHolds(ctx: EntityContext, t: Token): boolean {
  if (t.tag !== 'nr' || t.word.length !== 3 || !isHan(t.word) || NOT_NAME_END.has(t.word[2]!)) return false;
  // The item opens on it: a character before it that is no join or mark is its own first (德|仁天皇/nr 和雅子).
  const before = ctx.folded[t.start - 1] ?? '';
  if (isHan(before) && !JOINS.test(before)) return false;
  return !isCommonWord(t.word.slice(0, 2)) && !isKnownPlaceName(ctx, t.word);
}

/** A run of transliteration of two to six characters that is no place. */
function foreignRun(ctx: EntityContext, start: number, end: number): { start: number; end: number } | undefined {
  if (start < 0 || end < 0 || end - start < 2) return undefined;
  if (isKnownPlaceName(ctx, ctx.folded.slice(start, end))) return undefined;
  return { start, end };
}

/** Two Chinese names of three characters paired by a slash, as doubles players are (何泰权／姜京珍). */
export function namePairs(ctx: EntityContext): NameHit[] {
  const tokens = ctx.seg.tokens;
  const out: NameHit[] = [];
  const slashes = tokensOfAny(ctx.seg, SLASHES);
  for (let n = 0; n < slashes.length; n++) {
    const i = slashes[n]!;
    if (i < 1 || i + 1 >= tokens.length) continue;
    const a = tokens[i - 1]!;
    const b = tokens[i + 1]!;
    if (a.end !== tokens[i]!.start || b.start !== tokens[i]!.end) continue;
    if (a.word.length === 3 && b.word.length === 3 && chineseName(a) && chineseName(b)) {
      out.push({ start: a.start, end: a.end, score: 0.6 }, { start: b.start, end: b.end, score: 0.6 });
      continue;
    }
    const left = pairedName(ctx, tokens[i]!.start, -1);
    const right = pairedName(ctx, tokens[i]!.end, 1);
    if (left && right) out.push({ ...left, score: 0.6 }, { ...right, score: 0.6 });
    else {
      const japanese = japanesePair(ctx, tokens[i]!.start);
      if (japanese) out.push(...japanese);
    }
  }
  return out;
}

// The conjunctions that pair two people (全红婵和陈芋汐, 樊振东与马龙).
const AND = /^[和与]$/;

/**
 * Two Chinese names paired by 和 or 与 where jieba knows neither as a word of the language (全红婵/x|和|陈芋汐/x,
 * 樊振东/x|和|马龙/nr): a name of three characters it does not know beside another name makes both people's, as a list's
 * items do. Two words it knows as names only (高峰/nr|和|刘畅) need a cue.
 */
export function namesPairedByAnd(ctx: EntityContext): NameHit[] {
  const tokens = ctx.seg.tokens;
  const out: NameHit[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const and = tokens[i]!;
    if (!AND.test(and.word)) continue;
    const a = tokens[i - 1]!;
    const b = tokens[i + 1]!;
    if (a.end !== and.start || b.start !== and.end || !chineseName(a) || !chineseName(b)) continue;
    if (!(a.word.length === 3 && a.tag === 'x') && !(b.word.length === 3 && b.tag === 'x')) continue;
    if (isKnownPlaceName(ctx, a.word) || isKnownPlaceName(ctx, b.word)) continue;
    // 王楚/x|钦/nr: jieba cut the second name's last character off as a name's character of its own.
    const last = tokens[i + 2];
    const end =
      b.word.length === 2 && b.tag === 'x' && last?.start === b.end && last.word.length === 1 && /^(nr|ng)$/.test(last.tag)
        ? last.end
        : b.end;
    out.push({ start: a.start, end: a.end, score: 0.6 }, { start: b.start, end, score: 0.6 });
  }
  return out;
}

// What may follow the second name of a pair where jieba glued it on (谭宁以/x|2比1): a preposition or conjunction.
const AFTER_PAIR = /^[以与和在获战之对将也]$/;

/**
 * One name of a pair whose words jieba cut otherwise (刘/zg|圣书/n|／|谭宁以/x, 冯彦哲|／|黄东/ns|萍/nr): the three or two
 * characters on the slash's side (`dir` -1 before it, 1 after) shaped as a name, no word of the language and no place,
 * bounded by a word's edge on its other side.
 */
function pairedName(ctx: EntityContext, at: number, dir: -1 | 1): { start: number; end: number } | undefined {
  const { folded, seg } = ctx;
  for (const len of [3, 2]) {
    const start = dir < 0 ? at - len : at;
    const end = dir < 0 ? at : at + len;
    const name = folded.slice(start, end);
    if (start < 0 || !isHan(name) || surnameLength(name) !== 1 || isCommonWord(name) || isKnownPlaceName(ctx, name)) continue;
    if (NOT_NAME_END.has(name[name.length - 1]!) || (len === 3 && dir > 0 && AFTER_PAIR.test(name[2]!))) continue;
    const edge = dir < 0 ? start : end;
    if (seg.boundaries.has(edge) || !isHan(folded[edge] ?? '') || (dir > 0 && AFTER_PAIR.test(folded[edge]!))) return { start, end };
  }
  return undefined;
}

// A pair's word before it (日本组合松山奈未／志田千阳): the two names are players, whatever their family names.
const PAIR_WORD = '组合';

/**
 * A Japanese pair of four characters a name (日本组合松山奈未／志田千阳): after the word for a pair, or with a family name
 * of the lists opening each, and neither a place or a word.
 */
function japanesePair(ctx: EntityContext, slash: number): NameHit[] | undefined {
  const { folded } = ctx;
  const a = folded.slice(slash - 4, slash);
  const b = folded.slice(slash + 1, slash + 5);
  if (!isHan(a) || !isHan(b) || a.length !== 4 || b.length !== 4) return undefined;
  const cued = folded.endsWith(PAIR_WORD, slash - 4) || [a, b].every((n) => JAPANESE_SURNAMES.includes(n.slice(0, 2)));
  if (!cued || !ctx.seg.boundaries.has(slash - 4) || !ctx.seg.boundaries.has(slash + 5)) return undefined;
  if ([a, b].some((n) => isKnownPlaceName(ctx, n) || isCommonWord(n) || isCommonWord(n.slice(0, 2)))) return undefined;
  return [
    { start: slash - 4, end: slash, score: 0.6 },
    { start: slash + 1, end: slash + 5, score: 0.6 },
  ];
}
