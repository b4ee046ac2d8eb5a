import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for this test (helper places12), not taken from a report, a news text or a sentence set: villages
// and communities whose name is a word of the language, and counties by a short name that is one too.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('villages and communities named by a word of the language', () => {
  it('reads a community named by a word jieba reads as a name opening with a function word (和平/nz|社区)', () => {
    expect(places('和平社区开设老年食堂。')).toEqual(['和平社区']);
  });
  it('reads a community whose name is a verb where a 、 lists it beside a community (新建社区、和平社区)', () => {
    expect(places('新建社区、和平社区建成15分钟便民生活圈。')).toEqual(['和平社区', '新建社区']);
  });
  it('reads no lagging villages (后进村/nr) as a village', () => {
    expect(places('整转提升后进村党组织11个。')).toEqual([]);
  });
});

describe("the report's own town or county named by a pronoun (我镇, 本镇, 我县)", () => {
  it('is the parent of the village or town after it, not part of its name', () => {
    expect(places('我镇和平村、建设村被评为省级美丽乡村示范村。')).toEqual(['和平村', '建设村']);
    expect(places('我乡光明村建成村级光伏电站。')).toEqual(['光明村']);
    expect(places('我县石桥镇新建农村公路12公里。')).toEqual(['石桥镇']);
  });
  it('vouches only for the level below it (我市|新建社区 is our city building communities)', () => {
    expect(places('我市新建社区养老服务站15个。')).toEqual([]);
  });
  it('is never part of a zone (我县|高新区)', () => {
    expect(places('我县高新区引进企业12家。')).toEqual([]);
  });
});

describe('counties by a short name that is a word, vouched for by a list', () => {
  it('reads the word listed beside a county of the same prefecture (嘉鱼、赤壁; 仁怀、习水)', () => {
    expect(places('来自嘉鱼、赤壁的抢险队连夜赶赴长江干堤。')).toEqual(['嘉鱼县', '赤壁市', '长江']);
    expect(places('仁怀、习水两地白酒产业产值突破1500亿元。')).toEqual(['习水县', '仁怀市']);
  });
  it('reads a pair closed by a count of divisions (晋江、石狮两市)', () => {
    expect(places('晋江、石狮两市鞋服产业集群加快转型升级。')).toContain('石狮市');
  });
  it('reads no county out of a common noun listed beside a county of another prefecture', () => {
    expect(places('嘉鱼、平原地区降雨偏多。')).not.toContain('平原县');
  });
});
