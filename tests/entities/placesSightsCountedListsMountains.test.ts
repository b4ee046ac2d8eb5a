import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for this test (helper places18), not taken from a report, a news text or a sentence set: a street or
// sight jieba knows whole with its city before it, lists counted by their class without 等, and mountains of three
// characters named by a noun.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a sight or street jieba knows whole with its city before it (承德避暑山庄/ns, 上海南京路/ns)', () => {
  it('is the city and the sight', () => {
    expect(places('承德避暑山庄完成古建筑修缮工程。')).toEqual(['承德市', '避暑山庄']);
    expect(places('北京北海公园冬季开放冰场。')).toEqual(['北京市', '北海公园']);
  });
  it('is named without the city before its class noun (上海|南京路步行街, 洛阳|龙门石窟景区)', () => {
    expect(places('上海南京路步行街国庆期间客流创新高。')).toEqual(['上海市', '南京路步行街']);
    expect(places('洛阳龙门石窟景区启动数字化保护工程。')).toEqual(['洛阳市', '龙门石窟景区']);
  });
  it('reads a province at the front of a landform jieba knows whole (青海|柴达木盆地)', () => {
    expect(places('加强青海柴达木盆地的普查勘探。')).toEqual(['柴达木盆地', '青海省']);
  });
});

describe('a list counted by the class right after its last member (龙泉、白沙、新桥三个乡镇)', () => {
  it('makes each member a place where the count is the number of members', () => {
    expect(places('全县龙泉、白沙、新桥三个乡镇率先完成改革。')).toEqual(['新桥', '白沙', '龙泉']);
    expect(places('石桥、回龙两镇新修公路8公里。')).toEqual(['回龙', '石桥']);
  });
  it('makes none where the class is no division or the count differs', () => {
    expect(places('语文、数学两科成绩明显提高。')).toEqual([]);
    expect(places('龙泉、白沙三个乡镇率先完成改革。')).toEqual([]);
  });
});

describe('a mountain of three characters jieba holds as a place, named by a noun (大巴|山)', () => {
  it('is a place', () => {
    expect(places('秦岭、大巴山区域新增国家级自然保护区2处。')).toEqual(['大巴山', '秦岭']);
    expect(places('大巴山生态环境持续向好。')).toEqual(['大巴山']);
  });
});

describe('old streets and historic blocks by their class (屯溪|老街, 锦里|古街, 老门东|历史街区)', () => {
  it('are places under their whole name', () => {
    expect(places('黄山市屯溪老街完成沿街立面改造。')).toEqual(['屯溪老街', '黄山市']);
    expect(places('锦里古街国庆期间日均接待游客超过10万人次。')).toEqual(['锦里古街']);
    expect(places('老门东历史街区春节灯会吸引游客。')).toEqual(['老门东历史街区']);
  });
  it('are none as kinds (老街、古街和历史街区)', () => {
    expect(places('要保护好老街、古街和历史街区。')).toEqual([]);
  });
});

describe('a ground listed beside another, with its city before it (苏州|拙政园、虎丘景区)', () => {
  it('is named without the city', () => {
    expect(places('苏州拙政园、虎丘景区实行预约限流。')).toEqual(['拙政园', '苏州市', '虎丘景区']);
  });
});
