import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';

// Indicators of a budget's execution, a firm's digest and a yearbook (figures22), in sentences written for this test.
describe('a budget executed: the amount fulfilled is the level, its share of the budget a share', () => {
  it('完成 before an amount is dropped; 为调整预算的N% is keyed as 占调整预算的比重', () => {
    expect(keys('全市一般公共预算收入完成21.4亿元，为调整预算的98.7%，比上年增长3.5%。')).toEqual([
      ['21.4亿元', '一般公共预算收入'],
      ['98.7%', '一般公共预算收入占调整预算的比重'],
      ['3.5%', '一般公共预算收入增长'],
    ]);
  });
  it('a rate fulfilled keeps 完成 (the plan’s rate), and a deed done keeps it too', () => {
    expect(keys('原煤完成96.5%，钢材完成95%。')).toEqual([
      ['96.5%', '原煤完成'],
      ['95%', '钢材完成'],
    ]);
    expect(keys('清理整治项目已完成38个。')).toEqual([['38个', '清理整治项目已完成']]);
  });
});

describe('a share in per cent has one key however the whole is written', () => {
  it('占Y的N%, 占Y比重超过N% and 占Y的比例为N% are all X占Y的比重', () => {
    expect(keys('非税收入占一般公共预算收入的31.2%。')).toEqual([['31.2%', '非税收入占一般公共预算收入的比重']]);
    expect(keys('森林面积占国土面积比重超过60%。')).toEqual([['60%', '森林面积占国土面积的比重']]);
    expect(keys('科技人员占职工总数的比例为18.6%。')).toEqual([['18.6%', '科技人员占职工总数的比重']]);
  });
});

describe('what opens a clause is no part of what it measures', () => {
  it('a quarter, the firm just named, the towns just named and a cause are dropped', () => {
    expect(keys('2023年前三季度实现营业收入12.6亿元，第四季度实现营业收入4.1亿元。', 2023)).toEqual([
      ['12.6亿元', '营业收入'],
      ['4.1亿元', '营业收入'],
    ]);
    expect(keys('公司净资产48.2亿元。')).toEqual([['48.2亿元', '净资产']]);
    expect(keys('两镇转移安置群众分别为320人和160人。')).toEqual([
      ['320人', '转移安置群众'],
      ['160人', '转移安置群众'],
    ]);
    expect(keys('主要是耕地占用税减少0.6亿元。')).toEqual([['0.6亿元', '耕地占用税减少']]);
  });
  it('公司制 and 公司化 are words of their own', () => {
    expect(keys('公司制改革企业达到42家。')).toEqual([['42家', '公司制改革企业']]);
  });
});

describe('a level reached with 至 and a range’s first number', () => {
  it('缩短至 and 下降至 say the level, as 缩短到 does', () => {
    expect(keys('平均住院日缩短至6.8天，药占比下降至26.5%。')).toEqual([
      ['6.8天', '平均住院日'],
      ['26.5%', '药占比'],
    ]);
  });
  it('a range’s first number is no part of the words before its upper bound', () => {
    expect(keys('每个村卫生室配备乡村医生2-3名。')).toEqual([['3名', '每个村卫生室配备乡村医生']]);
  });
});

describe('last year’s figure set beside this year’s', () => {
  it('上年同期为N is the same measure as the figure before it, of the year before', () => {
    expect(keys('全年实现利润总额8.2亿元，去年同期为6.1亿元。')).toEqual([
      ['8.2亿元', '利润总额'],
      ['6.1亿元', '利润总额'],
    ]);
  });
});
