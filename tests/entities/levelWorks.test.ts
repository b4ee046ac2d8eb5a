import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A level's own works by the level's character and the works' word (newsgap25): the one works of the county or town the
// text speaks of. Sentences written for this test, not taken from a report or the news set.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('a level’s works written with the level’s character alone', () => {
  it('reads 县|水泥厂, 镇|农机厂 and 市|造纸厂 as bodies', () => {
    expect(orgs('县水泥厂党支部组织职工学习新技术。')).toEqual(['县水泥厂']);
    expect(orgs('镇农机厂去年扭亏为盈。')).toEqual(['镇农机厂']);
    expect(orgs('市造纸厂排放的污水污染了河流。')).toEqual(['市造纸厂']);
  });
  it('reads no body where the level is every one or part of another word (各县, 全县)', () => {
    expect(orgs('各县水泥厂都要进行整顿。')).toEqual([]);
    expect(orgs('全县水泥厂的产量都提高了。')).toEqual([]);
  });
});
