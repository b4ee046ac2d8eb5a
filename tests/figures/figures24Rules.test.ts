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
