import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readLinkSentences, scoreLinkSentences } from '../fixtures/link/linkSentences.ts';

// links11's sentences (tests/fixtures/link/links11-sentences.txt), written before the linker first ran on them.
// First run (main e7a15f2): 17 of 27 links right, 17 of 25 expected found (P .630, R .680).
// Bodies before the post of their head (会长, 院长, 代表, 董事长 …) are title-only; a clause opening on a list or on a
// title-only body ends the subject before; 全旗/县域 open on the whole area; what the unnamed issuer works on after 对 with
// 开展/实施/进行 is what the figures measure (reportMentions.ts, figureEntities.ts, objectPlaces.ts): 23 of 23 (P 1, R .920).
const FIXTURE = fileURLToPath(new URL('../fixtures/link/links11-sentences.txt', import.meta.url));
const FLOOR = { right: 23, precision: 1 };

describe('links11 sentences: figures and the entities they are about', () => {
  it('keeps the links found at or above the floor', () => {
    const sentences = readLinkSentences(FIXTURE);
    expect(sentences.length).toBe(18);
    const tally = scoreLinkSentences(sentences);
    if (process.env.NOTES) console.log(tally, tally.notes.join('\n'));
    expect(tally.right).toBeGreaterThanOrEqual(FLOOR.right);
    expect(tally.right / Math.max(1, tally.found)).toBeGreaterThanOrEqual(FLOOR.precision);
  });
});
