import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRecognizerCosts, recognizerCosts } from '../../src/bench/recognizerCosts.ts';

// A profile as V8 writes it: extractReport → findEntities → findOrganizations → two recognizers, one of them slow.
function writeProfile(): string {
  const node = (id: number, functionName: string, children: number[] = []) => ({ id, callFrame: { functionName }, children });
  const profile = {
    nodes: [
      node(1, '(root)', [2]),
      node(2, 'extractReport', [3]),
      node(3, 'findEntities', [4]),
      node(4, 'findOrganizations', [5, 6]),
      node(5, 'placeLedBodies'),
      node(6, 'listedBrandNames', [7]),
      node(7, 'occurrences'),
    ],
    // Samples of 1 ms (1000 µs) each: 2 in placeLedBodies, 6 in listedBrandNames (4 of them in occurrences), 2 in
    // findOrganizations itself.
    samples: [5, 5, 6, 6, 7, 7, 7, 7, 4, 4],
    timeDeltas: new Array(10).fill(1000),
  };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'costs-')), 'x.cpuprofile');
  fs.writeFileSync(file, JSON.stringify(profile));
  return file;
}

describe('recognizerCosts', () => {
  it('gives each stage and each function it calls directly its time per report, the slow recognizer marked', () => {
    const costs = recognizerCosts(writeProfile(), 2);
    const orgs = costs.find((c) => c.stage === 'findOrganizations')!;
    expect(orgs.ms).toBe(5);
    expect(orgs.callees).toEqual([
      ['listedBrandNames', 3],
      ['placeLedBodies', 1],
      ['(self)', 1],
    ]);
    expect(costs.find((c) => c.stage === 'findEntities')!.callees).toEqual([['findOrganizations', 5]]);
    const text = formatRecognizerCosts(costs, 2);
    expect(text).toMatch(/!\s+3\.00 {2}listedBrandNames/);
    expect(text).toMatch(/!\s+1\.00 {2}placeLedBodies/);
    expect(text).not.toMatch(/!\s+1\.00 {2}\(self\)/);
  });
});
