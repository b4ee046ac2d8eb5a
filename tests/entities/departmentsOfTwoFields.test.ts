import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for the rule: a ministry's or a bureau's department of two fields, joined by 与 or 和 after the body.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('a department of two fields written after its body', () => {
  it('reads the department whole whether 与 or 和 joins its fields', () => {
    expect(orgs('教育部职业教育与成人教育司负责人介绍了有关情况。')).toEqual(['教育部职业教育与成人教育司']);
    expect(orgs('市公安局治安和出入境管理支队开展专项行动。')).toEqual(['市公安局治安和出入境管理支队']);
  });
  it('joins no two bodies, nor a body to the fields of its work', () => {
    expect(orgs('国家发展改革委和财政部联合发文。')).toEqual(['国家发展和改革委员会', '财政部']);
    expect(orgs('公安部刑侦局和交通运输部公路局联合部署。')).toEqual(['交通运输部公路局', '公安部刑侦局']);
    expect(orgs('农业农村部种植业和畜牧业生产形势良好。')).toEqual(['农业农村部']);
    expect(orgs('县法院立案和执行工作成效明显。')).toEqual(['县法院']);
  });
});
