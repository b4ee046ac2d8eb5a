import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { tagOf, tokensIn, type Segmentation } from '../segment.ts';
import { placeCandidate } from './placeCandidate.ts';
import { FUNCTION_CHARS } from './stemWords.ts';
import { FEATURE_GENERIC_CHARS } from './placeStems.ts';

// Rivers as a water bulletin writes them, whatever jieba made of their characters (马颊/x|河水/ns|位, 水/n|阳江/ns,
// 漳卫/x|河系/n|卫河淇门/x|站): a name of one to four characters and 河 or 江, between what opens a river's mention and
// what a bulletin says right after one.

// What a river's name opens after: a clause's or a list member's start, a conjunction, the system it belongs to
// (子牙河系|滏阳河), the land it runs through (德州市境内|徒骇河), a word that gives an example (如|淮河流域), or the date
// the clause opens with (7月下旬|海河流域, 8月|淮河).
const OPENS_AFTER = /(^|[、，,。；;：:（(\s系和与及如旬]|[0-9０-９][月日]|境内|支流|干流|例如|包括)$/;
// What a bulletin writes right after a river: its level, flow and flood, its course and banks, its system (大清河系).
const READING_AFTER =
  /^(水位|流量|洪峰|洪水|涨水|来水|沿线|沿岸|两岸|流域|干流|支流|上游|中游|下游|河道|堤防|漫滩|行洪|决口|水系|系[^统列数])/;
// A stretch of it between two places (漳卫新河|四女寺至大口河段).
const STRETCH_AFTER = /^[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,5}段/;
// A gauging station on it, named by its place (滏阳河|艾辛庄站, 南拒马河|北河店站), and what is read there.
const STATION_AFTER = /^([\u4e00-\u9fff]{2,3}?)站(?=[0-9０-９]|水位|流量|洪峰|出现|超|、|，|和|均)/;
// A river at the far end of a stretch (…至大口河段).
const STRETCH_END = /至([\u4e00-\u9fff]{1,3}[河江])段/g;
const RIVER_END = /[河江]/g;
const MAX_STEM = 4;
const SOURCE = 'bulletin-rivers';
// jieba's tags of a common word: such a station word is a kind of station (核电站).
const COMMON_TAGS = /^(n|v|vn|a|an|ad|d|l)$/;
// A river word jieba knows as a common or a coined word (运河, 护城河/nz, 界河/nz, 母亲河/nr) is a kind of water; one it
// does not know (马颊河/x) or knows as a place (子牙河/ns) is a name.
const KIND_OF_WATER_TAGS = /^(n|nz|nr|nrt|v|vn|a|an|ad|d|l)$/;
const CLAUSE_TAGS = /^(v|vd|vn|a|ad|an|p|c|d|u.*|r)$/;
const LOCATIVE_TAGS = /^(f|p)$/;

/** Rivers and their gauging stations a water bulletin names, each read again wherever the report writes it whole. */
export function findBulletinRivers(ctx: EntityContext): EntityCandidate[] {
  const { folded, text, seg } = ctx;
  const out: EntityCandidate[] = [];
  const rivers: [number, number][] = [];
  for (const m of folded.matchAll(RIVER_END)) {
    const end = m.index + 1;
    const start = riverStart(folded, seg, m.index);
    if (start === undefined) continue;
    const after = folded.slice(end, end + 12);
    const station = STATION_AFTER.exec(after);
    const listed = folded[end] === '、' && riverStart(folded, seg, nextRiverEnd(folded, end + 1)) === end + 1;
    const gauged = station !== null && namesStation(station[1]!);
    if (!gauged && !READING_AFTER.test(after) && !STRETCH_AFTER.test(after) && !listed) continue;
    rivers.push([start, end]);
    if (gauged) out.push(placeCandidate(text, end, end + station[0].length, 'feature', 0.8, SOURCE));
  }
  for (const m of folded.matchAll(STRETCH_END)) rivers.push([m.index + 1, m.index + 1 + m[1]!.length]);
  // 水阳江 named once beside its station is 水阳江 where a sentence after writes it alone (加强|水|阳江/ns): where the words
  // start and end with it.
  const names = new Set(rivers.map(([s, e]) => folded.slice(s, e)));
  for (const name of names)
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + name.length))
      if (seg.boundaries.has(at) && seg.boundaries.has(at + name.length)) rivers.push([at, at + name.length]);
  for (const [s, e] of rivers) out.push(placeCandidate(text, s, e, 'feature', 0.8, SOURCE));
  return out;
}

/** A station's name, not a kind of station (核电|站, 水文|站, 变电|站). */
function namesStation(name: string): boolean {
  return ![...name].some((c) => FUNCTION_CHARS.has(c)) && !COMMON_TAGS.test(tagOf(name)) && !COMMON_TAGS.test(tagOf(`${name}站`));
}

/** Where the river whose suffix is at `at` opens: the shortest stem after an opening, of name characters only. */
function riverStart(folded: string, seg: Segmentation, at: number): number | undefined {
  if (at < 1) return undefined;
  for (let len = 1; len <= MAX_STEM && at - len >= 0; len++) {
    const stem = folded.slice(at - len, at);
    if (!/^[\u4e00-\u9fff]+$/.test(stem) || [...stem].some((c) => FUNCTION_CHARS.has(c))) return undefined;
    if (!OPENS_AFTER.test(folded.slice(Math.max(0, at - len - 2), at - len))) continue;
    // 沿河, 大江: one character that is a word for waters or their sides names no river; nor do common words (护城河).
    // 海 stands for the sea in 海岛, 海湾, 海港, never for rivers in general: 海河 is the river.
    if ([...stem].every((c) => FEATURE_GENERIC_CHARS.has(c)) && !(stem === '海' && folded[at] === '河')) return undefined;
    if (KIND_OF_WATER_TAGS.test(tagOf(folded.slice(at - len, at + 1)))) return undefined;
    // 加强|水阳江, 清理/a|泔河: a verb or an adjective read whole before more of the stem is the clause's (澄碧/a|河, the
    // whole stem, is a name).
    if (tokensIn(seg, at - len, at).some((t) => t.start >= at - len && t.end < at && t.word.length > 1 && CLAUSE_TAGS.test(t.tag)))
      return undefined;
    // 沿/f|长江, 顺/p|漳|卫|河: a locative or a preposition jieba reads alone where the stem opens says where, along what;
    // it is no part of the river's name (水/n|阳江 is).
    const opening = tokensIn(seg, at - len, at).find((t) => t.start === at - len);
    if (opening && opening.word.length === 1 && LOCATIVE_TAGS.test(opening.tag)) return undefined;
    return at - len;
  }
  return undefined;
}

/** The offset of the next 河 or 江 within a name's reach of `from`, or -1. */
function nextRiverEnd(folded: string, from: number): number {
  for (let k = from + 1; k <= from + MAX_STEM && k < folded.length; k++) if (folded[k] === '河' || folded[k] === '江') return k;
  return -1;
}

/**
 * A place read across the bound of a river or station of a bulletin (白沟河东茨村 of 白沟河|东茨村站): jieba's words ran
 * the two names together, and the bulletin's reading of them stands.
 */
export function crossesBulletinName(names: readonly EntityCandidate[], c: EntityCandidate): boolean {
  if (c.type !== 'place' || c.source === SOURCE) return false;
  for (let k = 0; k < names.length; k++) {
    const r = names[k]!;
    if (c.start < r.end && r.start < c.end && (c.start < r.start || c.end > r.end) && (r.start < c.start || r.end > c.end)) return true;
  }
  return false;
}
