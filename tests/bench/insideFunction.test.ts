import { describe, expect, it } from 'vitest';
import type { Sample } from '../../src/bench/cpuProfile.ts';
import { insideFunction } from '../../src/bench/insideFunction.ts';

// Innermost function last, as written; each sample 1 ms, in src/x.ts.
const at = (...stack: string[]): Sample => ({ at: 0, us: 1000, stack: [...stack].reverse(), files: stack.map(() => 'src/x.ts') });

describe('the time inside one function of the bundle', () => {
  it("lists every function below it by inclusive and self time per report, under esbuild's numbered name too", () => {
    const samples = [
      at('(root)', 'findEntities', 'findOrganizations2', 'placeLedBodies', 'occurrences'),
      at('(root)', 'findEntities', 'findOrganizations2', 'placeLedBodies', 'occurrences'),
      at('(root)', 'findEntities', 'findOrganizations2', 'placeLedBodies'),
      at('(root)', 'findEntities', 'findOrganizations2'),
      at('(root)', 'findEntities', 'findPeople'),
    ];
    const { ms, costs } = insideFunction(samples, 'findOrganizations', 2);
    expect(ms).toBe(2);
    expect(costs).toEqual([
      { name: 'placeLedBodies src/x.ts', inclusiveMs: 1.5, selfMs: 0.5 },
      { name: 'occurrences src/x.ts', inclusiveMs: 1, selfMs: 1 },
      { name: '(self)', inclusiveMs: 0.5, selfMs: 0.5 },
    ]);
  });
});
