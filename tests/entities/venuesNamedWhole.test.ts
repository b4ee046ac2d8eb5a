import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sports grounds and theatres named whole (newsgap26): a centre jieba knows after its city (杭州|奥体中心/nt|体育场), a name
// in dots (罗兰·加洛斯|球场), the nation's arenas (国家|体育场) and an opera theatre (长安|大戏院) are places, as the news
// gold reads stadiums and halls. Sentences written for this test, not taken from a report or the news set.

const read = (s: string) => {
  const es = entitiesOf(s);
  return { places: namesOf(es, 'place'), people: namesOf(es, 'person'), orgs: namesOf(es, 'organization') };
};

describe('venues named whole', () => {
  it('reads the city with the centre it names', () => {
    expect(read('杭州奥体中心体育场将承办今年的全国田径锦标赛。').places).toEqual(['杭州奥体中心体育场']);
  });
  it('reads a ground named in dots as a place, not a person', () => {
    expect(read('郑钦文在罗兰·加洛斯球场以2∶0击败对手。')).toEqual({ places: ['罗兰·加洛斯球场'], people: ['郑钦文'], orgs: [] });
  });
  it('reads the arenas of the nation', () => {
    expect(read('苏炳添在国家体育场跑出了10秒05的成绩。').places).toEqual(['国家体育场']);
  });
  it('reads an opera theatre after its name as a place, not a body', () => {
    expect(read('梅葆玖生前曾在长安大戏院多次登台。')).toEqual({ places: ['长安大戏院'], people: ['梅葆玖'], orgs: [] });
  });
  it('reads no arena in a class noun after a common word', () => {
    expect(read('县里新建了一座体育场。').places).toEqual([]);
  });
});
