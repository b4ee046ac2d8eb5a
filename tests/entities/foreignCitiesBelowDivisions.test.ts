import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Cities abroad the world data does not hold: below a division written after its country (日本|石川县|轮岛市,
// 美国|加利福尼亚州|圣迭戈市, 韩国|京畿道|水原|市) and after a word for a city (挪威|西部|城市|卑尔根); a country and a region
// in it that jieba glued into one word are both read (俄罗斯远东地区). Sentences of the places16 set and written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a city below a division abroad', () => {
  it('reads the city after its prefecture or state (轮岛市, 圣迭戈市, 埃尔帕索市)', () => {
    expect(places('日本石川县轮岛市发生地震。')).toEqual(['日本', '石川县', '轮岛市']);
    expect(places('美国加利福尼亚州圣迭戈市附近海域发生4.5级地震。')).toEqual(['加利福尼亚州', '圣迭戈市', '美国']);
    expect(places('美国得克萨斯州埃尔帕索市边境口岸人流增多。')).toContain('埃尔帕索市');
  });
  it('reads a Korean city whose name jieba reads as a common noun before 市 (京畿道|水原/n|市)', () => {
    expect(places('韩国京畿道水原市与我市缔结友好城市。')).toEqual(['京畿道', '水原市', '韩国']);
  });
});

describe('a city after a word for a city', () => {
  it('reads the name after 城市 or 港口城市, not the word (卑尔根, 基尔; no 港口城市)', () => {
    expect(places('挪威西部城市卑尔根遭遇强风暴雨。')).toEqual(['卑尔根', '挪威']);
    expect(places('德国北部港口城市基尔举办帆船周。')).toEqual(['基尔', '德国']);
  });
});

describe('a country and its region glued', () => {
  it('reads the country and the region, not one place (俄罗斯|远东地区)', () => {
    expect(places('俄罗斯远东地区符拉迪沃斯托克港新开通至宁波的集装箱航线。')).toEqual(['俄罗斯', '宁波市', '符拉迪沃斯托克', '远东']);
  });
});
