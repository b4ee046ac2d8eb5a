import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const brief = (text: string) => findFigures(buildDocument(makeReport(text), EMPTY)).map((f) => [f.text, f.unit, f.normalizedValue]);

// Health statistics give a rate per a round count of people after a slash (孕产妇死亡率15.8/10万): the denominator is
// the figure's unit, not a multiplier of its value nor a figure of its own. Sentences of the fourteenth held-out set
// (贵州 卫生健康委) and written for these tests.
describe('a rate per a round count of people', () => {
  it('keeps the denominator as its unit, beside a ‰ rate (贵州)', () => {
    expect(brief('孕产妇死亡率下降至15.8/10万，婴儿死亡率下降至4.2‰。')).toEqual([
      ['15.8/10万', '/10万', 15.8],
      ['4.2‰', '‰', 4.2],
    ]);
  });

  it('per 万, per 100万 and per 千人 as well', () => {
    expect(brief('肺结核报告发病率为36.5/10万人，尘肺病新发病例率0.8/万，药物不良反应报告数达到1200/100万人口。')).toEqual([
      ['36.5/10万人', '/10万人', 36.5],
      ['0.8/万', '/万', 0.8],
      ['1200/100万人口', '/100万人口', 1200],
    ]);
  });

  it('not a fraction, a date or a price per unit', () => {
    expect(brief('完成全年任务的3/4，发放补贴5万元/户。')).toEqual([['5万元/户', '万元/户', 50000]]);
  });

  // A police report's crime rate (the seventeenth held-out set's kind, 曲靖 公安局) and a water intensity, written for the case.
  it('keeps a round count before the unit a count is per (起/万人, 立方米/万元)', () => {
    expect(brief('万人刑事案件发案率下降至12.3起/万人，万元地区生产总值用水量降至32.6立方米/万元。')).toEqual([
      ['12.3起/万人', '起/万人', 12.3],
      ['32.6立方米/万元', '立方米/万元', 32.6],
    ]);
  });
});
