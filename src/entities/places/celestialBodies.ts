import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { CELESTIAL_BODIES } from '../data/celestialBodies.ts';
import { placeCandidate } from './placeCandidate.ts';
import { CodeSet } from '../../text/codeSet.ts';

const NAMES = new Set(CELESTIAL_BODIES);
const FIRST = new CodeSet(CELESTIAL_BODIES.map((n) => n[0]!));
// What may follow the body's name when it names the body: punctuation, 的/了, a place word (上, 周围), a preposition,
// a conjunction or an adverb. A noun or verb right after it makes it a modifier (月球|探测, 地球|物理, 火星|探测), and a
// letter or numeral a model's name (银河Ⅱ型).
const STANDS_BEFORE = /^(u\w*|f|p|c|d|y)$/;
const PUNCTUATION = /^[，。、；：！？）”’》,.;:!?)\s]/;
/** The Sun, the Moon and the planets where a text names the body itself (登上月球, 地球的, 土星周围). */
export function findCelestialBodies(ctx: EntityContext): EntityCandidate[] {
  const { seg, text } = ctx;
  const out: EntityCandidate[] = [];
  // By index, and by first character before the set: this reads every word of every report.
  for (let i = 0; i < seg.tokens.length; i++) {
    const t = seg.tokens[i]!;
    if (!FIRST.at(t.word, 0) || !NAMES.has(t.word)) continue;
    const next = seg.tokens[i + 1];
    if (next && !STANDS_BEFORE.test(next.tag) && !PUNCTUATION.test(next.word)) continue;
    out.push(placeCandidate(text, t.start, t.end, 'feature', 0.7, 'celestial'));
  }
  return out;
}
