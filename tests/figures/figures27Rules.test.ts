import { describe, expect, it } from 'vitest';
import { described, keys } from '../fixtures/figures/describedFigures.ts';

// The rules figures27 added after the first run of its documents (tests/fixtures/figures27), on sentences written for them,
// with the readings they must leave alone.

describe('figures27: words that open a key, per-month levels, 上调, 为 before those served, a date reached', () => {
  it('keeps 在用 with what is in use', () => {
    expect(keys('全区在用电梯8420台。', 2024)[0]).toEqual(['8420台', '在用电梯']);
  });

  it('reads a monthly per-head alone as the subject of the clause before, and keeps 人均 inside a key', () => {
    expect(keys('企业退休人员月人均养老金达到2980元。', 2024)[0]).toEqual(['2980元', '企业退休人员月人均养老金']);
    expect(keys('城镇职工养老金上调2%，月人均达到3260元。', 2024)[1]).toEqual(['3260元', '城镇职工养老金']);
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

describe('figures27: the rest of a sum, a 根据 phrase, a bracket of kinds, receivers after 向, 等级', () => {
  it('reads the rest of a sum by the deed after it, and drops the rest of the units before a deed', () => {
    expect(keys('已退赔违规资金320万元，其余150万元正在依法追缴。', 2024)[1]).toEqual(['150万元', '追缴']);
    expect(keys('全市其他乡镇新建村级养老服务站46个。', 2024)[0]).toEqual(['46个', '新建村级养老服务站']);
    // 其他 before a noun of its own kind stays (其他企业).
    expect(keys('其中国有企业12家，其他企业36家。', 2024)[1]).toEqual(['36家', '其他企业']);
  });

  it('cuts a 根据 phrase from what is counted after it', () => {
    expect(keys('各区根据群众意见整改问题126个。', 2024)[0]).toEqual(['126个', '整改问题']);
    expect(keys('根据第七次全国人口普查结果，全市常住人口为326万人。', 2024)[0]).toEqual(['326万人', '常住人口']);
  });

  it('counts a kind of place with the kind its bracket adds, and the office named after it', () => {
    expect(keys('全县18个乡镇（街道）便民服务中心实现全覆盖。', 2024)[0]).toEqual(['18个', '乡镇(街道)便民服务中心']);
    expect(keys('全县236个村（社区）全部建成综合服务站。', 2024)[0]).toEqual(['236个', '村(社区)']);
  });

  it('drops the receivers after 向 from the deed, not a negated one nor 向上', () => {
    expect(keys('春节期间向困难群众发放慰问金86万元。', 2024)[0]).toEqual(['86万元', '发放慰问金']);
    expect(keys('因为没有及时向国家申请调拨物资损失二十五亿元。', 1954)[0]![1]).toContain('没有及时');
    expect(keys('全年向上争取资金12.6亿元。', 2024)[0]).toEqual(['12.6亿元', '向上争取资金']);
  });

  it('reads 等级 as a word, not as the 等 that closes a list', () => {
    expect(keys('全年新增星级饭店3家、等级民宿41家。', 2024)).toEqual([
      ['3家', '新增星级饭店'],
      ['41家', '新增等级民宿'],
    ]);
  });
});

describe('figures27: two measures that end alike are no list of kinds', () => {
  it('keeps each measure of two clauses whole', () => {
    expect(keys('全市社会消费品零售总额增长6.5%，外贸进出口总额达到650亿元。', 2024)[1]).toEqual(['650亿元', '外贸进出口总额']);
  });
});

describe('figures27: a dividend per N shares', () => {
  it('reads 派发现金红利 after 每10股, not 发现金红利', () => {
    expect(keys('公司拟向全体股东每10股派发现金红利3.5元。', 2024)[0]).toEqual(['3.5元', '派发现金红利']);
  });
});

describe('figures27: a bare addition after a deed', () => {
  it('takes the place of the deed the clause before names, and still adds to a level', () => {
    expect(keys('全年筹集公租房860套，其中新建520套。', 2024)[1]).toEqual(['520套', '新建公租房']);
    expect(keys('全区共有农民专业合作社820家，全年新增35家。', 2024)[1]).toEqual(['35家', '新增农民专业合作社']);
  });
});
