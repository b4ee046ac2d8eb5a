import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { worldNames } from '../world/worldNames.ts';
import { placeCandidate } from './placeCandidate.ts';
import { SpanCover } from '../../text/spanCover.ts';

// A news dateline: the paper or agency, the place the story was filed from, its date and 电 or 讯 (本报德国罗滕堡5月27日电,
// 据新华社莫斯科4月28日电). The place may follow its country's name.
const DATELINE =
  /(?:本报|新华社|中新社)([\u4e00-\u9fff]{2,10}?)(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)/g;
// The agencies a dateline opens with: a report that names none has no dateline.
const AGENCIES = ['本报', '新华社', '中新社'];

/**
 * The place a news story was filed from, named in its dateline: where no gazetteer or world name reads it already
 * (罗滕堡 after 德国, 罗滕堡 alone), the words between the agency (or the country after it) and the date are a city.
 */
export function findDatelinePlaces(ctx: EntityContext): EntityCandidate[] {
  const { folded, text } = ctx;
  const out: EntityCandidate[] = [];
  if (!AGENCIES.some((a) => folded.includes(a))) return out;
  const gazetteer = SpanCover.lazy(folded.length, ctx.gazMatches);
  for (const m of folded.matchAll(DATELINE)) {
    let start = m.index! + m[0].indexOf(m[1]!, 2);
    const end = start + m[1]!.length;
    const country = countryAt(folded.slice(start, end));
    start += country;
    if (end - start < 2 || worldNames().has(folded.slice(start, end)) || gazetteer.any(start, end)) continue;
    if (!ctx.seg.boundaries.has(start)) continue;
    out.push(placeCandidate(text, start, end, 'city', 0.7, 'dateline'));
  }
  return out;
}

/** The length of a country's name that `s` starts with (德国罗滕堡 → 2), or 0. */
function countryAt(s: string): number {
  for (let len = Math.min(s.length - 2, 8); len >= 2; len--) if (worldNames().get(s.slice(0, len))?.place?.level === 'country') return len;
  return 0;
}
