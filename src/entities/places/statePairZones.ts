import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import type { Segmentation } from '../segment.ts';
import { tagOf, wordStartingAt } from '../segment.ts';
import { placeCandidate } from './placeCandidate.ts';
import { worldNames } from '../world/worldNames.ts';
import type { SuffixPlace } from './placeStems.ts';

// A zone two states build together is named by 中 and the other state's first character before its place (中新天津生态城:
// China and Singapore; 中韩盐城产业园, 中马钦州产业园区). jieba reads 中 as a word of position and the state's character as a
// word of the language (新 'new', 韩 the surname), so the suffix reading starts inside the pair (新天津生态城) or at the place.

let firsts: Set<string> | undefined;

/** The first characters of other states' names (新 of 新加坡, 马 of 马来西亚), not directions, which open regions (中东). */
export function stateFirsts(): Set<string> {
  if (firsts) return firsts;
  firsts = new Set();
  for (const [form, n] of worldNames())
    if (n.type === 'place' && n.place?.level === 'country' && form === n.canonical && n.canonical !== '中国') firsts.add(form[0]!);
  for (const d of '东南西北中') firsts.delete(d);
  return firsts;
}

/**
 * The zone with the pair of states that opens its name, where 中 and a state's first character stand right before the
 * gazetteer place its name starts with (at `placeStarts`) and jieba knows no word of the two (中新/x; not 中东, 中科, 中意).
 */
export function withStatePair(folded: string, seg: Segmentation, p: SuffixPlace, placeStarts: Set<number>): SuffixPlace {
  if (p.kind !== 'zone') return p;
  for (let j = p.start; j <= p.start + 1 && j < p.stemEnd; j++) {
    if (!placeStarts.has(j) || j < 2 || folded[j - 2] !== '中' || !stateFirsts().has(folded[j - 1]!)) continue;
    if (!seg.boundaries.has(j - 2) || tagOf(folded.slice(j - 2, j)) !== 'x') continue;
    return { ...p, start: j - 2, name: folded.slice(j - 2, p.end) };
  }
  return p;
}

/** 中哈, 中白: 中 and another state's first character, which jieba knows no word of. */
export const isStatePair = (w: string) => w.length === 2 && w[0] === '中' && stateFirsts().has(w[1]!) && tagOf(w) === 'x';

// The classes of a park two states build, right after the pair that names it.
const PAIR_PARKS = /^(工业园|工业园区|产业园|产业园区|经贸合作区|合作区|科技园)$/;

/**
 * 中白/x|工业园: a park named by the pair of states that build it and nothing else (the China–Belarus park), which the suffix
 * reading drops, as 中 opens no name of a place elsewhere.
 */
export function findStatePairParks(ctx: EntityContext): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const { seg, text, folded } = ctx;
  // Only the words that open with 中, found by the character rather than by visiting every word.
  for (let i = folded.indexOf('中'); i >= 0; i = folded.indexOf('中', i + 1)) {
    const t = wordStartingAt(seg, i);
    if (!t || t.tag !== 'x' || !isStatePair(t.word)) continue;
    const park = wordStartingAt(seg, t.end);
    if (park && PAIR_PARKS.test(park.word)) out.push(placeCandidate(text, t.start, park.end, 'zone', 0.75, 'statePairParks'));
  }
  return out;
}
