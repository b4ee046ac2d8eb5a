import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readLinkSentences, scoreLinkSentences } from '../fixtures/link/linkSentences.ts';

// links15's sentences (tests/fixtures/link/links15-sentences.txt), written before the linker first ran on them.
const FIXTURE = fileURLToPath(new URL('../fixtures/link/links15-sentences.txt', import.meta.url));
// First run (main 5e2a81e): 24 of 27 links right, 24 of 33 expected found (P .889, R .727).
const FLOOR = { right: 24, precision: 0.88 };

describe('links15 sentences: fines of bodies, places worked on, 其中, class nouns, partners and whom a body serves', () => {
  it('keeps the links found at or above the floor', () => {
    const sentences = readLinkSentences(FIXTURE);
    expect(sentences.length).toBe(19);
    const tally = scoreLinkSentences(sentences);
    if (process.env.NOTES) console.log(tally, tally.notes.join('\n'));
    expect(tally.right).toBeGreaterThanOrEqual(FLOOR.right);
    expect(tally.right / Math.max(1, tally.found)).toBeGreaterThanOrEqual(FLOOR.precision);
  });
});
