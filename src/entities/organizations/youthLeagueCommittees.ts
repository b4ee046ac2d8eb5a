import type { EntityContext } from '../context.ts';
import { placeOfLevel } from './orgNames.ts';
import type { OrgHit } from './orgHit.ts';

// 团市委, 团省委, 团县委: the Communist Youth League's committee of a level, as its own reports and others write it.
const YOUTH_LEAGUE_LEVEL = /团([省市区县州旗盟])委(?!员)/g;

/**
 * The Youth League's committee of a level (团市委), named as the Youth League writes its committee of the report's own place
 * (共青团绍兴市委员会), so that the short form and the written-out name are one body; a level with no place of the report's
 * (团省委 in a national report) is named as written. 集团|市委 and 代表团 are no league bodies: 团 must open a word.
 */
export function youthLeagueCommittees(ctx: EntityContext, taken: readonly OrgHit[]): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded, seg, home } = ctx;
  const hits: OrgHit[] = [];
  for (const m of folded.matchAll(YOUTH_LEAGUE_LEVEL)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!seg.boundaries.has(start) || (seg.tokens[seg.tokenAt[start]!]?.end ?? end) > end) continue;
    const place = placeOfLevel(m[1]!, home);
    const name = place ? `共青团${place.name}委员会` : m[0];
    hits.push({ start, end, kind: 'co', id: name, name, score: 0.85 });
  }
  const absorbed = taken.filter((t) => hits.some((h) => h.start <= t.start && t.end <= h.end));
  return { hits, absorbed };
}
