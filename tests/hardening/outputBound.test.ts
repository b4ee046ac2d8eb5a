import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { exceedsOutputBound, MAX_OUTPUT_FACTOR, outputBytes } from '../../src/corpus/outputBound.ts';
import type { RawReport } from '../../src/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const content = fs.readFileSync(path.join(ROOT, 'data/reports/dongguan-2018.txt'), 'utf8');
const raw: RawReport = { path: 'dongguan-2018.txt', file: 'dongguan-2018.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} };

describe('output bounded by input', () => {
  const part = extractReport(raw);
  const input = Buffer.byteLength(content);

  it('counts the bytes the report adds to extraction.json, without one string of the whole', () => {
    const whole = Buffer.byteLength(JSON.stringify(part));
    expect(Math.abs(outputBytes(part) - whole) / whole).toBeLessThan(0.02);
  });

  it('the Dongguan report stays well inside the bound', () => {
    expect(outputBytes(part) / input).toBeLessThan(20);
    expect(exceedsOutputBound(part, input)).toBeUndefined();
  });

  it('a part past the bound is refused with a reason that gives the sizes', () => {
    const blown = { ...part, figures: part.figures.map((f) => ({ ...f, context: content.repeat(15) })) };
    expect(exceedsOutputBound(blown, input)).toMatch(/^extraction would take \d+\.\d MB for a \d+ KB report, more than 200 times its size/);
  });
});
