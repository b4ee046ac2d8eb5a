import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for this test (helper places12), not taken from a report, a news text or a sentence set.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('old towns', () => {
  it('reads an old town named by its place, whole (阆中|古城, 台儿庄|古城, 凤凰古城/ns)', () => {
    expect(places('凤凰古城、阆中古城实行游客分时预约。')).toEqual(['凤凰古城', '阆中古城']);
    expect(places('台儿庄古城夜游项目接待游客120万人次。')).toEqual(['台儿庄古城']);
    expect(places('良渚古城遗址列入世界遗产名录。')).toEqual(['良渚古城遗址']);
  });
  it('reads no old town where its word opens a division (古城街道, 古城村) or stands alone (加强古城保护)', () => {
    expect(places('城关镇古城村新建文化广场。')).toEqual(['古城村', '城关镇']);
    expect(places('加强古城保护，修缮古城墙。')).toEqual([]);
  });
});

describe('zones two states build together', () => {
  it('keeps 中 and the other state in the name (中新天津生态城, 中韩盐城产业园)', () => {
    expect(places('中新天津生态城引进科技型企业300余家。')).toEqual(['中新天津生态城']);
    expect(places('中韩盐城产业园实现产值100亿元。')).toEqual(['中韩盐城产业园']);
  });
});

describe('zones whose name jieba cuts', () => {
  it("opens the zone at a town's name opening the clause before the short names (前海/f|深港现代服务业合作区)", () => {
    expect(places('前海深港现代服务业合作区新注册港资企业1500家。')).toEqual(['前海深港现代服务业合作区']);
  });
  it('keeps the 区 of a park that jieba cut off or glued to the next word (产业园|区新/x)', () => {
    expect(places('中马钦州产业园区新签约项目42个。')).toEqual(['中马钦州产业园区']);
    expect(places('全市产业园区新增企业12家。')).toEqual([]);
  });
});

describe('places abroad', () => {
  it('reads the parts of the United Kingdom as places of their own, not as the state', () => {
    expect(places('英格兰北部和北爱尔兰遭遇罕见暴雨。')).toEqual(['北爱尔兰', '英格兰']);
    expect(places('英国苏格兰、威尔士地区举行地方选举。')).toEqual(['威尔士', '苏格兰', '英国']);
  });
  it('reads a place word listed beside a foreign city as a city of the same country (釜山、仁川)', () => {
    expect(places('韩国釜山、仁川两港的中转货量明显增加。')).toEqual(['仁川', '釜山', '韩国']);
    expect(places('俄罗斯远东的符拉迪沃斯托克港和哈巴罗夫斯克开通新航线。')).toContain('哈巴罗夫斯克');
  });
  it('reads nothing out of what follows a country (美国朝野, 德国法西斯)', () => {
    expect(places('美国朝野得出新的结论。')).toEqual(['美国']);
  });
});

describe('mountains and villages a word of the language hides', () => {
  it('reads a mountain whose stem is a place word though its first character is a word (长白/ns|山), not an idiom (半壁江山)', () => {
    expect(places('冬春之交，长白山南北普降大雪。')).toEqual(['长白山']);
    expect(places('保住了半壁江山。')).toEqual([]);
  });
  it('reads a village jieba reads whole opening with a word of position where the text repeats it (下叔村)', () => {
    expect(places('他了解到下叔村贫困的情况，决定到下叔村看一看。')).toEqual(['下叔村']);
    expect(places('他决定到下叔村看一看。')).toEqual([]);
  });
});
