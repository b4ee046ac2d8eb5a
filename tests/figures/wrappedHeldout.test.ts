import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { readReport } from '../../src/read/readReport.ts';
import { compareExpectation, type Expectation } from '../heldout/compareExpectation.ts';
import { HELDOUT_DIR } from '../heldout/runHeldout.ts';

// Every line cut at 32 characters, as a PDF copy comes out: figures cut by a wrap (2⏎46个, 6800万⏎元, 2⏎7.4亿元) are
// read whole, and nothing else changes.
const wrapAt = (content: string, width: number) =>
  content
    .split('\n')
    .map((line) => (line.match(new RegExp(`[^]{1,${width}}`, 'gu')) ?? [line]).join('\n'))
    .join('\n');

describe('held-out reports hard-wrapped at 32 characters', () => {
  for (const name of ['jiaxing-city-2019', 'huayuan-construction-group-2020']) {
    it(`${name}: every figure and link as in the unwrapped report, offsets reading their text`, () => {
      const expected = JSON.parse(fs.readFileSync(path.join(HELDOUT_DIR, `${name}.expect.json`), 'utf8')) as Expectation;
      const raw = readReport(path.join(HELDOUT_DIR, expected.file));
      const got = extractReport({ ...raw, content: wrapAt(raw.content, 32) });
      const tally = compareExpectation(expected, got);
      expect([tally.figures.fp, tally.figures.fn, tally.links.fp, tally.links.fn]).toEqual([0, 0, 0, 0]);
      for (const f of got.figures) expect(got.report.text.slice(f.start, f.end)).toBe(f.text);
      expect(got.figures.some((f) => f.text.includes('\n'))).toBe(true);
    });
  }
});
