import type { EntityContext } from '../context.ts';
import type { OrgHit } from './orgHit.ts';
import { countyStems } from '../places/countyStems.ts';

/**
 * A bureau's branch named by the county or district it serves, written right after the bureau (衢州市生态环境局|龙游|分局,
 * 市公安局|椒江区|分局): one body, the branch, whose name holds the bureau's; the bureau alone is not that mention.
 */
export function bureauBranches(ctx: EntityContext, taken: readonly OrgHit[]): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded } = ctx;
  const hits: OrgHit[] = [];
  const absorbed: OrgHit[] = [];
  const placeAt = new Map<number, number>();
  for (const m of ctx.gazMatches) {
    if (m.places.some((p) => p.level === 'county')) placeAt.set(m.start, m.end);
  }
  for (const body of taken) {
    if (!folded.startsWith('局', body.end - 1)) continue;
    const placeEnd = placeAt.get(body.end) ?? stemEnd(ctx, body.end);
    if (placeEnd === undefined || !folded.startsWith('分局', placeEnd)) continue;
    const end = placeEnd + 2;
    // Named by the bureau's own name (市公安局|椒江|分局 in 台州's report is 台州市公安局椒江分局).
    const name = body.name + folded.slice(body.end, end);
    hits.push({ start: body.start, end, kind: 'co', id: name, name, score: 0.75 });
    absorbed.push(body);
  }
  return { hits, absorbed };
}

/** Where a county's short name (龙游 for 龙游县, which jieba reads as a common noun) written at `at` ends, or undefined. */
function stemEnd(ctx: EntityContext, at: number): number | undefined {
  const stems = countyStems(ctx.gaz);
  for (const len of [3, 2]) if (stems.has(ctx.folded.slice(at, at + len))) return at + len;
  return undefined;
}
