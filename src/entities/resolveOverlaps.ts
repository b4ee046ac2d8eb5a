import type { EntityCandidate } from '../types.ts';
import { foldText } from '../text/foldText.ts';

const inside = (a: EntityCandidate, b: EntityCandidate) => a.start >= b.start && a.end <= b.end;
const overlaps = (a: EntityCandidate, b: EntityCandidate) => a.start < b.end && b.start < a.end;

const NONE: EntityCandidate[] = [];

// The types' names are lowercase ASCII, which localeCompare orders as their code units do: compared without a collator,
// as the sort of every candidate of a report asks of each two that share a span.
const byType = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A kept candidate `k` rules `c` out, unless one nests in the other in a way the gold keeps. */
function clashes(c: EntityCandidate, k: EntityCandidate): boolean {
  if (!overlaps(c, k)) return false;
  if (k.start === c.start && k.end === c.end && k.type === c.type) return true;
  if (inside(c, k) && k.type === 'regulation' && c.type === 'regulation') return false;
  if (inside(c, k) && k.type === 'campaign' && (c.type === 'place' || c.type === 'person')) return false;
  // A project named by the body it builds or runs (沈阳桃仙国际机场|第二跑道工程): the body opens the campaign's name.
  if (inside(c, k) && k.type === 'campaign' && c.type === 'organization' && c.start === k.start && c.end - c.start >= 4) return false;
  // A title that is only a name (《白鹿原》) names the work, not a person.
  if (inside(c, k) && k.type === 'regulation' && c.type === 'person' && c.end - c.start < k.end - k.start) return false;
  if (inside(c, k) && c.type === 'place' && k.type === 'organization' && (isTownOf(c, k) || namesLocalUnit(c, k))) return false;
  return true;
}

/** `k` is a school or office named by the town or village `c` it serves (宁固镇中心小学, 宁固镇南堡村小学). */
function namesLocalUnit(c: EntityCandidate, k: EntityCandidate): boolean {
  return (c.place?.level === 'town' || c.place?.level === 'village') && k.source === 'organizations' && k.surface.length > c.surface.length;
}

/** `k` is a body of the town `c` (石门镇 in 石门镇党委): an organization lies in the place its path ends with. */
function isTownOf(c: EntityCandidate, k: EntityCandidate): boolean {
  if (c.place?.level !== 'town' || !k.place?.path?.length) return false;
  // Bodies are named by the folded name (大东街道 for 大東街道 as written).
  return k.place.path.at(-1) === (c.canonical ?? foldText(c.surface));
}

/**
 * Keeps one reading of each stretch of text: the longest candidate wins (then the higher score). Two kinds of nesting
 * are kept on purpose: a title cited inside another title (nested 〈…〉), and a place or person named inside a campaign
 * (长安新河 in 长安新河工程), which the gold counts, and a town inside the name of one of its own bodies (石门镇 in
 * 石门镇党委): the grassroots report's town stays a place its bodies, villages and figures hang off. A person named in a
 * document title (习近平 in 习近平谈治国理政) is a mention of that person: the reader looking them up wants the book. Any other
 * name inside a document title or an organization's name (东莞市 in 中共东莞市委, 广东省 in a provincial regulation) is
 * not a mention of its own: it names the document's scope.
 */
export function resolveOverlaps(candidates: EntityCandidate[]): EntityCandidate[] {
  const order = byPrecedence(candidates);
  const kept: EntityCandidate[] = [];
  // For each character, the kept candidates covering it: overlap tests stay local on long reports. The first one sits
  // in a flat typed array (its index in `kept`, plus one; 0 for none), the rare further ones (a name kept inside a
  // campaign or a title) in a map: no array per character. A typed array comes zeroed: filling a plain array of a
  // report's length with undefined cost more than the rest of this function.
  const first = new Int32Array(candidates.reduce((m, c) => Math.max(m, c.end), 0));
  const further = new Map<number, EntityCandidate[]>();
  for (const c of order) {
    let clash = false;
    for (let i = c.start; i < c.end && !clash; i++) {
      const at = first[i]!;
      if (at === 0) continue;
      if (clashes(c, kept[at - 1]!)) clash = true;
      else for (const o of further.get(i) ?? NONE) if (clashes(c, o)) clash = true;
    }
    if (clash) continue;
    kept.push(c);
    for (let i = c.start; i < c.end; i++) {
      if (first[i] === 0) first[i] = kept.length;
      else {
        const list = further.get(i);
        if (list) list.push(c);
        else further.set(i, [c]);
      }
    }
  }
  return inTextOrder(kept);
}

// The candidates come from dozens of recognizers, objects of as many shapes: a comparator reading their fields is slow at
// every one of a sort's comparisons. Their keys are read once into typed arrays, and their indexes sorted (stably, as the
// candidates themselves would be) by a comparator that reads those.

/** Longest first, then the higher score, then the earlier start, then by type. */
function byPrecedence(candidates: readonly EntityCandidate[]): EntityCandidate[] {
  const n = candidates.length;
  const length = new Float64Array(n);
  const score = new Float64Array(n);
  const start = new Float64Array(n);
  const types = [...new Set(candidates.map((c) => c.type))].sort(byType);
  const type = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const c = candidates[k]!;
    length[k] = c.end - c.start;
    score[k] = c.score;
    start[k] = c.start;
    type[k] = types.indexOf(c.type);
  }
  const order = Array.from({ length: n }, (_, k) => k).sort(
    (a, b) => length[b]! - length[a]! || score[b]! - score[a]! || start[a]! - start[b]! || type[a]! - type[b]!,
  );
  return order.map((k) => candidates[k]!);
}

/** By start, then end. */
function inTextOrder(spans: readonly EntityCandidate[]): EntityCandidate[] {
  const n = spans.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    start[k] = spans[k]!.start;
    end[k] = spans[k]!.end;
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => start[a]! - start[b]! || end[a]! - end[b]!);
  return order.map((k) => spans[k]!);
}
