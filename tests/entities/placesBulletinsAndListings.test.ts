import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Places of kinds of text the earlier sets left out (tests/fixtures/places23: a rain and water bulletin, an expressway
// notice, a mineral report, a Belt and Road digest, a heritage listing, an urban renewal plan) and sentences written for
// the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('listed works of a heritage list and named points of an expressway, by their class noun', () => {
  it('reads grottoes, building groups, a castle and a canyon named by the word before their class', () => {
    expect(places('云冈石窟和龙山石窟列入保护名单。')).toEqual(['云冈石窟', '龙山石窟']);
    expect(places('良户古建筑群、师家沟古建筑群完成修缮。')).toEqual(['师家沟古建筑群', '良户古建筑群']);
    expect(places('张壁古堡地道对游客开放。')).toEqual(['张壁古堡']);
    expect(places('沿黄河的晋陕大峡谷风光壮美。')).toEqual(['晋陕大峡谷', '黄河']);
  });
  it('reads a service area or a toll station named by its place, not one named by what it serves', () => {
    expect(places('清镇服务区增设充电桩。')).toEqual(['清镇服务区']);
    expect(places('货车须由息烽收费站驶出。')).toEqual(['息烽收费站']);
    expect(places('在车站设置重点旅客服务区。')).toEqual([]);
    expect(places('新建政务服务区3个。')).toEqual([]);
  });
});

describe('a mountain of two characters listed beside mountains read whole', () => {
  it('reads 天山 between 阿尔泰山 and 昆仑山, though the gazetteer holds 天山区', () => {
    expect(places('主要分布在阿尔泰山、天山、昆仑山。')).toEqual(['天山', '昆仑山', '阿尔泰山']);
    expect(places('天山区、沙依巴克区开展整治。')).toEqual(['天山区', '沙依巴克区']);
    expect(places('绿水青山就是金山银山。')).toEqual([]);
  });
});

describe('a county whose first character is a function word', () => {
  it('reads the county right after an opening bracket, where no function word joins anything (（和田县境内）)', () => {
    expect(places('西昆仑铅锌矿（和田县境内）查明资源量1880万吨。')).toContain('和田县');
  });
});

describe('streets named after a place', () => {
  it('reads a place word and 街 or a side of it as the street, no mention of the place (太原|街, 南京|北街)', () => {
    expect(places('整治朝阳街、正阳街沿街立面。')).toEqual(['朝阳街', '正阳街']);
    expect(places('太原街商圈客流回升。')).toEqual(['太原街']);
    expect(places('打通南京北街至中山路的慢行通道。')).toContain('南京北街');
    expect(places('打通南京北街至中山路的慢行通道。')).not.toContain('南京市');
  });
  it('reads no street of a division written with its level and the street in it (沈河区|中街)', () => {
    expect(places('沈河区中街客流回升。')).not.toContain('沈河区中街');
  });
});

describe('autonomous prefectures by their stem alone', () => {
  it('reads 西双版纳, 湘西, 黔东南 as their prefectures, not a prefecture named by its river (怒江) nor a seat city (恩施)', () => {
    expect(places('列车途经西双版纳、磨憨。')).toEqual(['西双版纳傣族自治州']);
    expect(places('黔东南、黔南两州游客增长。')).toEqual(['黔东南苗族侗族自治州', '黔南布依族苗族自治州']);
    expect(places('怒江两岸。')).toEqual(['怒江']);
    expect(places('途经恩施、宜昌。')).toEqual(['宜昌市', '恩施市']);
  });
  it('reads a valley named by its prefecture whole (伊犁河谷, 博尔塔拉/nrt|河谷), no 河谷 of its own', () => {
    expect(places('伊犁河谷、博尔塔拉河谷新发现地热田。')).toEqual(['伊犁河谷', '博尔塔拉河谷']);
  });
});

describe('what stands before a water or after a township', () => {
  it('reads no part of a river before its name (支流|史河)', () => {
    expect(places('淮河支流史河、淠河出现涨水过程。')).toEqual(['史河', '淠河', '淮河']);
  });
  it('reads no township whose 乡 makes 乡镇 with the next character, after a county too (南陵县|沿河乡|镇)', () => {
    expect(places('南陵县沿河乡镇做好人员转移准备。')).toEqual(['南陵县']);
    expect(places('会同县连山乡村民。')).toEqual(['会同县', '连山乡']);
  });
});

describe('the ends of a stretch abroad', () => {
  it('reads a city at the end of a route before 段 (布达佩斯至克莱比亚段)', () => {
    expect(places('匈塞铁路布达佩斯至克莱比亚段施工进展顺利。')).toContain('克莱比亚');
  });
});
