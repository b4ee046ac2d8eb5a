import { describe, expect, it } from 'vitest';
import { structureReport } from '../../src/structure/structureReport.ts';

// Layouts of the structure27 set (tests/fixtures/structure27), in sentences written for these tests.
const outline = (text: string) => structureReport(text, 'r').sections.map((s) => [s.level, s.heading]);

describe('a numeral, a space and a title on a line of its own', () => {
  it('is a level 1 heading as 一、 is, the full-width space or an ASCII one', () => {
    const text =
      '现将有关情况报告如下。\n一　上半年经济运行基本情况\n　　（一）主要指标稳中有升。上半年，全镇完成地区生产总值12.6亿元。\n二 存在的主要困难\n　　部分企业订单减少。';
    expect(outline(text)).toEqual([
      [1, '上半年经济运行基本情况'],
      [2, '主要指标稳中有升'],
      [1, '存在的主要困难'],
    ]);
  });
  it('is no heading with a sentence on the line, nor in a row of a list with more spaces', () => {
    expect(outline('名单如下：\n一　等奖 张三\n二　等奖 李四')).toEqual([]);
    expect(outline('报告如下。\n一　是加强组织领导，成立工作专班。\n二　是完善制度。')).toEqual([]);
    expect(outline('一 二 三\n四 五')).toEqual([]);
  });
});

describe('一是 right after its subject', () => {
  const measures = (text: string) => structureReport(text, 'r').measures.map((m) => m.heading);
  it('opens a run where 二是 follows it in the same paragraph', () => {
    expect(measures('对以上企业，镇里一是落实包保责任，二是每月开展一次专项检查。')).toEqual(['落实包保责任', '每月开展一次专项检查']);
    expect(measures('我们一是加强领导；二是完善制度；三是强化督查。')).toEqual(['加强领导', '完善制度', '强化督查']);
  });
  it('is no ordinal in a word ending in 一 with no 二是 after it', () => {
    expect(measures('祖国统一是不可阻挡的历史潮流。方面的重要问题之一是计划性不足。')).toEqual([]);
    expect(measures('特别注意的地方。第一是现代工业的产值在工农业总产值中的比重。')).toEqual([]);
  });
});

describe('第一部分 parts over 一、 headings', () => {
  const text =
    '现将有关情况报告如下：\n第一部分　2023年工作情况\n一、依法全面履行政府职能\n取消行政许可事项14项。\n二、完善依法行政制度体系\n组织合法性审查217件。\n第二部分　存在的问题\n一、法治意识有待增强\n依法决策意识有待提高。';
  it('are level 1 beside them where the 一、 restart in each part, ending where their first 一、 begins', () => {
    expect(outline(text)).toEqual([
      [1, '2023年工作情况'],
      [1, '依法全面履行政府职能'],
      [1, '完善依法行政制度体系'],
      [1, '存在的问题'],
      [1, '法治意识有待增强'],
    ]);
    const s = structureReport(text, 'r').sections[0]!;
    expect(text.slice(s.start, s.end).trim()).toBe('第一部分　2023年工作情况');
  });
  it('stay out where 一、 runs on across the parts (第二部分 before 二、)', () => {
    const t = '第一部分 总体情况\n一、提高政治站位\n召开常委会会议6次。\n第二部分 具体问题\n二、聚焦反馈问题\n整改问题12个。';
    expect(outline(t)).toEqual([
      [1, '提高政治站位'],
      [1, '聚焦反馈问题'],
    ]);
  });
});
