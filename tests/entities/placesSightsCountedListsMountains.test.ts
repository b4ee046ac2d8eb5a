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
