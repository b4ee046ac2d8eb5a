import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Scenic grounds, gardens and quarters whose names jieba cuts into ordinary words or characters, bounded by the division
// written before them and the class noun after them (渝中区|洪|崖洞|景区, 黄浦区|豫园, 荔湾区|永庆|坊), named grasslands and
// tourist areas (羌塘草原, 成吉思汗陵旅游区), and old towns and villages as kinds (古城古镇, 古镇古村), which name none.
// Sentences of the places15 and places16 sets and written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a ground after the division it lies in', () => {
  it('reads a garden or a quarter of two characters (豫园, 张园, 永庆坊), not a city (廊坊)', () => {
    expect(places('上海市黄浦区豫园新春灯会吸引游客超过百万人次。')).toEqual(['上海市', '豫园', '黄浦区']);
    expect(places('上海市静安区张园完成保护性修缮后重新开放。')).toEqual(['上海市', '张园', '静安区']);
    expect(places('广州市荔湾区永庆坊微改造项目入选全国城市更新优秀案例。')).toEqual(['广州市', '永庆坊', '荔湾区']);
    expect(places('河北省廊坊市举办活动。')).toEqual(['廊坊市', '河北省']);
  });
  it('reads a name cut into a word and a character before its class (洪崖洞景区, 喀拉峻草原, 成吉思汗陵旅游区)', () => {
    expect(places('重庆市渝中区洪崖洞景区国庆期间日均接待游客5万人次。')).toContain('洪崖洞景区');
    expect(places('伊犁哈萨克自治州特克斯县喀拉峻草原入选国家级旅游度假区。')).toContain('喀拉峻草原');
    expect(places('鄂尔多斯市伊金霍洛旗成吉思汗陵旅游区开展祭祀文化展演。')).toContain('成吉思汗陵旅游区');
  });
  it('keeps a county written without its level in the name (changxing: 长兴|金|钉子|国家地质公园)', () => {
    expect(places('加强地质遗迹保护，长兴金钉子国家地质公园接待游客38.6万人次。')).toEqual(['长兴金钉子国家地质公园']);
  });
});

describe('grasslands and tourist areas', () => {
  it('reads a grassland named by a place word (羌塘草原), none by a kind of grassland or a time (退化草原, 新一轮草原)', () => {
    expect(places('那曲市色尼区羌塘草原牧民搬迁安置点建成。')).toEqual(['羌塘草原', '色尼区', '那曲市']);
    expect(places('要加强退化草原修复和天然草原保护。')).toEqual([]);
    expect(places('实行新一轮草原生态保护补助奖励政策。')).toEqual([]);
  });
});

describe('old towns and villages as kinds', () => {
  it('reads no place in 古城古镇 or 古镇古村, but the town 古镇镇', () => {
    expect(places('夜市、步行街和历史文化街区等消费场景持续升温，古城古镇游成为热点。')).toEqual([]);
    expect(places('各地要加强沿边口岸、景区景点和古镇古村的安全管理。')).toEqual([]);
    expect(places('广东中山市古镇镇灯饰产业发达。')).toEqual(['中山市', '古镇镇', '广东省']);
  });
});
