import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readLinkSentences, scoreLinkSentences } from '../fixtures/link/linkSentences.ts';

// links14's sentences (tests/fixtures/link/links14-sentences.txt), written before the linker first ran on them.
const FIXTURE = fileURLToPath(new URL('../fixtures/link/links14-sentences.txt', import.meta.url));
// First run (main 4a39480): 22 of 30 links right, 22 of 28 expected found (P .733, R .786).
// A penalty a person pays is the person's alone, what is given to people named is theirs, 其 the person named before it
// (personalSums.ts, referringWords.ts): 24 of 24 (P 1, R .857). The places a subjectless clause aids (帮扶A、B…) own what the
// later clauses count (actionPlaces.ts helpedPlaces): 26 of 26 (P 1, R .929).
const FLOOR = { right: 26, precision: 1 };

describe('links14 sentences: penalties, gifts, 其 and places helped', () => {
  it('keeps the links found at or above the floor', () => {
    const sentences = readLinkSentences(FIXTURE);
    expect(sentences.length).toBe(18);
    const tally = scoreLinkSentences(sentences);
    if (process.env.NOTES) console.log(tally, tally.notes.join('\n'));
    expect(tally.right).toBeGreaterThanOrEqual(FLOOR.right);
    expect(tally.right / Math.max(1, tally.found)).toBeGreaterThanOrEqual(FLOOR.precision);
  });
});
