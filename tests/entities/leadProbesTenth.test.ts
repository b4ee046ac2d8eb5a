import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences of the lead's probe reports of the tenth session (a city culture and tourism bureau's annual summary, a city
// CPPCC committee's work report, a city public security bureau's report), written for the case.

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('troupes a place keeps', () => {
  it('reads a level word and the troupe, though jieba glues the level word to the genre (市徽|剧团)', () => {
    expect(orgs('市徽剧团团长荣获中国戏剧梅花奖。')).toEqual(['市徽剧团']);
    expect(orgs('省歌舞团、县艺术团和市杂技团赴基层演出120场。')).toEqual(['县艺术团', '市杂技团', '省歌舞团']);
  });
  it('reads the troupe after its place written in full', () => {
    expect(orgs('黄山市徽剧团、安庆市黄梅戏剧院联合演出。')).toEqual(['安庆市黄梅戏剧院', '黄山市徽剧团']);
    expect(orgs('东莞市歌舞团、广州交响乐团参演。')).toEqual(['东莞市歌舞团', '广州交响乐团']);
  });
  it('takes no troupe of every kind or of a level for one', () => {
    expect(orgs('全市各剧团演出3000场，市级剧团5个。')).toEqual([]);
    expect(orgs('一支美国乐团来华演出。')).toEqual([]);
  });
});

describe('a company a dictionary knows by its brand, written with its legal or group name', () => {
  it('reads the name in full (携程|集团), not the brand alone', () => {
    expect(orgs('与安徽旅游集团有限公司、携程集团签订战略合作协议。')).toEqual(['安徽旅游集团有限公司', '携程集团']);
  });
  it('reads the brand alone elsewhere as that company', () => {
    const [company] = entitiesOf('携程集团有限公司在上海设立总部。携程还在北京设立分部。').filter((e) => e.type === 'organization');
    expect(company!.name).toBe('携程集团有限公司');
    expect(company!.mentions.map((m) => m.surface)).toEqual(['携程集团有限公司', '携程']);
  });
});
