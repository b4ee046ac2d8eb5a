import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';

// A number inside a 的 modifier rates the noun after it (年产一百五十万吨的煤矿): it measures that noun's output, capacity or cost,
// not the deed the clause opens with. Sentences of the State Council reports (../shared/corpus-wide/gwr) and written for these tests.

describe('a number inside a modifier', () => {
  it('a rating word before it names what of the noun it measures (gwr-1958, gwr-1992, gwr-2000)', () => {
    expect(keys('例如，年产一百五十万吨的钢铁联合企业，年产五万吨合成氨的氮肥厂。', 1958).map(([, k]) => k)).toEqual([
      '钢铁联合企业年产',
      '氮肥厂年产合成氨',
    ]);
    expect(keys('建成了年产各30万吨的扬子和齐鲁乙烯工程。', 1992)).toEqual([['30万吨', '扬子和齐鲁乙烯工程年产']]);
    expect(keys('建成仓容250亿公斤的国家粮食储备库。', 2000)).toEqual([['250亿公斤', '国家粮食储备库仓容']]);
    expect(keys('新建日处理能力10万吨的污水处理厂一座，引进总投资50亿元的新能源汽车项目。').map(([, k]) => k)).toEqual([
      '污水处理厂日处理能力',
      '新能源汽车项目总投资',
    ]);
  });

  it('a material between the number and 的 is the quantity of the noun, and of the number that restates it (gwr-1958)', () => {
    expect(keys('这个省原定去冬今春兴修八亿土方的农田水利工程，后来增加到十六亿土方。', 1958).map(([, k]) => k)).toEqual([
      '农田水利工程土方',
      '农田水利工程土方',
    ]);
  });

  it('not a count, nor a noun that is itself a measure or a frame', () => {
    expect(keys('在这一年将有三百七十二种重要的新产品进行试制。', 1958)).toEqual([['三百七十二种', '重要的新产品']]);
    expect(keys('今年新增8000万吨标准煤的节能能力。', 2010)[0]![1]).not.toMatch(/年产|仓容/);
  });
});

describe('what a number is counted by', () => {
  it('a per-unit between a list and its 分别 numbers leaves the parts to the numbers in turn (gwr-2012)', () => {
    const text = '继续提高粮食最低收购价，今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。';
    expect(keys(text, 2012).slice(1)).toEqual([
      ['7.4元', '小麦最低收购价增加'],
      ['16元', '稻谷最低收购价增加'],
    ]);
  });
});
