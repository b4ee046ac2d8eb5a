import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';

// The rules figures26 added after the first run of its documents (tests/fixtures/figures26), on sentences written for them,
// with the readings they must leave alone.

describe('figures26: 有 and 拥有 before a count, a bare 新增, a share with a long part, a negation, 缩短', () => {
  it('drops 有 read alone before what is counted', () => {
    expect(keys('年末全区有各类养老机构46家。', 2023)[0]).toEqual(['46家', '各类养老机构']);
    expect(keys('全县有乡镇卫生院21个。', 2023)[0]).toEqual(['21个', '乡镇卫生院']);
  });

  it('but keeps the words that open with 有 (有效, 有机) and a 有 that sets people apart', () => {
    expect(keys('全区有效注册商标8600件。', 2023)[0]).toEqual(['8600件', '有效注册商标']);
    expect(keys('新认证有机产品6个。', 2023)[0]![1]).toContain('有机产品');
  });

  it('keeps 在园 and 在读 with the people they count', () => {
    expect(keys('全区在园幼儿2.3万人。', 2023)[0]).toEqual(['2.3万人', '在园幼儿']);
    expect(keys('全市在读研究生1860人。', 2023)[0]).toEqual(['1860人', '在读研究生']);
  });

  it('drops 拥有 before a count, not before a share held', () => {
    expect(keys('全市拥有国家高新技术企业426家。', 2023)[0]).toEqual(['426家', '国家高新技术企业']);
  });

  it('reads a bare 新增 as more of what the figure before counted', () => {
    expect(keys('全区共有农民专业合作社820家，全年新增35家。', 2023)[1]).toEqual(['35家', '新增农民专业合作社']);
  });

  it('keeps a long part of a share with its whole', () => {
    expect(keys('民营经济增加值占地区生产总值的比重为52.6%。', 2023)[0]).toEqual(['52.6%', '民营经济增加值占地区生产总值的比重']);
    expect(keys('基层医疗卫生机构门诊量占总门诊量的比重为61.2%。', 2023)[0]).toEqual(['61.2%', '基层医疗卫生机构门诊量占总门诊量的比重']);
  });

  it('keeps a negation with the deed it negates in a long phrase', () => {
    expect(keys('县住房和城乡建设局未按规定退还农民工工资保证金2860万元。', 2023)[0]).toEqual(['2860万元', '未按规定退还农民工工资保证金']);
  });

  it('reads 缩短 as a decrease', () => {
    expect(keys('平均住院日7.9天，比上年缩短0.4天。', 2023)[1]).toEqual(['0.4天', '平均住院日减少']);
  });
});

describe('figures26: longer parts of a 分别 list, 三次产业, a zone out of its key, a bound between a list and its counts', () => {
  it('gives longer parts of one kind the head after the last (东部地区、西部地区…分别)', () => {
    expect(keys('东部地区、西部地区生产总值分别增长6.1%和5.2%。', 2023).map((k) => k[1])).toEqual([
      '东部地区生产总值增长',
      '西部地区生产总值增长',
    ]);
    expect(keys('国有企业、民营企业利润分别增长3.1%和8.2%。', 2023).map((k) => k[1])).toEqual(['国有企业利润增长', '民营企业利润增长']);
  });

  it('gives the three industries of 三次产业…分别 their rates in turn', () => {
    expect(keys('三次产业对经济增长的贡献率分别为6.5%、38.1%和55.4%。', 2023).map((k) => k[1])).toEqual([
      '第一产业对经济增长的贡献率',
      '第二产业对经济增长的贡献率',
      '第三产业对经济增长的贡献率',
    ]);
  });
});

describe('figures26: among the things counted before (…问题中), 发生', () => {
  it('reads the deed after 中 when the things counted before open the clause', () => {
    expect(keys('交办的58件信访件中已办结52件。', 2023)[1]).toEqual(['52件', '办结']);
  });

  it('but keeps a scope followed by a noun (城市中…总产值)', () => {
    expect(keys('这些城市中私营工业总产值为12亿元。', 2023)[0]![1]).toContain('城市中私营工业总产值');
  });

  it('drops 发生 before the events counted, not from 发生率', () => {
    expect(keys('全年全县建筑施工领域发生生产安全事故2起。', 2023)[0]).toEqual(['2起', '建筑施工领域生产安全事故']);
    expect(keys('贫困发生率降至1.2%。', 2023)[0]).toEqual(['1.2%', '贫困发生率']);
  });
});
