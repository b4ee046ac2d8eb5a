import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readLinkSentences, scoreLinkSentences } from '../fixtures/link/linkSentences.ts';

// links8's 41 sentences (tests/fixtures/link/links8-sentences.txt), written before the linker first ran on them.
// First run (main 322749a): 41 of 46 links right, 41 of 84 expected found (P .891, R .488).
// After the case topic (caseTopic.ts): 48 of 51 right (P .941, R .571).
// After bodies asked to act, 在 + a body, places of a problem (actionPlaces.ts, objectPlaces.ts): 67 of 70 (P .957, R .798).
// After named projects (namedProjects.ts): 71 of 73 (P .973, R .845).
// After a place written before a partner body (clauseSubject.ts): 73 of 73 (P 1, R .869).
const FIXTURE = fileURLToPath(new URL('../fixtures/link/links8-sentences.txt', import.meta.url));
const FLOOR = { right: 73, precision: 1 };

describe('links8 sentences: figures and the entities they are about', () => {
  it('keeps the links found at or above the floor', () => {
    const sentences = readLinkSentences(FIXTURE);
    expect(sentences.length).toBe(41);
    const tally = scoreLinkSentences(sentences);
    expect(tally.right).toBeGreaterThanOrEqual(FLOOR.right);
    expect(tally.right / tally.found).toBeGreaterThanOrEqual(FLOOR.precision);
  });
});
