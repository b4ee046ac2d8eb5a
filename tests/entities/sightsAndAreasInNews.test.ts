import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sights CC-CEDICT names as such (拙政园 'Humble Administrator's Garden', 大雁塔 'Giant Wild Goose Pagoda'), areas of
// Hong Kong whose gloss gives their kind after a comma (尖沙咀 'Tsim Sha Tsui, urbanized area in Hong Kong') or that a list
// vouches for (旺角/n), a county-level city right after its province (广西|东兴), a ship's return to port (回港/ns), and
// grounds named by their class: a port of entry by the way it is crossed (珠海|公路|口岸), a scenic area by its mountain.
// Sentences of tests/fixtures/places20 and written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('sights CC-CEDICT names', () => {
  it('reads a garden, a pagoda, a cathedral and a square whatever jieba tags them (拙政园/n, 大雁塔/nr)', () => {
    expect(places('苏州拙政园、留园冬季开放时间调整为8时至17时。')).toEqual(['拙政园', '留园', '苏州市']);
    expect(places('大雁塔北广场的音乐喷泉今晚恢复表演。')).toContain('大雁塔');
    expect(places('修复后的巴黎圣母院本月重新向公众开放。')).toEqual(['巴黎圣母院']);
    expect(places('胜利日阅兵式将在红场举行，俄罗斯总统将出席。')).toContain('红场');
  });
});

describe('areas of Hong Kong', () => {
  it('reads an area glossed after a comma (尖沙咀, 中环) and one a list vouches for (旺角/n)', () => {
    expect(places('尖沙咀、旺角和铜锣湾的商铺租金今年回落约一成。')).toEqual(['尖沙咀', '旺角', '铜锣湾']);
    expect(places('中环的写字楼空置率升至历史高位。')).toEqual(['中环']);
  });
  it('reads a new development area and a cultural quarter (洪水桥|新发展区, 西九/x|文化区), not culture of a kind', () => {
    expect(places('位于元朗区的洪水桥新发展区首批住宅用地将于明年招标。')).toContain('洪水桥新发展区');
    expect(places('西九文化区的演艺综合剧场本月开幕。')).toContain('西九文化区');
    expect(places('打造一批历史文化区。')).toEqual([]);
  });
  it('reads no area from a mainland street or ring road of the same name (南湖区|中环|东路)', () => {
    expect(places('邮政地址：嘉兴市南湖区中环东路1号。')).toEqual(['南湖区', '嘉兴市']);
  });
});

describe('seas and ports', () => {
  it('reads the Red Sea before its situation (红海|局势), not a crowded market', () => {
    expect(places('受红海局势影响，不少船舶绕行。')).toEqual(['红海']);
    expect(places('企业要跳出红海，开辟蓝海。')).toEqual([]);
  });
  it('reads no port from a ship returning to or leaving port (回港/ns, 进港)', () => {
    expect(places('东海海域将出现大风，舟山渔场的渔船已全部回港避风。')).not.toContain('回港');
    expect(places('货轮进港后立即开始卸货。')).toEqual([]);
  });
});

describe('county-level cities after their province', () => {
  it('reads the city whose short name is a word right after its province (广西|东兴, 福建|石狮)', () => {
    expect(places('台风将于7日在广西东兴至越南广宁省一带沿海再次登陆。')).toContain('东兴市');
    expect(places('福建石狮的服装企业订单回暖。')).toContain('石狮市');
  });
});

describe('grounds named by their class', () => {
  it('names a port of entry by the way it is crossed with its place (珠海|公路|口岸), not the kind alone', () => {
    expect(places('港珠澳大桥珠海公路口岸今年出入境车辆突破百万辆次。')).toContain('珠海公路口岸');
    expect(places('二连浩特公路口岸今年出入境人员增长三成。')).toContain('二连浩特公路口岸');
    expect(places('全国已有公路口岸120个。')).toEqual([]);
  });
  it('keeps a mountain jieba knows by name in the name of a scenic area (鸣沙山|月牙泉|景区)', () => {
    expect(places('鸣沙山月牙泉景区同步推出夜间观星活动。')).toEqual(['鸣沙山月牙泉景区']);
  });
});

describe('ends of a route', () => {
  it('reads both ends where the line follows the terminal of the second (金门至厦门|五通码头|航线)', () => {
    expect(places('“小三通”金门至厦门五通码头航线今年运送旅客逾百万人次。')).toEqual(['厦门市', '金门县']);
  });
});

describe('volcanoes', () => {
  it('reads a volcano whose transliterated name jieba cut after its first character (默/z|拉皮/nrt|火山)', () => {
    expect(places('位于印度尼西亚爪哇岛的默拉皮火山再次喷发。')).toContain('默拉皮火山');
    expect(places('游客在拉皮火山附近拍照。')).not.toContain('在拉皮火山');
  });
});
