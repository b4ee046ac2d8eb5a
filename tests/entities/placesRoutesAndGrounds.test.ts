import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for this test (helper places8), not taken from a report.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('the ends of a route named X至Y before its line', () => {
  it('reads both ends, a short form that is a word elsewhere or that jieba cut across too', () => {
    const route = entitiesOf('喀什至和田铁路全线贯通运营。').filter((e) => e.type === 'place');
    expect(route.map((e) => e.mentions[0]!.surface).sort()).toEqual(['和田', '喀什']);
    expect(places('将乐至建宁高速公路正式开工。')).toEqual(['将乐县', '建宁县']);
    expect(places('于都至宁都高速公路项目完成投资18亿元。')).toEqual(['于都县', '宁都县']);
  });
  it('reads an end the gazetteer does not hold when the other end is known', () => {
    expect(places('G219线叶城至红其拉甫段改造完成。')).toEqual(['叶城县', '红其拉甫']);
  });
  it('leaves a river-named end and a route with no line alone', () => {
    expect(places('沈阳至白河高速铁路全线开通。')).not.toContain('白河县');
    expect(places('1月至6月，全县完成投资。')).toEqual([]);
  });
});

describe('grounds named by their class noun', () => {
  it('reads ports of entry, national parks, scenic areas and memorials with the place or event before them', () => {
    expect(places('红其拉甫口岸今年出入境货运量达12万吨。')).toEqual(['红其拉甫口岸']);
    expect(places('辽河国家公园创建工作通过评估验收。')).toEqual(['辽河国家公园']);
    expect(places('大熊猫国家公园和东北虎豹国家公园被列为首批国家公园。')).toEqual(['东北虎豹国家公园', '大熊猫国家公园']);
    expect(places('喀什古城景区全年接待游客620万人次。')).toEqual(['喀什古城景区']);
    expect(places('永新县烈士陵园完成二期改造。')).toEqual(['永新县烈士陵园']);
    expect(places('龙源口大捷纪念馆被命名为省级爱国主义教育基地。')).toEqual(['龙源口大捷纪念馆']);
    expect(places('淮海战役烈士纪念塔开展清明祭扫活动。')).toEqual(['淮海战役烈士纪念塔']);
  });
  it('reads no ground out of a kind or a verb before the class noun', () => {
    expect(places('友谊关口岸智慧口岸建设试点启动。')).toEqual(['友谊关口岸']);
    expect(places('深化国家公园体制改革试点。')).toEqual([]);
  });
  it('keeps a temple before 景区 as that place', () => {
    expect(places('一是提升东岳村、晏岗村和净居寺景区品质。')).not.toContain('净居寺景区');
  });
});

describe('rivers jieba knows whole', () => {
  it('reads a river that opens with a size, not a slogan that ends as a port', () => {
    expect(places('大凌河治理工程完成堤防加固46公里。')).toEqual(['大凌河']);
    expect(places('坚持“一国两制”、“港人治港”、高度自治。')).toEqual([]);
  });
});

describe('regions named by a place', () => {
  it('reads a plain, basin or plateau after a place as the region, not the city', () => {
    expect(places('淮北平原小麦单产提高到每亩520公斤。')).toEqual(['淮北平原']);
    expect(places('洞庭湖平原是重要的商品粮基地。')).toEqual(['洞庭湖平原']);
  });
});

describe('lines and zones named by the short names of their places', () => {
  it('reads a rail line or a zone whose name joins short names', () => {
    expect(places('赣深高铁开通运营后。')).toEqual(['赣深高铁']);
    expect(places('杭绍台高铁和沪苏湖高铁建设顺利推进。')).toEqual(['杭绍台高铁', '沪苏湖高铁']);
    expect(places('成渝中线高铁先行工程开工。')).toEqual(['成渝中线高铁']);
    expect(places('沈抚改革创新示范区新注册市场主体1.2万户。')).toEqual(['沈抚改革创新示范区']);
    expect(places('深汕特别合作区新签约项目32个。')).toEqual(['深汕特别合作区']);
  });
  it('reads none out of directions, a place and its zone, or a route after 至', () => {
    expect(places('南北高速贯通。')).toEqual([]);
    expect(places('大连金普新区地区生产总值增长。')).not.toContain('大连金普新区');
    expect(places('沈阳至白河高速铁路全线开通。')).not.toContain('白河高速铁路');
  });
});

describe('the world beyond China', () => {
  it('reads regions by name and a Japanese prefecture named by its city', () => {
    expect(places('非洲之角、萨赫勒地区安全形势依然严峻。')).toEqual(['萨赫勒', '非洲之角']);
    expect(places('西伯利亚寒潮南下。')).toEqual(['西伯利亚']);
    expect(places('市长率团访问日本大阪府和京都府。')).toEqual(['京都府', '大阪府', '日本']);
  });
});
