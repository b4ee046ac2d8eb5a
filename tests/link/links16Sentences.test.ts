import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readLinkSentences, scoreLinkSentences } from '../fixtures/link/linkSentences.ts';

// links16's sentences (tests/fixtures/link/links16-sentences.txt), written before the linker first ran on them.
const FIXTURE = fileURLToPath(new URL('../fixtures/link/links16-sentences.txt', import.meta.url));
// First run (main 3348da3): 19 of 22 links right, 19 of 46 expected found (P .864, R .413).
// Visits and the delegation's body, partners who build together or pair with places, a town in a chamber's name, 位于, a body
// co-built, a cooperative founded, the builder of a named work, reference points and route ends: 46 of 46 (P 1, R 1).
const FLOOR = { right: 46, precision: 1 };

describe('links16 sentences: visits, partners who build together, pairing, a town in a chamber’s name, 位于, reference points', () => {
  it('keeps the links found at or above the floor', () => {
    const sentences = readLinkSentences(FIXTURE);
    expect(sentences.length).toBe(14);
    const tally = scoreLinkSentences(sentences);
    if (process.env.NOTES) console.log(tally, tally.notes.join('\n'));
    expect(tally.right).toBeGreaterThanOrEqual(FLOOR.right);
    expect(tally.right / Math.max(1, tally.found)).toBeGreaterThanOrEqual(FLOOR.precision);
  });
});
