import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for this test (helper places18), not taken from a report, a news text or a sentence set: firms named
// by a place and their trade, a side of a common noun that reads as a district, a city whose short name is a word after
// its own province, and communities named by an adjective.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a place named bare with a firm’s trade after it (深圳航空, 长江证券)', () => {
  it('is the firm, no mention of the place', () => {
    expect(places('深圳航空今年引进新飞机12架。')).toEqual([]);
    expect(places('长江证券发布多份行业研究报告。')).toEqual([]);
    expect(places('四川航空、山东航空开通至东南亚的多条国际航线。')).toEqual(['东南亚']);
    expect(places('海南航空宣布恢复海口至曼谷航线。')).toEqual(['曼谷', '海口市']);
  });
  it('is the place before a noun the trade qualifies, or with its level word', () => {
    expect(places('深圳航空产业快速发展。')).toEqual(['深圳市']);
    expect(places('四川省航空运输量增长12%。')).toEqual(['四川省']);
  });
});

describe('a common noun and a side of it (县城|北区)', () => {
  it('is no district', () => {
    expect(places('县城北区新建停车场3处，新增停车位800个。')).toEqual([]);
    expect(places('园区东区建成标准厂房5万平方米。')).toEqual([]);
  });
  it('leaves the district after its city (西宁市城北区)', () => {
    expect(places('西宁市城北区新建口袋公园3个。')).toEqual(['城北区', '西宁市']);
  });
});

describe('a city whose short name is a word (中卫, 中山, 白银) right after its own province', () => {
  it('is the city', () => {
    expect(places('宁夏中卫推出沙漠越野项目。')).toEqual(['中卫市', '宁夏回族自治区']);
    expect(places('广东中山的灯饰产业十分发达。')).toEqual(['中山市', '广东省']);
  });
  it('is not the city before a level word (广东省清远县) or after another province', () => {
    expect(places('广东省清远县试行新的管理办法。')).toEqual(['广东省']);
    expect(places('浙江中山路步行街完成改造。')).not.toContain('中山市');
  });
});

describe('communities named by an adjective (幸福/a|社区)', () => {
  it('are read where a 、 lists them beside a community', () => {
    expect(places('城东街道幸福社区、和平社区建成一刻钟便民生活圈。')).toEqual(['和平社区', '城东街道', '幸福社区']);
  });
  it('are no place in a list of kinds of communities', () => {
    expect(places('打造平安社区、文明社区、绿色社区。')).toEqual([]);
  });
});

describe('a division abroad jieba tags as a body (北方邦/nt)', () => {
  it('is a place right after its country', () => {
    expect(places('印度北方邦遭遇持续高温天气。')).toEqual(['北方邦', '印度']);
  });
});
