import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { tagOf } from '../segment.ts';
import { placeCandidate } from './placeCandidate.ts';
import { isLandmarkClass } from './namedLandmarks.ts';

const SOURCE = 'sights-after-city';

/** The city or province matched at the front of a place word jieba knows whole (上海|南京路 of 上海南京路/ns), by its end. */
function citiesAtFront(ctx: EntityContext): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of ctx.gazMatches) {
    const t = ctx.seg.tokens[ctx.seg.tokenAt[m.start]!];
    if (!t || t.start !== m.start || t.end <= m.end || t.tag !== 'ns') continue;
    if (m.places.some((p) => p.level === 'province' || p.level === 'city')) out.set(m.start, m.end);
  }
  return out;
}

/**
 * 承德避暑山庄/ns, 北京北海公园/ns: the sight or street that jieba knows written after its city as one word is a place
 * of its own, named without the city (避暑山庄, 北海公园). Not where the gazetteer reads the rest, nor where a class noun
 * follows (上海南京路|步行街: the landmarks' reader names it with its class).
 */
export function findSightsAfterCity(ctx: EntityContext): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const starts = new Set(ctx.gazMatches.map((m) => m.start));
  for (const [start, end] of citiesAtFront(ctx)) {
    const t = ctx.seg.tokens[ctx.seg.tokenAt[start]!]!;
    if (starts.has(end) || t.end - end < 2 || tagOf(ctx.folded.slice(end, t.end)) !== 'ns') continue;
    const next = ctx.seg.tokens[ctx.seg.tokenAt[t.end]!];
    if (next?.start === t.end && isLandmarkClass(next.word)) continue;
    out.push(placeCandidate(ctx.text, end, t.end, 'feature', 0.75, SOURCE));
  }
  return out;
}

/**
 * A landmark read from its class noun back to the start of a word that opens with its city (上海南京路/ns|步行街): named
 * without the city, which the gazetteer reads at the word's front (南京路步行街 in 上海).
 */
export function withoutCityAtFront(ctx: EntityContext, landmarks: EntityCandidate[]): EntityCandidate[] {
  const cities = citiesAtFront(ctx);
  if (!cities.size) return landmarks;
  return landmarks.map((c) => {
    const end = cities.get(c.start);
    return end === undefined || c.end - end < 2 ? c : placeCandidate(ctx.text, end, c.end, c.place?.level ?? 'feature', c.score, c.source);
  });
}
