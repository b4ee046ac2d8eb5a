import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readLinkSentences, scoreLinkSentences } from '../fixtures/link/linkSentences.ts';

// links13's sentences (tests/fixtures/link/links13-sentences.txt), written before the linker first ran on them.
// First run (main a680a0a): 31 of 42 links right, 31 of 50 expected found (P .738, R .620).
// A partner after 配合 in the later clauses of its item: 35 of 46. Places one inside the other before 分别: 35 of 39.
// A village repeated or named by its level word (村集体, 嘎查集体) with the places it was written in: 37 of 41. The town and
// village a cooperative or an association is named by: 44 of 48 (P .917, R .880).
const FIXTURE = fileURLToPath(new URL('../fixtures/link/links13-sentences.txt', import.meta.url));
// links14: 其 for the person named before it, and what is given to people (为他们, 为其) theirs alone: 46 of 47.
const FLOOR = { right: 46, precision: 0.97 };

describe('links13 sentences: figures and the entities they are about', () => {
  it('keeps the links found at or above the floor', () => {
    const sentences = readLinkSentences(FIXTURE);
    expect(sentences.length).toBe(21);
    const tally = scoreLinkSentences(sentences);
    if (process.env.NOTES) console.log(tally, tally.notes.join('\n'));
    expect(tally.right).toBeGreaterThanOrEqual(FLOOR.right);
    expect(tally.right / Math.max(1, tally.found)).toBeGreaterThanOrEqual(FLOOR.precision);
  });
});
