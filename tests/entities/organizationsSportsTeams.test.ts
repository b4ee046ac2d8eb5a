import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

// Sentences of news about matches (People's Daily, 1998) and sentences written for the rules.
describe('organizations: teams of a match', () => {
  it('reads a club’s own words before 队 in a sentence about a match', () => {
    expect(namesOf(entitiesOf('辽宁队17号李从底线一记漂亮的斜射首破五牛队城门。'), 'organization')).toEqual(['五牛队', '辽宁队']);
    expect(namesOf(entitiesOf('有心无力的前卫寰岛队只靠高峰扳回一球。'), 'organization')).toEqual(['前卫寰岛队']);
    expect(namesOf(entitiesOf('泰山队的巴西外援卡洛斯和海狮队的巴西外援都进了球。'), 'organization')).toEqual(['泰山队', '海狮队']);
  });

  it('does not read a team named for its work, nor one outside a sentence about a match', () => {
    expect(namesOf(entitiesOf('工作队进村后，宣传队也来了，比赛很精彩，消防队和医疗队也在。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('五牛队的队员今天到村里植树。'), 'organization')).toEqual([]);
  });

  it('reads a country joined to a country’s team as that country’s team (美国和俄罗斯队)', () => {
    const es = entitiesOf('这其中，美国和俄罗斯队各具特色，可为代表。');
    expect(namesOf(es, 'organization')).toEqual(['俄罗斯队', '美国队']);
    expect(spans(entity(es, 'organization', '美国队'))).toEqual([[4, 6, '美国']]);
    expect(namesOf(es, 'place')).toEqual([]);
  });

  it('reads the countries listed in a group of a tournament as their teams', () => {
    const es = entitiesOf('八强已经产生：e组的美国、俄罗斯、立陶宛、西班牙，f组的澳大利亚、巴西。');
    expect(namesOf(es, 'organization')).toEqual(['俄罗斯队', '巴西队', '澳大利亚队', '立陶宛队', '美国队', '西班牙队'].sort());
    expect(namesOf(es, 'place')).toEqual([]);
  });
});
