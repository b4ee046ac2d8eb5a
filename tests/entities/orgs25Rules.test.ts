import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rules found on the orgs25 news set (tests/fixtures/orgs25), tried here on sentences written for them.

describe('a zone’s working committees named by the zone (orgs25)', () => {
  it('reads a named zone’s 纪工委 and 党工委 as one body with the zone', () => {
    const names = namesOf(entitiesOf('宁波高新区纪工委通报了2起问题，杭州经济技术开发区党工委召开专题会议。'), 'organization');
    expect(names).toEqual(expect.arrayContaining(['宁波高新区纪工委', '杭州经济技术开发区党工委']));
  });

  it('reads no body from the zone’s kind alone before 纪工委', () => {
    expect(namesOf(entitiesOf('开发区纪工委要加强监督。'), 'organization')).toEqual([]);
  });
});

describe('a team the central commission and the supervisory body send together (orgs25)', () => {
  it('names the team with both senders, not the commission apart', () => {
    const names = namesOf(entitiesOf('中央纪委国家监委驻中国农业银行纪检监察组通报了3起典型问题。'), 'organization');
    expect(names).toEqual(['中央纪委国家监委驻中国农业银行纪检监察组']);
  });
});
