import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences of the thirty-third held-out set (zhengding-youth-league-committee-2024-gbk-crlf, a 团县委's work report, and
// guilin-red-cross-society-2024, a 红十字会's) and sentences written for these tests.
describe('a zone named by a county jieba reads as another word', () => {
  // On the first run 正定/d (an adverb to jieba) stopped the zone's name, so 正定高新技术产业开发区 was read as 正定县 and its
  // four figures went to the county.
  it('is the county’s zone (正定)', () => {
    expect(namesOf(entitiesOf('在正定高新技术产业开发区新建非公企业团组织23个，新增团员210名。'), 'place')).toEqual([
      '正定高新技术产业开发区',
    ]);
    expect(namesOf(entitiesOf('正定高新区新建企业23个。'), 'place')).toEqual(['正定高新区']);
  });

  it('as a county jieba reads as a place is (太和, 随州) and not a kind of zone', () => {
    expect(namesOf(entitiesOf('太和经济开发区新增规上企业12家。'), 'place')).toEqual(['太和经济开发区']);
    expect(namesOf(entitiesOf('在随州高新区新建企业23个。'), 'place')).toEqual(['随州高新区']);
    expect(namesOf(entitiesOf('全县高新技术产业开发区新增企业12家。'), 'place')).toEqual([]);
    // 南部 is a county of 四川 (南部县), but here a side of the town (tests/fixtures/places21).
    expect(namesOf(entitiesOf('一是镇区东部、南部片区基础设施欠账较多。'), 'place')).toEqual([]);
  });
});
