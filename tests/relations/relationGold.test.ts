import { describe, expect, it } from 'vitest';
import { precision, recall, scoreSet } from './relationGold.ts';

// Floors per kind against the hand-written relations (tests/fixtures/relations, conventions in docs/relations.md).
// Ratchets: raise them, never lower them. Held-out recall is bounded by the entities found: a post whose body or person
// the entities miss cannot be linked.
const FLOORS = {
  dev: {
    recall: { 'holds-post': 1, inspects: 1, issues: 1, runs: 0.85 },
    precision: { 'holds-post': 1, inspects: 1, issues: 1, runs: 0.9 },
  },
  heldout: {
    recall: { 'holds-post': 0.95, inspects: 1, issues: 1, runs: 1, disciplines: 1, leads: 1 },
    precision: { 'holds-post': 1, inspects: 1, issues: 1, runs: 1, disciplines: 1, leads: 1 },
  },
} as const;

describe.each(['dev', 'heldout'] as const)('relations against the hand-written %s set', (set) => {
  const { total } = scoreSet(set);
  for (const [kind, floor] of Object.entries(FLOORS[set].recall)) {
    it(`${kind}: recall ≥ ${floor}`, () => {
      const s = total.get(kind as never)!;
      expect({ recall: recall(s), misses: s.misses }).toMatchObject({ recall: expect.any(Number) });
      expect(recall(s), s.misses.join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }
  for (const [kind, floor] of Object.entries(FLOORS[set].precision)) {
    it(`${kind}: precision ≥ ${floor}`, () => {
      const s = total.get(kind as never)!;
      expect(precision(s), s.falseHits.join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }
});
