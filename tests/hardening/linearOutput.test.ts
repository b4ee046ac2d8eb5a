import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { MAX_OUTPUT_FACTOR, outputBytes } from '../../src/corpus/outputBound.ts';
import type { RawReport, ReportExtraction } from '../../src/types.ts';
import { HOSTILE_SHAPES } from './hostileShapes.ts';

// Work is counted, not timed: what a stage copies out (contexts, sentences, spans) is what it scanned to make them, and
// a stage that is quadratic in a shape shows it as output that grows faster than the input.
const SIZES = [3000, 6000, 12000];
// Output may grow a little faster than the input (more distinct numbers, longer ids), never with its square.
const SLACK = 1.3;
const MAX_SPAN = 1000;

const raw = (content: string): RawReport => ({
  path: 'hostile.txt',
  file: 'hostile.txt',
  format: 'txt',
  encoding: 'UTF-8',
  content,
  meta: {},
});

/** The longest text any record of the extraction copies or spans (figure contexts, sentences, case summaries). */
function longestSpan(x: ReportExtraction): number {
  let n = 0;
  for (const f of x.figures) n = Math.max(n, f.context.length);
  for (const s of x.report.sentences) n = Math.max(n, s.end - s.start);
  for (const c of x.cases) n = Math.max(n, c.summary.length);
  return n;
}

describe('extraction grows at most linearly with its input, for every hostile shape', () => {
  for (const [shape, make] of Object.entries(HOSTILE_SHAPES)) {
    it(shape, () => {
      const runs = SIZES.map((n) => {
        const content = make(n);
        const x = extractReport(raw(content));
        return { input: Buffer.byteLength(content), output: outputBytes(x), span: longestSpan(x) };
      });
      for (const r of runs) {
        expect(r.output, `output ${r.output} for input ${r.input}`).toBeLessThanOrEqual(r.input * MAX_OUTPUT_FACTOR);
        expect(r.span).toBeLessThanOrEqual(MAX_SPAN);
      }
      const [small, , large] = runs;
      const growth = large!.output / small!.output;
      expect(growth, `output ×${growth.toFixed(1)} for input ×${(large!.input / small!.input).toFixed(1)}`).toBeLessThanOrEqual(
        (large!.input / small!.input) * SLACK,
      );
    });
  }
});
