import { describe, expect, it } from 'vitest';
import { described, keys } from '../fixtures/figures/describedFigures.ts';

// The rules figures25 added after the first run of its documents (tests/fixtures/figures25), on sentences written for them.

describe('figures25: 净增, 各级各类, a class set apart by an amount, a 分别 list of places', () => {
  it('reads 净增 and 净减少 as a change of the count named before', () => {
    expect(keys('全区个体工商户达到8650户，比上年末净增426户。', 2023)[1]).toEqual(['426户', '个体工商户增加']);
    expect(keys('全县农民专业合作社312家，净减少15家。', 2023)[1]).toEqual(['15家', '农民专业合作社减少']);
  });

  it('keeps 各级各类 before what it counts', () => {
    expect(keys('全市共有各级各类学校1240所。', 2023)[0]).toEqual(['1240所', '各级各类学校']);
    expect(keys('各级各类学校专任教师5.6万人。', 2023)[0]).toEqual(['5.6万人', '各级各类学校专任教师']);
  });

  it('keys a count of a class set apart by an amount by the class', () => {
    expect(keys('全省规模以上工业企业中，营业收入超50亿元的企业有17家。', 2023)[1]).toEqual(['17家', '营业收入超50亿元的企业']);
    expect(keys('其中主营业务收入超5亿元企业42户。', 2023)[1]).toEqual(['42户', '主营业务收入超5亿元企业']);
    expect(keys('全年新开工投资1亿元以上项目86个。', 2023)[1]).toEqual(['86个', '新开工投资1亿元以上项目']);
  });

  it('but not a count after a level that is no bound (粮食产量…以上，新增…)', () => {
    expect(keys('粮食产量稳定在300亿斤以上，新增家庭农场40家。', 2023)[1]).toEqual(['40家', '新增家庭农场']);
  });

  it('gives each place of a 分别 list the head after the last place, or what the figure before measured', () => {
    expect(keys('衡阳市、邵阳市空气质量优良天数比例分别为88.4%和91.2%。', 2023).map((k) => k[1])).toEqual([
      '空气质量优良天数比例',
      '空气质量优良天数比例',
    ]);
    // (the first place is taken out of its own key where it is linked: describeFigures' owners)
    expect(keys('益阳市常住人口381万人，娄底市、永州市分别为372万人和518万人。', 2023).slice(1)).toEqual([
      ['372万人', '常住人口'],
      ['518万人', '常住人口'],
    ]);
    expect(keys('县财政局下达城关镇、白沙乡专项资金分别为320万元和180万元。', 2023).map((k) => k[1])).toEqual(['专项资金', '专项资金']);
  });

  it('and still reads parts of a head that are no places (城镇和农村, 大中城市)', () => {
    expect(keys('城镇和农村居民人均收入分别增长6.1%和7.9%。', 2023).map((k) => k[1])).toEqual([
      '城镇居民人均收入增长',
      '农村居民人均收入增长',
    ]);
  });
});

describe('figures25: a digest’s held firms and a budget’s own level, its sums, a glued span, a part of the day', () => {
  it('leaves the firms an owner holds, and what they do, out of the key', () => {
    expect(keys('市国资委出资企业实现利润总额46.3亿元，增长8.2%。', 2023).map((k) => k[1])).toEqual(['利润总额', '利润总额增长']);
    expect(keys('年末市属国有企业资产总额5120亿元。', 2023)[0]).toEqual(['5120亿元', '资产总额']);
    expect(keys('监管企业共有二级企业86户。', 2023)[0]).toEqual(['86户', '二级企业']);
  });

  it('but keeps a population by size or kind (规模以上工业企业) and a budget’s own level before its totals', () => {
    expect(keys('规模以上工业企业实现利润总额286亿元。', 2023)[0]![1]).toMatch(/^规模以上工业企业/);
    expect(keys('县本级一般公共预算收入完成12.4亿元。', 2023)[0]).toEqual(['12.4亿元', '县本级一般公共预算收入']);
  });

  it('reads a budget’s allocation as the spending, the allocator and the sum’s operators left out', () => {
    expect(keys('县本级安排农林水支出3.6亿元，增长2.4%。', 2024).map((k) => k[1])).toEqual(['农林水支出', '农林水支出增长']);
    expect(keys('一般公共预算支出安排88.2亿元。', 2024)[0]).toEqual(['88.2亿元', '一般公共预算支出']);
    expect(keys('加上级补助收入21.5亿元、调入资金4.1亿元，减去调出资金2.3亿元。', 2024).map((k) => k[1])).toEqual([
      '上级补助收入',
      '调入资金',
      '调出资金',
    ]);
    expect(keys('加大财政资金投入12亿元。', 2024)[0]![1]).toMatch(/^财政资金投入|^加大/);
  });

  it('dates a carry-over from last year (上年结转) to the budget’s own year', () => {
    const text = '2024年县本级一般公共预算收入预算数为12亿元，上年结转收入0.8亿元。';
    expect(described(text, 2024).map((d) => d.period)).toEqual(['2024', '2024']);
  });

  it('reads a total after an addition as the total of all (新增…、总数达到)', () => {
    expect(keys('新增市场主体1.2万户、总数达到18.6万户。', 2023)[1]).toEqual(['18.6万户', '市场主体总数']);
  });

  it('keeps a span glued inside a name, and a part of the day', () => {
    expect(keys('臭氧日最大8小时平均浓度第90百分位数为150微克/立方米。', 2023)[1]).toEqual([
      '150微克/立方米',
      '臭氧日最大8小时平均浓度第90百分位数',
    ]);
    expect(keys('全市声环境功能区昼间达标率为96.3%，夜间达标率为84.1%。', 2023).map((k) => k[1])).toEqual([
      '声环境功能区昼间达标率',
      '夜间达标率',
    ]);
  });
});

describe('figures25: a budget’s sum line', () => {
  it('keeps 总计 or 合计 after a bare 收入 or 支出, not after a named revenue', () => {
    expect(keys('收入总计98.4亿元，支出总计98.4亿元。', 2024).map((k) => k[1])).toEqual(['收入总计', '支出总计']);
    expect(keys('全年税收收入合计62亿元。', 2024)[0]).toEqual(['62亿元', '税收收入']);
  });

  it('keeps doers joined by 和 before a deed (中央各部和所属企业…)', () => {
    expect(keys('各厅局和所属企业完成技术改造投资8.6亿元。', 2023)[0]![1]).toMatch(/^各厅局和所属企业/);
  });
});

describe('figures25: a verb of occurring, a budget as a 分别 list’s base', () => {
  it('drops 出现 from a key', () => {
    expect(keys('全年出现酸雨天数23天。', 2023)[0]).toEqual(['23天', '酸雨天数']);
  });

  it('reads 分别比上年预算增长 as the change of each part, not of 预算', () => {
    expect(keys('县本级安排教育支出6.2亿元、农林水支出3.1亿元，分别比上年预算增长4.1%和2.6%。', 2024).slice(2)).toEqual([
      ['4.1%', '教育支出增长'],
      ['2.6%', '农林水支出增长'],
    ]);
  });
});
