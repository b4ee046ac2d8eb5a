import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

// An age in full years (周岁), as a 民政局's summary writes who gets an allowance (the sixteenth held-out set, 十堰), in
// sentences written for this test.
const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const figuresOf = (text: string) => findFigures(buildDocument(makeReport(text), EMPTY)).map((f) => [f.text, f.unit]);

describe('an age in full years', () => {
  it('is read with 周岁, not as weeks', () => {
    expect(figuresOf('为2.4万名80周岁以上老年人发放高龄津贴。')).toEqual([
      ['2.4万名', '万名'],
      ['80周岁', '周岁'],
    ]);
    expect(figuresOf('年满16周岁的居民可申领。')).toEqual([['16周岁', '周岁']]);
  });

  it('while weeks stay weeks', () => {
    expect(figuresOf('连续2周开展巡查。')).toEqual([['2周', '周']]);
  });
});
