import type { EntityContext } from '../context.ts';
import { coverage, type OrgHit } from './orgHit.ts';

const CUSTOMS = '海关';
const MAX_CITY = 4;

/**
 * 舟山海关 (舟|山海关 to jieba, which knows the pass 山海关 as a word): a port city's customs named by the city where jieba
 * cut the city's name across into the customs' word. The city is a gazetteer name that starts a word; where jieba cuts
 * before 海关 the place-led reader has the body already.
 */
export function cityCustoms(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg, gaz } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (let at = folded.indexOf(CUSTOMS); at >= 0; at = folded.indexOf(CUSTOMS, at + 1)) {
    if (seg.boundaries.has(at) || cover.any(at, at + CUSTOMS.length)) continue;
    for (let len = Math.min(MAX_CITY, at); len >= 2; len--) {
      const start = at - len;
      const places = seg.boundaries.has(start) ? gaz.byName.get(folded.slice(start, at)) : undefined;
      if (!places?.some((p) => p.level === 'city' || p.level === 'county' || p.level === 'province')) continue;
      const name = folded.slice(start, at + CUSTOMS.length);
      out.push({ start, end: at + CUSTOMS.length, kind: 'co', id: name, name, score: 0.75 });
      break;
    }
  }
  return out;
}
