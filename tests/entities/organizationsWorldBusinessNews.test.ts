import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Bodies of world and business news (sentences written for these rules in the style of Xinhua and wire news).
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('organizations of world and business news', () => {
  it('reads a state’s central bank by the state and 央行 alone, one to a country, not the country as a place', () => {
    expect(orgs('高盛集团分析师预计，日本央行将在年内退出负利率政策。')).toContain('日本央行');
    expect(places('高盛集团分析师预计，日本央行将在年内退出负利率政策。')).not.toContain('日本');
    expect(orgs('俄罗斯央行宣布维持基准利率不变，英国央行则下调利率。')).toEqual(expect.arrayContaining(['俄罗斯央行', '英国央行']));
    expect(orgs('各国央行纷纷降息。')).toEqual([]);
  });
});
