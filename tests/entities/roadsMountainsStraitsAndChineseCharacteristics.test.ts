import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Roads named by a place word before their class noun as a word of its own (正阳|路, 滨河|东路), alleys jieba reads
// whole after their division (东城区|南锣鼓巷/i), a route's known end before 的 and its line (厦门至金门|的客运航线),
// mountains of a name and 山 listed together (鹰嘴|山、五峰|山), straits and volcanoes after a name jieba guessed
// (曼德|海峡, 埃特纳|火山), islands and ports it reads as a transliteration or leaves unknown (特内里费岛/nrt, 可门|港区),
// and a country before 特色, which names no place (中国特色社会主义). Sentences of the places17 set and written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('roads and mountains of county reports', () => {
  it('reads a road named by a place word, its class noun a word of its own (正阳路, 滨河东路)', () => {
    expect(places('沂河大桥加宽改造完工，滨河东路、正阳路实现贯通。')).toEqual(expect.arrayContaining(['正阳路', '滨河东路']));
    expect(places('走好新时代的长征路。')).toEqual([]);
  });
  it('reads an alley jieba reads whole after the division it lies in (南锣鼓巷), not the back alleys (背街小巷)', () => {
    expect(places('北京市东城区南锣鼓巷游客量回升。')).toEqual(['东城区', '北京市', '南锣鼓巷']);
    expect(places('全区背街小巷改造全面推进。')).toEqual([]);
  });
  it('reads the known end of a route whose line follows 的 (厦门至金门的客运航线)', () => {
    expect(places('开通厦门至金门的客运航线。')).toEqual(['厦门市', '金门县']);
  });
  it('reads mountains of a name and 山 listed together (鹰嘴山、五峰山), not 青山、绿水', () => {
    expect(places('全县在鹰嘴山、五峰山实施封山育林8万亩。')).toEqual(['五峰山', '鹰嘴山']);
    expect(places('青山、绿水是宝贵财富。')).toEqual([]);
  });
  it('reads a port area named by a word jieba did not know (可门港区), not the port areas in general', () => {
    expect(places('可门港区新建5万吨级泊位2个。')).toEqual(['可门港区']);
    expect(places('各港区加强安全管理。')).toEqual([]);
  });
});

describe('the world', () => {
  it('reads a strait or a volcano after a name jieba guessed (曼德海峡, 埃特纳火山), not a bank (福建海峡银行)', () => {
    expect(places('曼德海峡航运受阻。')).toEqual(['曼德海峡']);
    expect(places('意大利西西里岛埃特纳火山再次喷发。')).toEqual(['埃特纳火山', '意大利', '西西里岛']);
    expect(places('福建海峡银行发布年报。')).toEqual([]);
  });
  it('reads an island jieba takes for a transliterated name (特内里费岛/nrt)', () => {
    expect(places('西班牙加那利群岛的特内里费岛发生森林火灾。')).toEqual(['加那利群岛', '特内里费岛', '西班牙']);
  });
});

describe('a country that names no place', () => {
  it('reads no China in 中国特色 (its own characteristics), but China elsewhere', () => {
    expect(places('必须坚持走中国特色社会主义道路，以中国式现代化全面推进强国建设。')).toEqual([]);
    expect(places('具有中国特色的大国外交。')).toEqual([]);
    expect(places('中国是世界第二大经济体。')).toEqual(['中国']);
  });
});
