import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// An avenue named after a county, written as the county's short name and 大道 (two words to jieba), in the style of a
// county bureau's report. Sentences written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('an avenue named by a county', () => {
  it('reads the avenue, not the county, where the short name stands before 大道', () => {
    const names = places('长兴县自然资源和规划局完成长兴大道东延工程用地报批，总投资12.6亿元。');
    expect(names).toContain('长兴大道');
    expect(entitiesOf('完成长兴大道东延工程用地报批，总投资12.6亿元。').map((e) => e.name)).not.toContain('长兴县');
  });

  it('reads an avenue named after a day of the calendar (五一/m|大道, 八一/m|大道), not the day before a noun', () => {
    expect(places('长沙市芙蓉区五一大道沿线完成改造。')).toContain('五一大道');
    expect(places('南昌市八一大道和五四大街改造完成。')).toEqual(['五四大街', '八一大道', '南昌市']);
    expect(places('五一期间大道两旁张灯结彩。')).toEqual([]);
  });

  it('reads an avenue whose county jieba tags a name (德清/nr|大道)', () => {
    expect(places('湖州市建设德清大道和杭州路。')).toContain('德清大道');
  });
});
