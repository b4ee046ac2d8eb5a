import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { CELESTIAL_BODIES } from '../data/celestialBodies.ts';
import { placeCandidate } from './placeCandidate.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { tagOf } from '../segment.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

const NAMES = new Set(CELESTIAL_BODIES);
const FIRST = new CodeSet(CELESTIAL_BODIES.map((n) => n[0]!));
// What may follow the body's name when it names the body: punctuation, 的/了, a place word (上, 周围), a preposition,
// a conjunction or an adverb, or a noun of the body's own (OWN_NOUN_TAGS). A verb or a field right after it makes it a
// modifier (月球|探测, 地球|物理, 火星|探测), and a letter or numeral a model's name (银河Ⅱ型).
const STANDS_BEFORE = /^(u\w*|f|p|c|d|y)$/;
const PUNCTUATION = /^[，。、；：！？）”’》,.;:!?)\s]/;
// Nouns after a body's name that are the body's own (月球|引力, 地球|磁场, 地球|生态平衡), not a field of study or a
// body's use (地球物理, 月球|探测, 太阳|能): the text names the body.
const OWN_NOUN_TAGS = /^(n|ng|i|l)$/;
const FIELDS = /^(物理|科学|化学|地理|探测|探索|观测|研究|科技|能源|仪|村|日)/;
const ownNoun = (word: string, tag: string) => word.length >= 2 && OWN_NOUN_TAGS.test(tag) && !FIELDS.test(word);
// Verbs that take what a preposition put before them as their object (对火星进行观测, 对月球开展探测).
const LIGHT_VERBS = /^(进行|开展|实施|实行)$/;
// A planet's moon by its number (海卫1, 木卫二, 土卫六): the planet's first character, 卫 and a numeral.
// A body's name as a word, and a word of four characters or more that may open with one (地球磁场/n).
const BODY_NAME = wordFlag((w) => NAMES.has(w));
const OPENS_ON_BODY_NAME = wordFlag(
  (w, tag) =>
    w.length >= 4 && FIRST.at(w, 0) && (tag === '' || /^(n|x)$/.test(tag)) && (NAMES.has(w.slice(0, 2)) || NAMES.has(w.slice(0, 3))),
);
const MOON = /[木土天海火]卫(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?![0-9０-９号型])/g;
/**
 * The Sun, the Moon and the planets where a text names the body itself (登上月球, 地球的, 土星周围, 月球引力, 地球磁场), and
 * planets' moons by number.
 */
export function findCelestialBodies(ctx: EntityContext): EntityCandidate[] {
  const { seg, text } = ctx;
  const out: EntityCandidate[] = [];
  const names = tokensWith(seg, BODY_NAME);
  for (let n = 0; n < names.length; n++) {
    const i = names[n]!;
    const t = seg.tokens[i]!;
    if (!FIRST.at(t.word, 0) || !NAMES.has(t.word)) continue;
    const next = seg.tokens[i + 1];
    // 对|火星|进行|观测: the object of a preposition before a light verb is the body itself, not a modifier.
    const object = seg.tokens[i - 1]?.tag === 'p' && LIGHT_VERBS.test(next?.word ?? '');
    // 在|火星|杰泽罗|陨石坑: after a preposition, a name of a place on the body (a word jieba does not know, or a place).
    const featureAfter = seg.tokens[i - 1]?.tag === 'p' && /^(x|ns)$/.test(next?.tag ?? '') && next!.word.length >= 2;
    if (next && !object && !featureAfter && !STANDS_BEFORE.test(next.tag) && !PUNCTUATION.test(next.word) && !ownNoun(next.word, next.tag))
      continue;
    out.push(placeCandidate(text, t.start, t.end, 'feature', 0.7, 'celestial'));
  }
  // 地球磁场/n, 地球表面/n: a word jieba made of the body's name and a noun of its own.
  const glued = tokensWith(seg, OPENS_ON_BODY_NAME);
  for (let n = 0; n < glued.length; n++) {
    const t = seg.tokens[glued[n]!]!;
    if (t.word.length < 4 || !FIRST.at(t.word, 0) || !/^(n|x)$/.test(t.tag)) continue;
    for (const name of [t.word.slice(0, 2), t.word.slice(0, 3)])
      if (NAMES.has(name) && ownNoun(t.word.slice(name.length), tagOf(t.word.slice(name.length))))
        out.push(placeCandidate(text, t.start, t.start + name.length, 'feature', 0.7, 'celestial'));
  }
  for (const m of ctx.folded.matchAll(MOON))
    if (seg.boundaries.has(m.index)) out.push(placeCandidate(text, m.index, m.index + m[0].length, 'feature', 0.7, 'celestial'));
  return out;
}
