import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('the Sun, the Moon and the planets are places where the text names the body', () => {
  it('reads the body before 的, a preposition or punctuation (news sentences)', () => {
    expect(places('现在到达地球的光线是它形成尚不足10亿年时发出的。')).toEqual(['地球']);
    expect(places('它的土星之旅将历时7年。')).toEqual(['土星']);
    expect(places('张骞乘槎入银河的故事流传久远。')).toEqual(['银河']);
  });
  it('reads no body that modifies a noun or names a model (gwr: 火星探测, 月球探测工程, 银河Ⅱ型, 太阳能, 地球物理)', () => {
    expect(places('载人航天、火星探测、资源勘探取得重大成果。')).toEqual([]);
    expect(places('首次月球探测工程圆满成功。')).toEqual([]);
    expect(places('取得科研成果３万多项，银河Ⅱ型计算机研制成功。')).toEqual([]);
    expect(places('开发风能、太阳能等清洁能源。')).toEqual([]);
    expect(places('在我国管辖海域进行了地球物理普查。')).toEqual([]);
  });
});
