import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { tagOf } from '../segment.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { placeCandidate } from './placeCandidate.ts';

const SOURCE = 'known-sights';
// The last characters of the words below.
const SIGHT_LAST = new Set([...'屿窟场错滩畔'].map((c) => c.charCodeAt(0)));
// Words that may name a sight: tested once per distinct word, so that only those of a report are visited.
const MAY_NAME_SIGHT = wordFlag((w) => w.length >= 3 && SIGHT_LAST.has(w.charCodeAt(w.length - 1)) && isHan(w));
// Tags of a word jieba knows as a name: a place's, a person's (its guess for names it has no place for), another's.
const NAME_TAGS = /^(ns|nr|nrt|nz)$/;
// What a square is for or who uses it, not which one (中心广场, 商业广场, 市民广场).
const SQUARE_KINDS = /^(中心|商业|购物|文化|市民|休闲|集会|体育|音乐|中央|站前)$/;

/**
 * Sights jieba's dictionary holds whole as one word, told by the word that ends them, which ends no common word of the
 * language: an islet (鼓浪屿/n, 江心屿/nr: 屿 ends only islands' names; not 岛屿 'islands'), a grotto jieba knows as a
 * place (莫高窟/ns, 龙门石窟/ns; a longer word not ending in 石窟 is the idiom 龙潭虎窟), a square jieba knows as a place
 * or a set phrase (天安门广场/ns, 五一广场/l; not a kind of square, 中心广场), a Tibetan lake (错 'lake': 纳木错/nr,
 * 色林错/ns; not 大错特错, whose last two characters are a word), a beach jieba knows as a name (金石滩/nr; not 沙滩), and
 * a river's or lake's bank jieba knows whole as a place, which names the water (塞纳河畔/ns → 塞纳河).
 */
export function findKnownSights(ctx: EntityContext): EntityCandidate[] {
  const { seg, text } = ctx;
  const out: EntityCandidate[] = [];
  const sights = tokensWith(seg, MAY_NAME_SIGHT);
  for (let n = 0; n < sights.length; n++) {
    const t = seg.tokens[sights[n]!]!;
    if (sightWord(t.word, t.tag)) out.push(placeCandidate(text, t.start, t.end, 'feature', 0.7, SOURCE));
    else if (t.tag === 'ns' && /[河湖江]畔$/.test(t.word)) out.push(placeCandidate(text, t.start, t.end - 1, 'feature', 0.7, SOURCE));
  }
  return out;
}

function sightWord(w: string, tag: string): boolean {
  if (w.endsWith('屿')) return !w.endsWith('岛屿') && tag !== 'x';
  if (w.endsWith('窟')) return tag === 'ns' && (w.length === 3 || w.endsWith('石窟'));
  if (w.endsWith('错')) return NAME_TAGS.test(tag) && tagOf(w.slice(-2)) === 'x';
  if (w.endsWith('滩')) return NAME_TAGS.test(tag);
  if (w.endsWith('广场')) return /^(ns|l)$/.test(tag) && w.length >= 4 && !SQUARE_KINDS.test(w.slice(0, -2));
  return false;
}
