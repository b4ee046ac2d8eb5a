import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';
import { entitiesOf, namesOf } from '../entities/entityTestKit.ts';

// The rules figures24 added after the first run of its documents (tests/fixtures/figures24), on sentences written for them.

describe('figures24: a bounded class, a 分别 list with one unit, 同口径 and 分别 in keys', () => {
  it('keeps an age, a time or a distance that bounds a class in the key of the rate after it', () => {
    expect(keys('5岁以下儿童死亡率为3.02‰。', 2023)[1]).toEqual(['3.02‰', '5岁以下儿童死亡率']);
    expect(keys('12345热线30秒内接通率为96.4%，较上年提高2.1个百分点。', 2023).slice(1)).toEqual([
      ['96.4%', '30秒内接通率'],
      ['2.1个百分点', '30秒内接通率增长'],
    ]);
    expect(keys('全县60岁及以上人口占比达到24.7%。', 2023)[1]).toEqual(['24.7%', '60岁及以上人口占比']);
  });

  it('not for an amount or a count before a hedge (投资500万元以上项目)', () => {
    expect(keys('全年实施投资500万元以上项目120个。', 2023)[1]![1]).not.toMatch(/^500万元/);
  });

  it('gives the numbers of a 分别 list the unit written after the last', () => {
    const text = '学前三年毛入园率为92.6%，九年义务教育巩固率为98.9%，高中阶段毛入学率为95.3%，分别比上年提高0.8、0.3和1.1个百分点。';
    expect(keys(text, 2023).slice(3)).toEqual([
      ['0.8', '学前三年毛入园率增长'],
      ['0.3', '九年义务教育巩固率增长'],
      ['1.1个百分点', '高中阶段毛入学率增长'],
    ]);
  });

  it('but no unit to a list of years, nor to numbers with no 分别 before them', () => {
    expect(keys('三个项目分别于2019、2020和2021年建成。', 2023).map((k) => k[0])).toEqual([]);
    expect(keys('第1、2和3项任务已完成。', 2023).map((k) => k[0])).toEqual(['3项']);
  });

  it('reads 同口径增长 as a comparison, the change of what the clause before measured', () => {
    expect(keys('全市一般公共预算收入完成286.5亿元，为预算的101.2%，同口径增长8.6%。', 2023)[2]).toEqual(['8.6%', '一般公共预算收入增长']);
  });

  it('drops 分别 and a doubled 完成 from a key, and keys a change in points after a share as the share’s', () => {
    expect(keys('丰城市、樟树市一般公共预算收入分别完成45.2亿元和38.6亿元。', 2023).map((k) => k[1])).toEqual([
      '一般公共预算收入',
      '一般公共预算收入',
    ]);
    expect(keys('市本级一般公共预算收入完成48.3亿元，完成预算的99.4%。', 2023)[1]).toEqual(['99.4%', '市本级一般公共预算收入完成预算']);
    expect(keys('税收收入182.7亿元，税收占比63.8%，比上年提高1.2个百分点。', 2023)[2]).toEqual(['1.2个百分点', '税收占比增长']);
  });
});

describe('figures24: 中央 before the name of funds is the central level, not the party centre', () => {
  const orgs = (s: string) => namesOf(entitiesOf(s), 'organization');
  it('reads no 党中央 in 中央自然灾害救灾资金', () => {
    expect(orgs('全年争取中央自然灾害救灾资金2300万元、省级救灾资金860万元。')).toEqual([]);
    expect(orgs('中央农业生产救灾资金下达后，县里及时分配。')).toEqual([]);
  });
  it('still reads the centre that decides or asks', () => {
    expect(orgs('中央决定安排专项资金支持灾区重建。')).toEqual(['党中央']);
  });
});

describe('figures24: the parts of a 分别 list', () => {
  it('splits 城乡 into town and country, and elided ordinals (第一、二、三产业) into each industry', () => {
    expect(keys('城乡居民人均可支配收入分别为48652元和24318元，分别增长4.6%和6.9%。', 2023).map((k) => k[1])).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
      '城镇居民人均可支配收入增长',
      '农村居民人均可支配收入增长',
    ]);
    expect(keys('全市第一、二、三产业增加值分别占地区生产总值的6.2%、42.5%和51.3%。', 2023).map((k) => k[1])).toEqual([
      '第一产业增加值占地区生产总值的比重',
      '第二产业增加值占地区生产总值的比重',
      '第三产业增加值占地区生产总值的比重',
    ]);
  });

  it('gives each number its own change word (同比分别增长…和下降…), and the head after the last part’s 的 to every part', () => {
    expect(keys('全市进出口总额和实际使用外资同比分别增长8.7%和下降12.4%。', 2023).map((k) => k[1])).toEqual([
      '进出口总额增长',
      '使用外资下降',
    ]);
    expect(keys('木材和水泥的产量分别为120万立方米和86万吨。', 2023).map((k) => k[1])).toEqual(['木材产量', '水泥产量']);
  });

  it('keys counts the parts have (A、B分别有N人和M人…) by what they did, not by the parts', () => {
    expect(keys('广丰区、鄱阳县分别有137人和86人违规领取城乡低保金。', 2023).map((k) => k[1])).toEqual([
      '违规领取城乡低保金',
      '违规领取城乡低保金',
    ]);
  });
});

describe('figures24: a plan’s amount before 的 and a rate, 经…批准, 连续', () => {
  it('keys the amount as the plan’s and the rate as its share', () => {
    expect(keys('全市一般公共预算支出完成调整预算数186.4亿元的97.6%。', 2023).map((k) => k[1])).toEqual([
      '一般公共预算支出调整预算数',
      '一般公共预算支出完成调整预算数',
    ]);
    expect(keys('全县一般公共预算支出决算数为27.93亿元，完成调整预算数28.40亿元的98.3%。', 2023).map((k) => k[1])).toEqual([
      '一般公共预算支出决算数',
      '一般公共预算支出调整预算数',
      '一般公共预算支出完成调整预算数',
    ]);
  });

  it('takes no subject from a clause that says by whose leave (经省政府批准，…)', () => {
    expect(keys('经省政府批准，全市政府债务限额为1286.4亿元。', 2023)[0]![1]).toBe('政府债务限额');
  });

  it('drops 连续 like 持续 (粮食产量连续五年稳定在30万吨以上)', () => {
    expect(keys('全市粮食产量连续五年稳定在30万吨以上。', 2023)[0]![1]).toBe('粮食产量');
  });
});
