import type { EntityContext } from '../context.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';
import { tokensOfAny } from '../wordTable.ts';

// A railway station's party committee or branch (北京西站|党委, 上海|火车站|党总支): the station is a place to the gold, its
// party body a body, named with the station as written. The station is named by its city, one word with its head to
// jieba (北京西站/ns, 郑州火车站/nt) or two (上海/ns|火车站/n); a kind of station alone (加油站/nt) names none.
const STATION_HEAD = /(火车站|车站|[东南西北]?站)$/;
const STATION_TAGS = /^(ns|nt|nz)$/;
const PARTY_BODY = /^(党委|党总支|党支部)$/;
const PARTY_BODY_WORDS = ['党委', '党总支', '党支部'];

/** 北京西站党委: a station jieba knows by name and the party body written right after it. */
export function stationPartyBodies(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg, gaz } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const city = (w: string) => gaz.byName.has(w);
  // From each party body's word (by word id), not from every word of the report.
  const bodies = tokensOfAny(seg, PARTY_BODY_WORDS);
  for (let n = 0; n < bodies.length; n++) {
    const k = bodies[n]! - 1;
    if (k < 0) continue;
    const t = seg.tokens[k]!;
    const body = seg.tokens[k + 1]!;
    if (body.start !== t.end || !PARTY_BODY.test(body.word) || !isHan(t.word)) continue;
    const head = STATION_HEAD.exec(t.word)?.[1];
    if (!head) continue;
    // 北京西站/ns: the city and the head in one word.
    if (t.word.length > head.length && STATION_TAGS.test(t.tag) && city(t.word.slice(0, -head.length))) {
      addNamedBody(out, cover, folded, t.start, body.end);
      continue;
    }
    // 上海/ns|火车站/n: the city as the word before.
    const before = seg.tokens[k - 1];
    if (t.word === head && before && before.end === t.start && before.tag === 'ns' && city(before.word))
      addNamedBody(out, cover, folded, before.start, body.end);
  }
  return out;
}
