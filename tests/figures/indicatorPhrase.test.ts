import { describe, expect, it } from 'vitest';
import { described, keys } from '../fixtures/figures/describedFigures.ts';

// The words next to a number, read for what it measures: time words that are no part of it, a one-character item before the
// base of a change, the relative clause that sets a share's part apart, a purpose a time clause parts from its money.
// Sentences of the State Council reports (../shared/corpus-wide/gwr, quoted) and sentences written for these tests.

describe('the words next to a number', () => {
  it('a one-character item before the base of a change is the item (gwr-1986)', () => {
    const text =
      '我国原煤产量由六亿二千万吨增加到八亿五千万吨，发电量由三千亿度增加到四千零七十三亿度，钢由三千七百万吨增加到四千六百六十六万吨。';
    expect(keys(text, 1986).slice(4)).toEqual([
      ['三千七百万吨', '钢'],
      ['四千六百六十六万吨', '钢'],
    ]);
    expect(keys('粮食由3亿吨增加到4亿吨，糖从200万吨增加到300万吨。').map(([, k]) => k)).toEqual(['粮食', '粮食', '糖', '糖']);
  });

  it('a month after a time word, and 前 after a year, are time (gwr-1954, gwr-1982)', () => {
    expect(keys('农业生产合作社在今年八月已经发展到十万个。', 1954)).toEqual([['十万个', '农业生产合作社']]);
    expect(keys('职工人数在今年六月底达到3000万人。', 2010)).toEqual([['3000万人', '职工人数']]);
    expect(keys('计划在一九八五年底前建成投产八千万吨。', 1982)).toEqual([['八千万吨', '建成投产']]);
  });

  it('a verb of doing that sets a share’s part apart is kept (gwr-1954)', () => {
    const text = '全面完成四种计划的企业只占企业总数的百分之三十。';
    expect(keys(text, 1954)).toEqual([['百分之三十', '全面完成四种计划的企业占企业总数的比重']]);
    // Elsewhere a light verb still goes.
    expect(keys('今年开展约谈6次。')).toEqual([['6次', '约谈']]);
  });

  it('a purpose a clause of time parts from the money (gwr-2006)', () => {
    const text = '为保证基层政权正常运转和农村义务教育的需要，从今年起，国家财政将每年安排支出1030多亿元。';
    expect(keys(text, 2006)).toEqual([['1030多亿元', '国家财政将每年安排支出（保证基层政权正常运转和农村义务教育）']]);
    expect(keys('为了支持农业发展，今年中央财政安排资金500亿元。', 2006)).toEqual([['500亿元', '中央财政安排资金（支持农业发展）']]);
  });
});

describe('a longer phrase kept whole', () => {
  it('a per-head written out is 人均, and joins whose measure it is (gwr-1984)', () => {
    const text = '一九八三年，职工家庭按人口平均的生活费收入达到５２６元，比上年增长６．４％；农民按人口平均的纯收入达到３０９．８元。';
    expect(keys(text, 1984).map(([, k]) => k)).toEqual(['职工家庭人均生活费收入', '职工家庭人均生活费收入增长', '农民人均纯收入']);
  });

  it('two parts joined by 和 are a list, read as far as one of 、 (gwr-2010, gwr-2000, gwr-2018)', () => {
    expect(keys('城镇职工和城镇居民基本医疗保险参保4.01亿人。', 2010)).toEqual([['4.01亿人', '城镇职工和城镇居民基本医疗保险参保']]);
    expect(keys('其中国有和国有控股工业企业实现利润967亿元。', 2000)).toEqual([['967亿元', '国有和国有控股工业企业实现利润']]);
    expect(keys('重点高校专项招收农村和贫困地区学生人数由1万人增加到10万人。', 2018).map(([, k]) => k)).toEqual([
      '重点高校专项招收农村和贫困地区学生人数',
      '重点高校专项招收农村和贫困地区学生人数',
    ]);
    // Not a 和 inside a bracketed note (gwr-1956).
    const text =
      '中等专业学校新招生44.4万人，在校学生达到80.1万人，比上年增长49%；普通中学（包括高中和初中）新招生213.7万人，在校学生达到506万人，比上年增长30%。';
    expect(
      keys(text, 1956)
        .map(([, k]) => k)
        .slice(3),
    ).toEqual(['普通中学新招生', '普通中学在校学生', '普通中学在校学生增长']);
  });

  it('an item’s label (一是, 二是) and a cause (因为) are no part of it (held-out reports, gwr-1954)', () => {
    expect(keys('一是完成农村户厕改造2,600户；二是新建污水处理站16座。').map(([, k]) => k)).toEqual(['农村户厕改造', '新建污水处理站']);
    expect(keys('因为劳动效率过低损失二十三亿五千多万元。', 1954)).toEqual([['二十三亿五千多万元', '劳动效率过低损失']]);
  });
});

describe('a list closed by 等, and the years of a change', () => {
  const text =
    '同一九五七年比较，一九六四年供应的猪肉、羊肉、蔬菜等副食品，都增长百分之三十以上；机制纸、铝制品、搪瓷制品、自行车、收音机等主要日用品，增长百分之五十以上。';

  it('a long list closed by 等 after a ； is the topic of the number after it, named by its class (gwr-1964)', () => {
    expect(keys(text, 1964)[1]).toEqual(['百分之五十', '主要日用品累计增长']);
  });

  it('a base year stated in a clause of its own holds past a ； for a stretch with no time of its own (gwr-1964)', () => {
    expect(described(text, 1964).map((d) => d.period)).toEqual(['1958/1964', '1958/1964']);
    expect(described('与2000年相比，国内生产总值增长57.3%；粮食产量比上年增长3%。', 2006).map((d) => d.period)).toEqual([
      '2001/2006',
      '2006',
    ]);
  });

  it('an average that names its years counts back from its year (gwr-1982, a county party congress report)', () => {
    const avg =
      '轻工业总产值，一九八一年比一九八○年增长百分之十四点一，一九八二年预计比一九八一年增长百分之五点一，两年平均每年递增百分之九点六。';
    expect(described(avg, 1982).map((d) => d.period)).toEqual(['1981', '1982', '1981/1982']);
    expect(described('2020年全县地区生产总值完成298.6亿元，五年年均增长7.2%。', 2021).map((d) => d.period)).toEqual(['2020', '2016/2020']);
  });
});

describe('a plan period as the time of a number', () => {
  it('“五五”时期 is time, and words that qualify it measure nothing (gwr-1986)', () => {
    const text =
      '农业总产值平均每年增长百分之三点五，其中增长较快的“一五”时期平均每年增长百分之四点五，“五五”时期平均每年增长百分之五点一。';
    expect(keys(text, 1986).map(([, k]) => k)).toEqual(['农业总产值增长', '农业总产值增长', '农业总产值增长']);
  });
});
