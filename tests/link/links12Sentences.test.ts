import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readLinkSentences, scoreLinkSentences } from '../fixtures/link/linkSentences.ts';

// links12's sentences (tests/fixtures/link/links12-sentences.txt), written before the linker first ran on them.
// First run (main 269ea0c): 25 of 42 links right, 25 of 43 expected found (P .595, R .581).
// A professional rank (高级技师, 教师) before a person and a post in a body's party group (党组书记、局长) name the body only
// in the person's title (reportMentions.ts, clauseSubject.ts): 27 of 42 (P .643, R .628).
// A subsidiary after 所属/下属/旗下 is the subject, not its parent; 该集团, 该公司, 他们 stand for the names before them
// (referringWords.ts); what a person or body founds, runs or builds joins it as the subject (runBodies.ts): 40 of 52
// (P .769, R .930).
// A partner's subject ends at the next item or ；(figureEntities.ts): 40 of 51 (P .784, R .930).
const FIXTURE = fileURLToPath(new URL('../fixtures/link/links12-sentences.txt', import.meta.url));
const FLOOR = { right: 40, precision: 0.78 };

describe('links12 sentences: figures and the entities they are about', () => {
  it('keeps the links found at or above the floor', () => {
    const sentences = readLinkSentences(FIXTURE);
    expect(sentences.length).toBe(22);
    const tally = scoreLinkSentences(sentences);
    if (process.env.NOTES) console.log(tally, tally.notes.join('\n'));
    expect(tally.right).toBeGreaterThanOrEqual(FLOOR.right);
    expect(tally.right / Math.max(1, tally.found)).toBeGreaterThanOrEqual(FLOOR.precision);
  });
});
