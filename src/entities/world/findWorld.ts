import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { wordEndingAt, wordParts, wordStartingAt, type Segmentation } from '../segment.ts';
import { worldNames, type WorldName } from './worldNames.ts';
import { CUES_BEFORE } from '../people/nameCues.ts';
import { CodeSet } from '../../text/codeSet.ts';

const SOURCE = 'world';

// What jieba's dictionary glues to a country's or region's name as one word: a post (法国总理, 德国总理), a nationality
// (荷兰人), its countries or its question (东欧各国, 拉美国家, 中东问题).
const AFTER_COUNTRY = new Set([...CUES_BEFORE, '人', '各国', '国家', '问题']);
const AFTER_COUNTRY_LONGEST = Math.max(...[...AFTER_COUNTRY].map((w) => w.length));

let index: { byFirst: Map<number, number[]>; first: CodeSet } | undefined;

/** The lengths of the names starting with each character (by its code unit: no string per character read), longest first. */
function nameIndex(): { byFirst: Map<number, number[]>; first: CodeSet } {
  if (index) return index;
  const byFirst = new Map<number, Set<number>>();
  for (const name of worldNames().keys()) {
    const first = name.charCodeAt(0);
    const lengths = byFirst.get(first) ?? new Set<number>();
    lengths.add(name.length);
    byFirst.set(first, lengths);
  }
  index = {
    byFirst: new Map([...byFirst].map(([c, l]) => [c, [...l].sort((a, b) => b - a)])),
    first: new CodeSet([...byFirst.keys()].map((c) => String.fromCharCode(c))),
  };
  return index;
}

/**
 * Countries and territories, world regions, former states, large cities and capitals, and international organizations
 * under every written form (世界贸易组织 / 世贸组织): the longest name that starts and ends on word boundaries.
 */
export function findWorld(ctx: EntityContext): EntityCandidate[] {
  const { folded, text, seg } = ctx;
  const names = worldNames();
  const { byFirst, first } = nameIndex();
  const out: EntityCandidate[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (!first.at(folded, i)) continue;
    const lengths = byFirst.get(folded.charCodeAt(i));
    if (!lengths || !wordBoundary(seg, i)) continue;
    for (const len of lengths) {
      const end = i + len;
      if (end > folded.length) continue;
      // 南亚地区, 亚洲地区 (one word to jieba): the region under a longer form, one entity with the bare name.
      const regionForm = folded.startsWith('地区', end) && wordBoundary(seg, end + 2);
      if (!regionForm && !wordBoundary(seg, end)) continue;
      const hit: WorldName | undefined = names.get(folded.slice(i, end));
      if (!hit || (regionForm && hit.type !== 'place')) continue;
      // A city between two nouns is still the city (评价|加的夫|首脑会: jieba tags 评价 a noun); a country or region so
      // placed is a modifier (时代|中国|特色社会主义).
      if (hit.type === 'place' && hit.place?.level !== 'city' && insideCompound(seg, i, end)) break;
      // 黄淮中南部, 东北部: a part of somewhere by its direction (but 东欧部分国家 names the region).
      if (hit.place?.level === 'region' && folded[end] === '部' && folded[end + 1] !== '分') break;
      const stop = regionForm ? end + 2 : end;
      const surface = text.slice(i, stop);
      out.push({
        type: hit.type,
        start: i,
        end: stop,
        surface,
        ...(hit.canonical !== folded.slice(i, stop) ? { canonical: hit.canonical } : {}),
        score: 0.9,
        source: SOURCE,
        ...(hit.place ? { place: hit.place } : {}),
      });
      i = stop - 1;
      break;
    }
  }
  return out;
}

/**
 * A word boundary, or one between the dictionary words of a body's name jieba kept whole (印度|政府, 美国|财政部), or
 * before the post or nationality jieba glued to a country (法国|总理, 德国|总理, 荷兰|人, 东欧|各国).
 */
function wordBoundary(seg: Segmentation, at: number): boolean {
  if (seg.boundaries.has(at)) return true;
  const t = seg.tokens[seg.tokenAt[at]!];
  // Only a short rest can be a post (no string cut from every long word this is asked of).
  if (t && at > t.start && t.end - at <= AFTER_COUNTRY_LONGEST && AFTER_COUNTRY.has(t.word.slice(at - t.start))) return true;
  // Only inside a word jieba read as a body's name: 中国特色 is 'Chinese', not China.
  if (!t || t.word.length < 3 || t.tag !== 'nt') return false;
  let edge = t.start;
  for (const p of wordParts(t.word)) {
    edge += p.length;
    if (edge === at) return true;
    if (edge > at) return false;
  }
  return false;
}

/**
 * A place name between two common nouns, with no 的 (时代|中国|特色社会主义): a modifier inside a longer term, not a mention
 * of the place.
 */
function insideCompound(seg: Segmentation, start: number, end: number): boolean {
  return wordEndingAt(seg, start)?.tag === 'n' && wordStartingAt(seg, end)?.tag === 'n';
}
