import { describe, expect, it } from 'vitest';
import { described, keys } from '../fixtures/figures/describedFigures.ts';

// A rate written before a noun is the share of those things that do what the clause says, or that a verb before it reaches.
// Sentences of the State Council reports (../shared/corpus-wide/gwr), of the news set and written for these tests.

describe('a rate before the noun it is a share of', () => {
  it('the share of the noun that does the deed after it (gwr-1982, gwr-2018, gwr-1978)', () => {
    expect(keys('有近百分之三十独立核算的国营工业企业亏损，今年的亏损额预计达四十多亿元。', 1982)[0]).toEqual([
      '百分之三十',
      '亏损的独立核算的国营工业企业比例',
    ]);
    expect(keys('推进重点行业节能减排，71%的煤电机组实现超低排放。', 2018)).toEqual([['71%', '超低排放的煤电机组比例']]);
    expect(keys('做到在正常年景下百分之九十的社员收入逐年有所增加。', 1978)).toEqual([['百分之九十', '收入逐年有所增加的社员比例']]);
    expect(keys('全县有85%的农户参加了新型农村合作医疗。', 2023)).toEqual([['85%', '参加了新型农村合作医疗的农户比例']]);
  });

  it('the share of a verb’s object the deed reaches, a level whatever the verb (gwr-1978, gwr-1980)', () => {
    expect(keys('我们要争取一切可以争取的人，做到团结百分之九十五以上的干部和群众。', 1978)).toEqual([
      ['百分之九十五', '团结的干部和群众比例'],
    ]);
    const promoted = described('1979年全国在城镇安置了903万人就业，开始提升40％职工的工资级别，调整了部分地区的工资类别。', 1980)[1]!;
    expect([promoted.indicator, promoted.status]).toEqual(['提升工资级别的职工比例', 'outcome']);
  });

  it('after 占 and a whole, the noun’s share of it (gwr-1964, gwr-1998)', () => {
    expect(keys('团结占人口百分之九十五以上的人民群众，就一定能够把各个战线的社会主义革命进行到底。', 1964)).toEqual([
      ['百分之九十五', '人民群众占人口的比重'],
    ]);
    expect(keys('我们从来相信，占人口百分之九十五以上的人民群众是要革命的。', 1964)).toEqual([['百分之九十五', '人民群众占人口的比重']]);
    expect(keys('占全国人口65％的地区基本普及九年义务教育，青壮年文盲率下降到6％。', 1998)[0]).toEqual([
      '65％',
      '基本普及九年义务教育的地区占全国人口的比重',
    ]);
  });

  it('not a rate that measures a frame, a change of a thing, or a share after a preposition', () => {
    expect(keys('平均每年递增百分之六，高于二十八年平均每年递增百分之二点六的水平。', 1982)[1]![1]).not.toMatch(/比例/);
    expect(keys('全省森林覆盖率达到65%，增长10%的企业获得奖励。', 2023)[1]![1]).not.toMatch(/比例/);
    expect(keys('国内生产总值增长5.2%，增速居世界主要经济体前列。', 2023)).toEqual([['5.2%', '国内生产总值增长']]);
    expect(keys('基本药物制度在30％的基层医疗卫生机构实施。', 2010)[0]![1]).not.toMatch(/^的/);
  });
});
