import type { EntityCandidate } from '../types.ts';

const inside = (a: EntityCandidate, b: EntityCandidate) => a.start >= b.start && a.end <= b.end;
const overlaps = (a: EntityCandidate, b: EntityCandidate) => a.start < b.end && b.start < a.end;

/**
 * Keeps one reading of each stretch of text: the longest candidate wins (then the higher score). Two kinds of nesting
 * are kept on purpose: a title cited inside another title (nested 〈…〉), and a place or person named inside a campaign
 * (长安新河 in 长安新河工程), which the gold counts. A name inside a document title or an organization's name
 * (东莞市 in 中共东莞市委) is not a mention of its own.
 */
export function resolveOverlaps(candidates: EntityCandidate[]): EntityCandidate[] {
  const order = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start || a.type.localeCompare(b.type),
  );
  const kept: EntityCandidate[] = [];
  // For each character, the kept candidates covering it: overlap tests stay local on long reports.
  const at: (EntityCandidate[] | undefined)[] = [];
  for (const c of order) {
    const near = new Set<EntityCandidate>();
    for (let i = c.start; i < c.end; i++) for (const k of at[i] ?? []) near.add(k);
    const clash = [...near].some((k) => {
      if (!overlaps(c, k)) return false;
      if (k.start === c.start && k.end === c.end && k.type === c.type) return true;
      if (inside(c, k) && k.type === 'regulation' && c.type === 'regulation') return false;
      if (inside(c, k) && k.type === 'campaign' && (c.type === 'place' || c.type === 'person')) return false;
      return true;
    });
    if (clash) continue;
    kept.push(c);
    for (let i = c.start; i < c.end; i++) (at[i] ??= []).push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
