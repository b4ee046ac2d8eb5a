import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const figures = (t: string) => findFigures(buildDocument(makeReport(t), EMPTY)).map((f) => [f.text, f.unit, f.start]);

// Labels are not figures (gold NOTES: 1+N, 1+4): numbers joined by × name a kind of service, they count nothing.
describe('findFigures: labels joined by × or +', () => {
  it('does not read 7×24小时 as 24 hours', () => {
    expect(figures('提供7×24小时服务,全年受理诉求2.6万件。')).toEqual([['2.6万件', '万件', 17]]);
  });

  it('keeps the 1+N label out as before', () => {
    expect(figures('建立“1+N”政策体系,出台配套文件12份。')).toEqual([['12份', '份', 18]]);
  });
});
