import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';

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
