import type { EntityContext } from '../context.ts';
import { DEMOCRATIC_PARTY_NAMES } from '../data/democraticParties.ts';
import { occurrences } from '../../text/occurrences.ts';
import type { OrgHit } from './orgHit.ts';

// A committee's level and word after the party (民建|市委会, 民进江西|省委员会, 农工党广西|区委会), or its centre
// (民盟|中央, 九三学社|中央委员会).
const LEVEL_COMMITTEE = /^([省市区县州旗盟])(委员会|委会|委)/;
const CENTRE = /^中央(委员会)?/;
const MAX_PLACE = 10;

/**
 * The committees of the democratic parties: the centre (民盟中央, 九三学社中央) and a level's committee with its place or
 * without (民建市委会, 民革湖州市委会, 中国民主促进会江西省委员会, 农工党广西区委会), named as written. They are read
 * before the bodies inside their names (市委, 中共江西省委, 党中央): those bodies are the hits this takes the place of.
 */
export function partyCommittees(ctx: EntityContext, taken: readonly OrgHit[]): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded, gaz } = ctx;
  const hits: OrgHit[] = [];
  const found = occurrences(folded, DEMOCRATIC_PARTY_NAMES);
  for (const [k, party] of DEMOCRATIC_PARTY_NAMES.entries()) {
    for (const at of found[k]!) {
      // Full names come first: the short name inside one (中国农工民主党 holds 农工民主党) is read with it.
      if (hits.some((h) => h.start <= at && at < h.end)) continue;
      const end = committeeEnd(folded, at + party.length, (place) => gaz.byName.has(place));
      if (end === undefined) continue;
      const name = folded.slice(at, end);
      hits.push({ start: at, end, kind: 'co', id: name, name, score: 0.9 });
    }
  }
  const absorbed = taken.filter((t) => hits.some((h) => h.start <= t.start && t.end <= h.end && t.end - t.start < h.end - h.start));
  return { hits, absorbed };
}

/** Where the committee named right after a party ends: its centre, or a level's committee after a place or none. */
function committeeEnd(folded: string, from: number, isPlace: (name: string) => boolean): number | undefined {
  const centre = CENTRE.exec(folded.slice(from, from + 5));
  if (centre) return from + centre[0].length;
  for (let e = from; e <= from + MAX_PLACE; e++) {
    const place = folded.slice(from, e);
    if (place && !isPlace(place)) continue;
    const level = LEVEL_COMMITTEE.exec(folded.slice(e, e + 4));
    if (level) return e + level[0].length;
    // 湖州市|委会: the place written in full holds the level.
    const tail = /^(委员会|委会|委)/.exec(folded.slice(e, e + 3));
    if (place && /[省市区县州]$/.test(place) && tail) return e + tail[0].length;
  }
  return undefined;
}
