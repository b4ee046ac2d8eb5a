import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

// A state under its full official name, as the reports of the 1950s–80s name the socialist states: found reading every
// X共和国 of the State Council reports after audit21's samples (gwr-1954 lists eight of them; 德意志民主共和国 and
// 捷克斯洛伐克共和国 were read nowhere, the others cut to their short names). Report sentences and sentences written by
// helper audit21.
const places = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.type === 'place')
    .flatMap((e) => e.mentions.map((m) => [m.start, `${m.surface}=${e.name}`] as const))
    .sort((a, b) => a[0] - b[0])
    .map(([, said]) => said);

describe('a state under its full name', () => {
  it('reads a country and the form of its state as one name, the country (gwr-1954, gwr-1978)', () => {
    expect(places('我国同波兰人民共和国、捷克斯洛伐克共和国、匈牙利人民共和国的关系是正常的。')).toEqual([
      '波兰人民共和国=波兰',
      '捷克斯洛伐克共和国=捷克斯洛伐克',
      '匈牙利人民共和国=匈牙利',
    ]);
    expect(places('就应当从蒙古人民共和国和中苏边境撤军。')).toContain('蒙古人民共和国=蒙古');
  });

  it('reads a former state by its official name (gwr-1964)', () => {
    expect(places('中国人民坚决支持德意志民主共和国人民反对美帝国主义扶植西德军国主义。')).toContain('德意志民主共和国=东德');
  });

  it('reads no state in a figure of speech, and a state by any form of its republic (written)', () => {
    expect(places('各部门不能搞独立王国。')).toEqual([]);
    expect(places('保加利亚共和国总统和罗马尼亚社会主义共和国总统出席。')).toEqual([
      '保加利亚共和国=保加利亚',
      '罗马尼亚社会主义共和国=罗马尼亚',
    ]);
  });
});
