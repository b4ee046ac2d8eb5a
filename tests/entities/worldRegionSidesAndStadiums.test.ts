import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A side of the world jieba cut off before a region names a part of it (南|高加索), and a stadium named before its class
// noun (伯纳乌|球场). Sentences written for the case (places16).
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a side of a region', () => {
  it('reads 南高加索 and 南黄海 whole where jieba cut 南 off, not 高加索 or 黄海 alone', () => {
    expect(places('对我国南海、南黄海海域进行了地球物理普查。')).toEqual(['南海', '南黄海']);
    expect(places('南高加索三国外长举行会晤。')).toEqual(['南高加索']);
  });
  it('keeps regions jieba reads whole (南亚, 东南亚), two sides joined (南北美洲) and a side glued to a verb (向南) out', () => {
    expect(places('愿意同欧洲、南北美洲的国家建立关系。')).toEqual(['北美洲', '欧洲']);
    expect(places('推进南亚和东南亚合作。')).toEqual(['东南亚', '南亚']);
    expect(places('向南高加索地区派出代表团。')).toEqual(['高加索']);
  });
});

describe('a stadium', () => {
  it('reads a name before 球场 (伯纳乌球场), not a kind of course (高尔夫球场)', () => {
    expect(places('西班牙皇家马德里队在伯纳乌球场迎战巴塞罗那队。')).toEqual(['伯纳乌球场']);
    expect(places('新建高尔夫球场一座。')).toEqual([]);
  });
});
