import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';

// Later items of a list share the verb of change its first clause opens with, and a list of capacity that can be added is of
// new capacity. Sentences of the State Council reports (../shared/corpus-wide/gwr) and written for these tests.

describe('a verb of change shared by a list', () => {
  it('the next clause names only the item (gwr-1982, a sentence written for this test)', () => {
    expect(keys('五年内扩大淡水养殖面积一千六百万亩，海水养殖面积八十万亩。', 1982)).toEqual([
      ['一千六百万亩', '扩大淡水养殖面积'],
      ['八十万亩', '扩大海水养殖面积'],
    ]);
    expect(keys('今年压减粗钢产能500万吨，水泥产能300万吨。', 2023)[1]).toEqual(['300万吨', '压减水泥产能']);
  });

  it('not an item of another kind of measure, nor one with a verb of its own', () => {
    expect(keys('全年新建农村公路300公里，城市道路通车里程达到50公里。', 2023)[1]![1]).not.toMatch(/^新建/);
    expect(keys('今年压减粗钢产能500万吨，淘汰煤炭产能300万吨。', 2023)[1]).toEqual(['300万吨', '淘汰煤炭产能']);
  });

  it('capacity that can be added, listed after a colon, is new capacity (gwr-1958)', () => {
    const text = '由于这些工厂的建设完工，可以增加的制造能力，按年产量计算如下：冶金机械三万吨，矿山机械二万七千吨，重型机床二万吨。';
    expect(keys(text, 1958).map(([, k]) => k)).toEqual(['新增冶金机械能力', '新增矿山机械能力', '新增重型机床能力']);
  });
});
