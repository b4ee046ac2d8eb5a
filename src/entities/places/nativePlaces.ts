import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';

// What closes a person's native place: 人 and a mark (浙江钱塘人，, 湖南巴陵人。).
const NATIVE_END = /^人[，,。；;）)、]/;

/**
 * A native place written after its province (浙江|钱塘/ns|人，, 湖南|巴陵/ns|人。): a biography names a county there, an old
 * one the gazetteer of today's divisions no longer holds (钱塘, 巴陵, 临桂), and jieba's dictionary reads it as a place's
 * name. The province before and 人 after say what it is; a word jieba reads otherwise (新化/v) is left.
 */
export function findNativePlaces(ctx: EntityContext): EntityCandidate[] {
  const { folded, seg } = ctx;
  const out: EntityCandidate[] = [];
  const starts = new Set(ctx.gazMatches.map((m) => m.start));
  for (const m of ctx.gazMatches) {
    if (m.places.length !== 1 || m.places[0]!.level !== 'province' || starts.has(m.end)) continue;
    const t = seg.tokens[seg.tokenAt[m.end] ?? -1];
    if (!t || t.start !== m.end || t.tag !== 'ns' || t.word.length < 2 || t.word.length > 3) continue;
    if (!NATIVE_END.test(folded.slice(t.end, t.end + 2))) continue;
    out.push({ type: 'place', start: t.start, end: t.end, surface: ctx.text.slice(t.start, t.end), score: 0.7, source: 'places' });
  }
  return out;
}
