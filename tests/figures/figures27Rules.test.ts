import { describe, expect, it } from 'vitest';
import { described, keys } from '../fixtures/figures/describedFigures.ts';

// The rules figures27 added after the first run of its documents (tests/fixtures/figures27), on sentences written for them,
// with the readings they must leave alone.

describe('figures27: words that open a key, per-month levels, 上调, 为 before those served, a date reached', () => {
  it('keeps 在用 with what is in use', () => {
    expect(keys('全区在用电梯8420台。', 2024)[0]).toEqual(['8420台', '在用电梯']);
  });

  it('keeps 人均 whole before a sum (月人均 is no 月人 with an adverb 均), and a monthly per-head after a key out of it', () => {
    expect(keys('企业退休人员月人均养老金达到2980元。', 2024)[0]).toEqual(['2980元', '企业退休人员月人均养老金']);
    expect(keys('城镇职工养老金月人均达到3260元。', 2024)[0]).toEqual(['3260元', '城镇职工养老金']);
  });

  it('keeps a rank the state gives and a scheme of town and country, not the scope words alone', () => {
    expect(keys('全省有全国重点文物保护单位42处。', 2024)[0]).toEqual(['42处', '全国重点文物保护单位']);
    expect(keys('城乡居民医保参保人数达到126万人。', 2024)[0]).toEqual(['126万人', '城乡居民医保参保人数']);
    expect(keys('全国粮食产量达到6.9亿吨。', 2024)[0]).toEqual(['6.9亿吨', '粮食产量']);
  });

  it('keeps 集中 where it names a way of doing, drops it as a light verb', () => {
    expect(keys('农村特困人员集中供养率达到35.2%。', 2024)[0]).toEqual(['35.2%', '农村特困人员集中供养率']);
    expect(keys('全年集中安置搬迁群众1260人。', 2024)[0]).toEqual(['1260人', '集中安置搬迁群众']);
    expect(keys('全年集中整治突出问题86个。', 2024)[0]).toEqual(['86个', '整治突出问题']);
  });

  it('reads a standard set from one monthly sum to another, and 上调/下调 as a change', () => {
    expect(keys('全省最低工资标准由每月1850元调整为每月2100元。', 2024)).toEqual([
      ['1850元', '最低工资标准'],
      ['2100元', '最低工资标准'],
    ]);
    expect(keys('企业退休人员基本养老金上调3%。', 2024)[0]).toEqual(['3%', '企业退休人员基本养老金增长']);
    expect(keys('贷款市场报价利率下调0.25个百分点。', 2024)[0]).toEqual(['0.25个百分点', '贷款市场报价利率下降']);
  });

  it('reads 为 before those a deed serves and its verb as the deed, not as a copula after the clause before', () => {
    expect(keys('全年受理消费投诉8600件，为消费者挽回经济损失312万元。', 2024)[1]).toEqual(['312万元', '为消费者挽回经济损失']);
    // A copula before a share of a budget or a base stays one.
    expect(keys('全县一般公共预算收入完成12.86亿元，为调整预算的102.3%。', 2024)[1]).toEqual([
      '102.3%',
      '一般公共预算收入占调整预算的比重',
    ]);
  });

  it('reads a class bound (80岁以上老年人) as no hedge of a plan; a share hedged in a plan stays a target', () => {
    const aged = described('全年为6.2万名80岁以上老年人发放高龄津贴8600万元。', 2024);
    expect(aged.map((d) => d.status)).toEqual(['outcome', 'outcome', 'outcome']);
    expect(described('我们要争取做到团结百分之九十五以上的干部和群众。', 2024)[0]!.status).toBe('target');
  });

  it('reads the figures of a report counted up to a date past its title year as outcomes, not targets', () => {
    const text =
      '关于2023年度审计查出问题整改情况的报告\n截至2024年9月底，审计查出的问题已整改到位86个，整改率为91.5%。\n通过整改，上缴财政资金0.52亿元。\n';
    expect(described(text, 2023).map((d) => [d.text, d.status])).toEqual([
      ['86个', 'outcome'],
      ['91.5%', 'outcome'],
      ['0.52亿元', 'outcome'],
    ]);
    // A date a plan aims at is no date reached.
    const plan = '关于2023年度工作的报告\n截至2025年底，力争建成充电桩1200个。\n';
    expect(described(plan, 2023)[0]!.status).toBe('target');
  });
});
