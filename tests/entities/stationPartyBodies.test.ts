import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A railway station's party body, named with the station (newsgap25). Sentences written for this test, not taken from a
// report or the news set.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('a station’s party committee or branch', () => {
  it('reads the station named by its city, in one word or two, with the party body after it', () => {
    expect(orgs('北京西站党委组织党员开展便民服务。')).toEqual(['北京西站党委']);
    expect(orgs('郑州北站党委决定开展劳动竞赛。')).toEqual(['郑州北站党委']);
    expect(orgs('上海火车站党总支组织了学习。')).toEqual(['上海火车站党总支']);
  });
  it('reads no body after a kind of station alone', () => {
    expect(orgs('加油站党支部组织了学习。')).toEqual([]);
  });
});
