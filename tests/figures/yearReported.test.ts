import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { findFigures } from '../../src/figures/findFigures.ts';
import { coveredYear } from '../../src/figures/indicators/reportYear.ts';
import { normalizeReport } from '../../src/normalize/normalizeReport.ts';
import { structureReport } from '../../src/structure/structureReport.ts';

/** Each figure of a report file's text with its period and status, as the pipeline reads them. */
function periods(content: string): [string, string | null, string][] {
  const report = normalizeReport({ path: 'report.txt', file: 'report.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} });
  const structure = structureReport(report.text, report.id);
  return findFigures(buildDocument(report, structure)).map((f) => [f.text, f.period, f.status]);
}

// Reports that give an account of one year and are delivered or signed in the next: the held-out 柳州 report (a dateline
// under the heading) and a summary written in the shape of the held-out bureaus' (a signature in January).
describe('the year a report gives an account of', () => {
  it('is the year its title names, for figures that name none, though it is dated the year after', () => {
    const delivered = [
      '关于2023年度柳州市市属国有企业国有资产管理情况的报告',
      '——2024年10月24日在柳州市第十六届人民代表大会常务委员会第二十二次会议上',
      '一、市属国有企业国有资产基本情况',
      '市属国有资本投向基础设施和公共服务领域的占比为61.4%，比上年提高3.2个百分点。今年以来共移送问题线索14件。',
    ].join('\n');
    expect(periods(delivered)).toEqual([
      ['61.4%', '2023', 'outcome'],
      ['3.2个百分点', '2023', 'change'],
      // 今年 is the year it speaks from, the year of its date.
      ['14件', '2024', 'outcome'],
    ]);
    const signed = ['某某县水利局2023年工作总结', '全县水利工程供水能力稳定在1.2亿立方米左右。', '某某县水利局', '2024年1月12日'].join(
      '\n',
    );
    expect(periods(signed)).toEqual([['1.2亿立方米', '2023', 'outcome']]);
  });

  it('is none when the title names a span of years or no year', () => {
    expect(coveredYear('某某市打好污染防治攻坚战三年行动计划（2018-2020年）')).toBeUndefined();
    expect(coveredYear('政府工作报告')).toBeUndefined();
    expect(coveredYear('连云港市商务局2024年工作总结和2025年工作思路')).toBe(2024);
  });
});
