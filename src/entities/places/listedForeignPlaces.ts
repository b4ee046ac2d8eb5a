import type { EntityCandidate, PlaceInfo } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { isListJoiner } from '../../text/listJoiners.ts';

// A foreign city or region is listed beside others of its kind (釜山、仁川; 符拉迪沃斯托克港和哈巴罗夫斯克; 英格兰北部和
// 北爱尔兰). Many such names are in no data the project has, but jieba reads them as a place or a transliterated name
// (仁川/ns, 哈巴罗夫斯克/nrt): joined by a 、 or 和 to a foreign city or region, such a word is a place of the same country.
// Not a word right after a country: that is what the country does or is as often (美国|朝野, 德国|法西斯, 朝鲜|南北).

const SOURCE = 'listed-foreign';
// Tags of a place word or a transliterated name jieba guessed (not x, which glues any unknown run of characters).
const NAME_TAGS = /^(ns|nr|nrt|nrfg|nz)$/;
// Parts of a place written after its name (英格兰|北部, 符拉迪沃斯托克|港): the list goes on after them.
const PART_AFTER = /^([东南西北中]部|港)$/;

/** Names listed beside a foreign city or region that no recognizer read. */
export function findListedForeignPlaces(ctx: EntityContext, found: readonly EntityCandidate[]): EntityCandidate[] {
  const { seg, text, folded } = ctx;
  const out: EntityCandidate[] = [];
  const places = found.filter((c) => c.type === 'place');
  // A person's name jieba guessed (布鲁克林/nr) is no reading of its own here: the list decides between them.
  const read = found.filter((c) => c.type !== 'person');
  const covered = (s: number, e: number) => [...read, ...out].some((c) => c.start < e && s < c.end);
  const nameAt = (k: number) => {
    const t = seg.tokens[k];
    if (!t || !NAME_TAGS.test(t.tag) || t.word.length < 2 || t.word.length > 8 || !isHan(t.word) || covered(t.start, t.end))
      return undefined;
    return t;
  };
  const add = (start: number, end: number, place: PlaceInfo) =>
    out.push({ type: 'place', start, end, surface: text.slice(start, end), score: 0.6, source: SOURCE, place });
  const queue = places.filter(foreignPlace);
  for (let i = 0; i < queue.length; i++) {
    const c = queue[i]!;
    const info = c.place!;
    // 英格兰|北部|和|北爱尔兰: the list goes on after a part of the place.
    let end = c.end;
    const part = seg.tokens[seg.tokenAt[end] ?? -1];
    if (part?.start === end && PART_AFTER.test(part.word)) end = part.end;
    if (isListJoiner(folded[end] ?? '')) {
      const t = nameAt(seg.tokenAt[end + 1] ?? -1);
      if (t && t.start === end + 1) {
        add(t.start, t.end, { level: info.level, ...(info.path ? { path: info.path } : {}) });
        queue.push(out.at(-1)!);
      }
    }
  }
  return out;
}

/**
 * A city or region of another country (釜山 under 韩国, 英格兰 under 英国), or a foreign division CC-CEDICT glosses (敖德萨);
 * not a country, whose neighbours in a list are its people or bodies as often (美国和北约), nor a region of the world
 * (东南亚), nor China's.
 */
function foreignPlace(c: EntityCandidate): boolean {
  const p = c.place;
  if (!p || p.code) return false;
  if (c.source === 'glossed-places') return p.level === 'city';
  return (p.level === 'city' || p.level === 'region') && !!p.path?.length && p.path[0] !== '中国';
}
