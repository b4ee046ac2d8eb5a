import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import type { Token } from '../segment.ts';
import { NAME_HYPHENS } from '../people/transliteration.ts';
import { worldNames } from '../world/worldNames.ts';
import { isHan } from '../../text/han.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { placeCandidate } from './placeCandidate.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { wordsOpeningOn } from '../wordsByCharacter.ts';

// The levels a foreign division, a port or a city closes on (北莱茵-威斯特法伦州, 奥弗涅-罗讷-阿尔卑斯大区,
// 安特卫普-布鲁日港, 克莱蒙-费朗市), as a word of its own or ending a name word (纳塔尔省/ns).
const LEVEL = /(大区|省|州|港|市|郡)$/;
// Words that may be a piece of a foreign name: names, words jieba does not know, one character of a direction (北|莱茵).
const PIECE_TAGS = /^(ns|nr|nrt|nrfg|nz|x|j)$/;
const MAX_NAME = 16;
const MAX_PARTS = 4;

/**
 * A place whose name joins two or more foreign names by hyphens, however jieba cut the parts (北/ns|莱茵/ns|-|威斯特法伦/nrt|州,
 * 石勒苏/ns|益格/x|-|荷尔/ns|斯泰因/nr|州, 安特卫普/nr|-|布鲁日/nrt|港): every part is name words, the last closes on a
 * level, and the name opens where a word that is no name's stands before it or a country's name does (德国|北莱茵-…); a
 * country or a region is no part (中国-东盟).
 * Not where a part is a place of China's gazetteer (a dash between two of ours pairs them: 广州-佛山).
 */
export function findHyphenatedPlaces(ctx: EntityContext): EntityCandidate[] {
  const { seg, text } = ctx;
  const out: EntityCandidate[] = [];
  const gazetteer = SpanCover.lazy(ctx.folded.length, ctx.gazMatches);
  const tokens = seg.tokens;
  // Only the words that open on a hyphen's character: a report holds a few, where testing every word was a pass of it.
  for (const h of wordsOpeningOn(seg, ctx.folded, HYPHEN_CODES)) {
    if (h < 1 || h + 1 >= tokens.length || !isHyphen(tokens[h]!) || (h > 1 && isHyphen(tokens[h - 2]!))) continue;
    // The parts after the first hyphen, up to the word that closes on a level.
    let parts = 1;
    let end = -1;
    for (let k = h + 1; k < tokens.length && tokens[k]!.end - tokens[h]!.start <= MAX_NAME; k++) {
      const t = tokens[k]!;
      if (isHyphen(t)) {
        if (++parts > MAX_PARTS || !isPiece(tokens[k + 1])) break;
        continue;
      }
      // 纳塔尔省/ns closes the name as 威斯特法伦|州 does; a level alone right after the hyphen closes none.
      const closes = t.word.length <= 2 ? k > h + 1 : PIECE_TAGS.test(t.tag);
      if (LEVEL.test(t.word) && closes && isHan(t.word)) {
        end = t.end;
        break;
      }
      if (!isPiece(t)) break;
    }
    if (end < 0) continue;
    const start = firstPartStart(tokens, h);
    if (start === undefined || gazetteer.any(start, end)) continue;
    out.push(placeCandidate(text, start, end, 'city', 0.65, 'foreign-divisions'));
  }
  return out;
}

/** Where the name words before the hyphen at `h` open: after a word that is no name's, or after a country's name. */
function firstPartStart(tokens: readonly Token[], h: number): number | undefined {
  let start: number | undefined;
  for (let k = h - 1; k >= 0 && tokens[h]!.start - tokens[k]!.start <= MAX_NAME / 2; k--) {
    const t = tokens[k]!;
    if (!isPiece(t) || t.end !== (tokens[k + 1]?.start ?? t.end)) break;
    start = t.start;
  }
  return start !== undefined && tokens[h]!.start - start >= 2 ? start : undefined;
}

const isHyphen = (t: Token) => t.word.length === 1 && NAME_HYPHENS.has(t.word);
const HYPHEN_CODES = new CodeSet(NAME_HYPHENS);
// A country or a region is where the name lies (德国|北莱茵-…), no part of it (中国-东盟 pairs two).
const isPiece = (t: Token | undefined) =>
  t !== undefined && isHan(t.word) && PIECE_TAGS.test(t.tag) && !/^(country|region)$/.test(worldNames().get(t.word)?.place?.level ?? '');
