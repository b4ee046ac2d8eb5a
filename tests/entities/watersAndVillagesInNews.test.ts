import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Places of news articles (tests/fixtures/places20) and sentences written for the case: a person named with a water's
// last character after a post, a bay named after the lake it lies in, a river jieba glued to a conjunction, a village of
// one character after its town, a small mountain village in general.
const places = (text: string) => namesOf(entitiesOf(text), 'place');
const people = (text: string) => namesOf(entitiesOf(text), 'person');

describe('waters', () => {
  it('reads no river from a name after a post or a role (书记|杨秀江, 市长|王海江, 副县长|刘清河)', () => {
    expect(places('在榕江县栽麻镇大利村，村党支部书记杨秀江正带着村民晾晒稻谷。')).toEqual(['大利村', '栽麻镇', '榕江县']);
    expect(places('市长王海江表示，将加快老旧小区改造。')).toEqual([]);
    expect(people('市长王海江表示，将加快老旧小区改造。')).toEqual(['王海江']);
    expect(places('副县长刘清河说，全县已完成秋粮收购。')).toEqual([]);
  });
  it('reads a lake and the bay in it apart (太湖|梅梁湾), not lists of rivers (淮河海河辽河)', () => {
    expect(places('江苏无锡太湖梅梁湾水域近日发现蓝藻聚集。')).toEqual(['太湖', '无锡市', '梅梁湾', '江苏省']);
    const listed = places('重点搞好“三河三湖”（即：淮河海河辽河、太湖巢湖滇池）的污染治理。');
    expect(listed).toContain('淮河');
    expect(listed).toContain('海河');
  });
  it('reads a river jieba glued to the conjunction before it (和洛河/nr)', () => {
    expect(places('黄河支流伊河上的陆浑水库和洛河上的故县水库已开闸泄洪。')).toEqual(['伊河', '故县水库', '洛河', '陆浑水库', '黄河']);
  });
});

describe('villages', () => {
  it('reads a village of one character after its town (天荒坪镇|余村), not a count of villages (各村)', () => {
    expect(places('浙江省安吉县天荒坪镇余村的竹林步道成了网红打卡地。')).toEqual(['余村', '天荒坪镇', '安吉县', '浙江省']);
    expect(places('该镇各村都建了文化广场。')).toEqual([]);
  });
  it('reads no village from a small mountain village in general (小山村)', () => {
    expect(places('贵州黔东南的小山村迎来了第一批游客。')).not.toContain('黔东南的小山村');
    // 黔东南 is the prefecture by its stem (places23); the small mountain village is still no village.
    expect(places('黔东南小山村的“致富经”')).toEqual(['黔东南苗族侗族自治州']);
  });
});
