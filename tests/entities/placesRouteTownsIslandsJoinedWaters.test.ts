import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for this test (helper places18), not taken from a report, a news text or a sentence set: a town
// the gazetteer does not hold at a route's first end, the county seat at its other end; the islands' word after the
// place that names them; a river jieba glued to the conjunction before it.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a route from a town to the county seat (黄章镇至县城的公路)', () => {
  it('makes the town a place, though the gazetteer does not hold it', () => {
    expect(places('黄章镇至县城的公路完成路面硬化。')).toEqual(['黄章镇']);
  });
  it('makes nothing of towns in general (乡镇至县城)', () => {
    expect(places('乡镇至县城公路全面完成改造。')).toEqual([]);
  });
  it('reads a city whose short name is a word at a route’s end as the city (深圳至中山的车程)', () => {
    expect(places('深圳至中山的车程缩短至30分钟。')).toEqual(['中山市', '深圳市']);
  });
});

describe('islands named by the place before their word (嵊泗|列岛)', () => {
  it('is one place with that name, and 海岛 after it none', () => {
    expect(places('嵊泗列岛海岛旅游持续升温。')).toEqual(['嵊泗列岛']);
  });
});

describe('a river jieba glued to the conjunction before it (泾河|和洛河/nr)', () => {
  it('is the river without the conjunction', () => {
    expect(places('渭河、泾河和洛河流域实施水土保持综合治理。')).toEqual(['泾河', '洛河', '渭河']);
  });
});
