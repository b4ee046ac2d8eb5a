import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences of the thirty-fourth held-out set (jianli-agriculture-rural-affairs-bureau-2023-bom, a 农业农村局's year summary,
// and tianshui-housing-provident-fund-2023-word, a 住房公积金年度报告) and sentences written for these tests.
describe('a given name of two characters ending in 雨 or 风', () => {
  // On the first run 陈思雨 was no person: 雨 ends weather words (雷阵雨), so no name could end in it, whatever stood before.
  it('is a name where its last two characters are no word (监利)', () => {
    const s = '周老嘴镇双鸣村返乡青年陈思雨创办监利市思雨家庭农场，发展稻鸭共养480亩，带动脱贫户35户增收。';
    expect(namesOf(entitiesOf(s), 'person')).toEqual(['陈思雨']);
    expect(namesOf(entitiesOf('狂风暴雨中，消防员王晓风冲在最前面。'), 'person')).toEqual(['王晓风']);
  });

  it('is no name where they are a word, or where 雨 or 风 is the whole given name', () => {
    expect(namesOf(entitiesOf('受雷阵雨影响，部分线路停电。'), 'person')).toEqual([]);
    expect(namesOf(entitiesOf('预计明天有暴风雨，请做好防范。'), 'person')).toEqual([]);
    expect(namesOf(entitiesOf('江风习习，游客如织。'), 'person')).toEqual([]);
    expect(namesOf(entitiesOf('一阵秋风吹过，满地落叶。'), 'person')).toEqual([]);
  });
});

describe('a quoted drive launched in a field of service', () => {
  // On the first run “跨省通办” was no campaign: the verb that launches it (推进) stood before the field (住房公积金), not
  // right before the quote.
  it('is a campaign where one or two nouns of the field stand between verb and name (天水)', () => {
    const s = '全面推进住房公积金“跨省通办”，实现13项高频服务事项线上办理。';
    expect(namesOf(entitiesOf(s), 'campaign')).toEqual(['跨省通办']);
    expect(namesOf(entitiesOf('推进政务服务“一网通办”。'), 'campaign')).toEqual(['一网通办']);
  });

  it('not after a description of a target, a short name, or the people a principle is applied to', () => {
    expect(namesOf(entitiesOf('推进老旧小区“微改造”。'), 'campaign')).toEqual([]);
    expect(namesOf(entitiesOf('开展企业“体检”。'), 'campaign')).toEqual([]);
    expect(namesOf(entitiesOf('推动干部“能上能下”，'), 'campaign')).toEqual([]);
  });
});
