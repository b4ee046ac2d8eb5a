import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { CITY_OTHER_NAMES } from '../data/cityOtherNames.ts';
import { placeCandidate } from './placeCandidate.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { CodeSet } from '../../text/codeSet.ts';

const NAMES = new Set(CITY_OTHER_NAMES);
// Most words start with a character no such name starts with: they are turned away before any string is made.
const FIRST = new CodeSet(CITY_OTHER_NAMES.map((n) => n[0]!));
const LENGTHS = [...new Set(CITY_OTHER_NAMES.map((n) => n.length))].sort((a, b) => b - a);

/**
 * A Chinese city under a former, classical or literary name (在北平, 汇集蓉城, 《凉州词》), where the words start and end
 * with it and no gazetteer name reads it already (临安 is 临安区's short form there).
 */
export function findCityOtherNames(ctx: EntityContext): EntityCandidate[] {
  const { folded, text, seg } = ctx;
  const out: EntityCandidate[] = [];
  const gazetteer = SpanCover.lazy(folded.length, ctx.gazMatches);
  // The places such a name's first character stands, kept where a word starts: not a test at every word of the report.
  const places = FIRST.placesIn(folded);
  for (let n = 0; n < places.length; n++) {
    const start = places[n]!;
    if (seg.tokens[seg.tokenAt[start]!]?.start !== start) continue;
    for (const len of LENGTHS) {
      const end = start + len;
      if (!seg.boundaries.has(end) || !NAMES.has(folded.slice(start, end)) || gazetteer.any(start, end)) continue;
      out.push(placeCandidate(text, start, end, 'city', 0.7, 'city-other-names'));
      break;
    }
  }
  return out;
}
