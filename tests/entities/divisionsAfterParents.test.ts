import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A body's division written right after the body: a ministry's or an administration's bureau, a city bureau's district
// branch. Sentences of the news14 set (tests/fixtures/news14) and written for the case.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe("a ministry's or an administration's bureau after its name", () => {
  it('reads 公安部|刑侦局 and 海关总署|缉私局 as one body each, not the ministry alone', () => {
    expect(orgs('公安部刑侦局副局长刘忠义介绍，今年以来全国共破获拐卖妇女儿童案件400余起。')).toEqual(['公安部刑侦局']);
    expect(orgs('海关总署缉私局联合广东、广西两地海关开展打击走私专项行动。')).toEqual(['海关总署缉私局']);
  });
  it('leaves the ministry alone before a post or a verb (外交部|发言人, 公安部|部署)', () => {
    expect(orgs('外交部发言人在例行记者会上回答了提问。')).toEqual(['外交部']);
    expect(orgs('公安部部署开展夏季治安打击整治行动。')).toEqual(['公安部']);
  });
});

describe("a city bureau's district branch another reader took alone", () => {
  it('reads 深圳市公安局|南山|分局 as one body, not the bureau and the branch', () => {
    expect(orgs('犯罪嫌疑人王某某已被深圳市公安局南山分局依法刑事拘留。')).toEqual(['深圳市公安局南山分局']);
  });
});

describe('a count of places before a body', () => {
  it('makes the body every place’s, no name (广东、广西|两地|海关)', () => {
    const text = '海关总署缉私局联合广东、广西两地海关开展打击走私专项行动。';
    expect(orgs(text)).not.toContain('广西两地海关');
    expect(places(text)).toEqual(['广东省', '广西壮族自治区']);
  });
});

describe('a division numbered beyond ten, or numbered in one word with its head (newsgap25)', () => {
  it('reads the ministry’s bureau by a number of two characters (公安部|十一|局)', () => {
    expect(orgs('公安部十一局的民警连夜赶到现场。')).toEqual(['公安部十一局']);
  });
  it('reads a bureau’s numbered section jieba reads as one numeral (第三工程局|二处/m)', () => {
    expect(orgs('在铁道部第三工程局二处的工地上，工人们正在铺设钢轨。')).toEqual(['铁道部第三工程局二处']);
  });
  it('still reads no division where the numeral counts what follows (县法院|一审|判处)', () => {
    expect(orgs('县法院一审判处被告人有期徒刑三年。')).toEqual(['县法院']);
  });
});
