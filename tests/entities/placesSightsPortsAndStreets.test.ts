import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for this test (helper places13), and two of held-out reports where said (tibet, luoyang).
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('border ports whose name jieba cut apart', () => {
  it('reads a transliterated name in pieces before 口岸, from the start of the clause or the place before it', () => {
    expect(places('克孜勒苏柯尔克孜自治州乌恰县伊尔克什坦口岸通关时间缩短一半。')).toEqual([
      '乌恰县',
      '伊尔克什坦口岸',
      '克孜勒苏柯尔克孜自治州',
    ]);
    expect(places('甘其毛都口岸、满都拉口岸进口煤炭4000万吨。')).toEqual(['满都拉口岸', '甘其毛都口岸']);
  });
  it('reads characters jieba could not join, and a town by its name without 镇 (tibet: 里孜口岸, 樟木口岸)', () => {
    expect(places('里孜口岸实现常态化开放，樟木口岸恢复货物通关。')).toEqual(['樟木口岸', '里孜口岸']);
  });
  it('reads no port out of a kind of port, an ordinal or a verb jieba took for a name before it', () => {
    expect(places('推进智慧口岸建设，各口岸通关，陆路口岸，边境口岸。')).toEqual([]);
    expect(places('二是口岸通关设施与日益增长的客货流量不相适应。')).toEqual([]);
    expect(places('力争吉隆口岸进出口货运量突破10万吨。')).toEqual(['吉隆口岸']);
  });
});

describe('sights jieba knows whole as one word', () => {
  it('reads an islet, a grotto and a square (鼓浪屿/n, 莫高窟/ns, 五一广场/l; luoyang: 龙门石窟)', () => {
    expect(places('鼓浪屿、五一广场游客增多。')).toEqual(['五一广场', '鼓浪屿']);
    expect(places('代表团参观龙门石窟和莫高窟。')).toEqual(['莫高窟', '龙门石窟']);
  });
  it('reads no idiom or kind of square (龙潭虎窟, 岛屿, 市民广场)', () => {
    expect(places('闯龙潭虎窟，保护岛屿，建设市民广场。')).toEqual([]);
  });
  it('reads a street jieba knows as a place word, not one that says what it is for or a phrase (满大街, 美食街)', () => {
    expect(places('中央大街、太平街、香榭丽舍大街加强安保。')).toEqual(['中央大街', '太平街', '香榭丽舍大街']);
    expect(places('满大街都是游客，美食街人流如织。')).toEqual([]);
  });
});

describe('old towns, old townships and sites of ruins', () => {
  it('reads an old township by its name, an old town by a city jieba tags as a noun (和顺|古镇, 大理/n|古城)', () => {
    expect(places('和顺古镇、大理古城入选全国特色小镇。')).toEqual(['和顺古镇', '大理古城']);
  });
  it('reads a site of ruins and the park of an old town’s ruins whole, without the 和 jieba glued to it', () => {
    expect(places('成都金沙遗址、良渚古城遗址公园开展联合考古。')).toEqual(['成都市', '良渚古城遗址公园', '金沙遗址']);
    expect(places('游客参观莫高窟和良渚古城遗址公园。')).toEqual(['良渚古城遗址公园', '莫高窟']);
  });
  it('reads no kind of ruins, and no old township that describes the place after it (江南古镇|西塘)', () => {
    expect(places('保护革命遗址、文化遗址和考古遗址。')).toEqual([]);
    expect(places('江南古镇西塘游人如织。')).toEqual(['西塘镇']);
  });
});

describe('counties and kinds of villages', () => {
  it('reads a county by its folded name, and an autonomous county by its stem and 县 (乾安县 folds to 干安县; 贡山县)', () => {
    expect(places('松原市乾安县、怒江州贡山县完成改造。')).toEqual(['乾安县', '怒江傈僳族自治州', '松原市', '贡山独龙族怒族自治县']);
  });
  it('keeps a county written with its level apart from the scenic spot after it (布尔津县|喀纳斯景区)', () => {
    expect(places('布尔津县喀纳斯景区冬季游客量增长45%。')).toEqual(['喀纳斯景区', '布尔津县']);
  });
  it('reads no village out of a kind of village jieba took for a name (tibet: 新建边境小康村24个)', () => {
    expect(places('全市9个边境县新建边境小康村24个。')).toEqual([]);
  });
});

describe('lakes, beaches, banks and streets jieba knows by their last character', () => {
  it('reads a Tibetan lake (错), a beach jieba takes for a name and the river of a bank (塞纳河畔/ns)', () => {
    expect(places('纳木错、色林错实行生态保护。')).toEqual(['纳木错', '色林错']);
    expect(places('大连金石滩、老虎滩开展夏季旅游安全检查。')).toEqual(['大连市', '老虎滩', '金石滩']);
    expect(places('巴黎塞纳河畔加强安保措施。')).toEqual(['塞纳河', '巴黎']);
  });
  it('reads no lake, beach or street out of words of the language (大错特错, 沙滩, 满大街)', () => {
    expect(places('这是大错特错，沙滩、海滩上满大街都是人。')).toEqual([]);
  });
  it('reads a street whose name jieba does not know before 街 (坡子|街)', () => {
    expect(places('长沙太平街、坡子街实施夜间开放。')).toEqual(['坡子街', '太平街', '长沙市']);
  });
});

describe('places abroad after their country', () => {
  it('keeps the country out of the name of an island or town listed after it (印尼|爪哇岛, 新西兰|皇后镇)', () => {
    expect(places('泰国普吉岛、印尼爪哇岛成为热门旅游目的地。')).toEqual(['印尼', '普吉岛', '泰国', '爪哇岛']);
    expect(places('新西兰皇后镇游客回升。')).not.toContain('新西兰皇后镇');
  });
  it('reads names the world data holds one after another as places of their own (英国|苏格兰|爱丁堡)', () => {
    expect(places('英国苏格兰爱丁堡举行艺术节。')).toEqual(['爱丁堡', '苏格兰', '英国']);
  });
});

describe('the Sun, the Moon and the planets with a noun of their own', () => {
  it('reads the body before its own property (月球|引力, 地球磁场/n, 地球|生态平衡), not before a field or a use', () => {
    expect(places('利用月球引力，在地球磁场作用下，保障地球生态平衡。')).toEqual(['地球', '月球']);
    expect(places('首次月球探测工程圆满成功，开展地球物理普查，推广太阳能电池。')).toEqual([]);
  });
});
