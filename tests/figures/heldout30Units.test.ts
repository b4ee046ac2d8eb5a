import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const brief = (text: string) => findFigures(buildDocument(makeReport(text), EMPTY)).map((f) => [f.text, f.unit, f.normalizedValue]);

// The thirtieth held-out set (jiujiang-housing-construction-bureau-2024-gbk.html) and sentences written for this test.
describe('sites checked counted by the visit (个次)', () => {
  it('a check of sites counted by the visit, beside counts by the firm and the time (jiujiang)', () => {
    expect(brief('检查在建工地412个次，排查整改隐患1326处，检查企业156家次。')).toEqual([
      ['412个次', '个次', 412],
      ['1326处', '处', 1326],
      ['156家次', '家次', 156],
    ]);
  });

  it('个次 with a multiplier, and 个 before a word that opens with 次 stays a count of things', () => {
    expect(brief('全年督查点位1.2万个次。防范3个次生灾害风险，抓住2个次要矛盾。')).toEqual([
      ['1.2万个次', '万个次', 12000],
      ['3个', '个', 3],
      ['2个', '个', 2],
    ]);
  });
});
