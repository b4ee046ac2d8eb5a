import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { CELESTIAL_BODIES } from '../data/celestialBodies.ts';
import { placeCandidate } from './placeCandidate.ts';

const NAMES = new Set(CELESTIAL_BODIES);
// What may follow the body's name when it names the body: punctuation, 的/了, a place word (上, 周围), a preposition,
// a conjunction or an adverb. A noun or verb right after it makes it a modifier (月球|探测, 地球|物理, 火星|探测), and a
// letter or numeral a model's name (银河Ⅱ型).
const STANDS_BEFORE = /^(u\w*|f|p|c|d|y)$/;
const PUNCTUATION = /^[，。、；：！？）”’》,.;:!?)\s]/;
/** The Sun, the Moon and the planets where a text names the body itself (登上月球, 地球的, 土星周围). */
export function findCelestialBodies(ctx: EntityContext): EntityCandidate[] {
  const { seg, text } = ctx;
  const out: EntityCandidate[] = [];
  seg.tokens.forEach((t, i) => {
    if (!NAMES.has(t.word)) return;
    const next = seg.tokens[i + 1];
    if (next && !STANDS_BEFORE.test(next.tag) && !PUNCTUATION.test(next.word)) return;
    out.push(placeCandidate(text, t.start, t.end, 'feature', 0.7, 'celestial'));
  });
  return out;
}
