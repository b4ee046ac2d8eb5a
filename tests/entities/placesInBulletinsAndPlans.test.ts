import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Places of official texts of kinds the earlier sets left out (tests/fixtures/places21: an environment bulletin, a
// transport plan, a statistical communiqué) and sentences written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a name across a pronoun (其|中国|控)', () => {
  it('reads no China where jieba cut 其中 before it and a one-character verb after it', () => {
    expect(places('2025年，全市国控、省控断面水质优良，其中国控断面18个。')).toEqual([]);
  });
  it('still reads China after 其 where a word follows (其中国供应商)', () => {
    expect(places('该公司及其中国供应商签署了协议。')).toContain('中国');
  });
});

describe('rivers a bulletin names', () => {
  it('reads a river of one character jieba does not know before the division it runs through and 段, or before 水质', () => {
    expect(places('郴江苏仙区段、西河北湖区段水质为优。')).toEqual(['北湖区', '苏仙区', '西河', '郴江']);
    expect(places('汨江水质保持稳定。')).toEqual(['汨江']);
  });
  it('reads a river named with 水 where a part of a river, 支流 or a stretch by county stands by it', () => {
    expect(places('湘江一级支流耒水干流水质总体为优。')).toEqual(['湘江', '耒水']);
    expect(places('钟水嘉禾县段水质达到Ⅱ类。')).toEqual(['嘉禾县', '钟水']);
    expect(places('全市污水处理率达到95%，饮水安全有保障。')).toEqual([]);
  });
  it('reads the lake, not a district, before 库区; a reservoir area is a region of its own', () => {
    expect(places('汉源湖库区接待游客286万人次。')).toEqual(['汉源湖']);
    expect(places('三峡库区移民安置工作顺利推进。')).toEqual(['三峡库区']);
  });
  it('reads a reservoir apart from the river it is built on (大渡河|瀑布沟水库), and no waterfall there', () => {
    expect(places('大渡河瀑布沟水库蓄水位保持高位。')).toEqual(['大渡河', '瀑布沟水库']);
    expect(places('黄果树瀑布景区接待游客增长12%。')).toContain('黄果树瀑布');
  });
});

describe('avenues and roads named by words of the language', () => {
  it('reads an avenue where a road is run to, listed or said to be a dead end', () => {
    expect(places('建设红旗大道至东江源大道连接线，打通长征大道断头路。')).toEqual(['东江源大道', '红旗大道', '长征大道']);
  });
  it('reads no avenue of a way of life (社会主义大道, 共同富裕大道)', () => {
    expect(places('沿着共同富裕大道阔步前进。')).toEqual([]);
    expect(places('走中国特色社会主义大道。')).toEqual([]);
  });
  it('reads a side road named by a holiday (国庆北路)', () => {
    expect(places('北湖区国庆北路交通噪声监测点昼间等效声级为66.3分贝。')).toEqual(['北湖区', '国庆北路']);
  });
});

describe('a township summary and an opening-up report', () => {
  it('reads a village opening with a word of position jieba cut off alone, where a list vouches (上|坑村、流源村)', () => {
    expect(places('与上犹县交界的上坑村、流源村完成饮水提质工程。')).toEqual(['上坑村', '上犹县', '流源村']);
  });
  it('reads a resettlement estate by its proper name, not one of a kind (集中安置小区, 幸福家园安置小区)', () => {
    expect(places('滨江安置小区二期开工建设。')).toEqual(['滨江安置小区']);
    expect(places('新建集中安置小区3个。')).toEqual([]);
    expect(places('幸福家园安置小区配套设施完善。')).toEqual([]);
  });
  it("reads a port area apart from the city's port before it (赣州港|南康港区)", () => {
    expect(places('建成赣州港南康港区和万安港区。')).toEqual(['万安港区', '南康港区', '赣州港']);
  });
  it('reads the ends of freight lines written with a dash (义乌—杜伊斯堡、…; 义乌—里|加班|列)', () => {
    expect(places('开通义乌—杜伊斯堡、义乌—明斯克等线路。')).toEqual(['义乌市', '明斯克', '杜伊斯堡']);
    expect(places('谋划开通义乌—布达佩斯、义乌—里加班列。')).toEqual(['义乌市', '布达佩斯', '里加']);
    expect(places('2019—2021年，全市新增就业12万人。')).toEqual([]);
  });
  it("reads no county whose short form runs on into a town's name (湘阴|渡 of 湘阴渡街道)", () => {
    expect(places('郴州市湘阴渡断面水质稳定达到Ⅱ类标准。')).toEqual(['郴州市']);
    expect(places('在湘阴发展特色产业。')).toEqual(['湘阴县']);
  });
});

describe('a flood report and a transport plan', () => {
  it('reads reservoirs a list of them vouches for, whatever jieba took their names for (调度|锦潭|水库、银英水库)', () => {
    expect(places('调度锦潭水库、银英水库预泄腾库。')).toEqual(['银英水库', '锦潭水库']);
    expect(places('全市四清水库、山河水库水质均为Ⅱ类。')).toEqual(['四清水库', '山河水库']);
    expect(places('加固病险水库、小型水库120座。')).toEqual([]);
  });
  it('reads a station named by a county jieba cut across (于|都|北站)', () => {
    expect(places('新建于都北站、兴国西站。')).toEqual(['于都北站', '兴国西站']);
  });
  it('reads the region, not a district, before 山区 as a word of its own (西海固|山区); a mountain area whole (大别山区)', () => {
    expect(places('来自西海固山区的移民种上了葡萄。')).toEqual(['西海固']);
    expect(places('大别山区、太行山区脱贫成效明显。')).toEqual(['大别山区', '太行山区']);
    expect(places('加强山区基础设施建设。')).toEqual([]);
  });
  it("reads a new port with the place before it (海安|新港), not the city of that name; 海安市|新港 is the city's", () => {
    expect(places('台风在海安新港附近登陆。')).toEqual(['海安新港']);
    expect(places('江苏省海安市新港片区。')).toContain('海安市');
  });
});
