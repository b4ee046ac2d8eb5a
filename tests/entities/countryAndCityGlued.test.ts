import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A country and its city that jieba's dictionary holds as one word (法国巴黎/ns, 英国伦敦/ns, 美国纽约/nz), a Japanese
// city named in characters that make a common noun (日本|户田/n|市), and a city of today's world written after a dynasty
// (大宋·东京), which is that age's capital. Sentences of the places15 set (tests/fixtures/places15), the held-out 开封
// report's shapes and written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a country and its city jieba glued as one word', () => {
  it('reads both (法国巴黎, 英国伦敦, 美国纽约)', () => {
    expect(places('法国巴黎香榭丽舍大街的商铺开始布置圣诞灯饰。')).toEqual(['巴黎', '法国', '香榭丽舍大街']);
    expect(places('英国伦敦泰晤士河南岸的千禧桥周末人流如潮。')).toEqual(expect.arrayContaining(['伦敦', '英国', '泰晤士河']));
    expect(places('美国纽约曼哈顿时报广场举行跨年倒计时活动。')).toEqual(expect.arrayContaining(['美国', '纽约', '曼哈顿']));
  });
  it('keeps one country of two countries’ names whole (捷克斯洛伐克)', () => {
    expect(places('他早年曾访问捷克斯洛伐克。')).toEqual(['捷克斯洛伐克']);
  });
});

describe('a Japanese city named by a common noun after its country', () => {
  it('reads 日本|户田/n|市 as the city', () => {
    expect(places('组织剧院赴日本户田市开展演出4场。')).toEqual(['户田市', '日本']);
  });
  it('reads no city where 市 is part of a word (日本企业|市场份额)', () => {
    expect(places('日本企业市场份额下降。')).toEqual(['日本']);
  });
});

describe('a city written after a dynasty', () => {
  it('is that age’s capital, not the city abroad (大宋·东京梦华)', () => {
    expect(places('举办“大宋·东京梦华”等临时展览12场。')).toEqual([]);
  });
  it('stays the city abroad without one (东京)', () => {
    expect(places('会议在东京举行。')).toEqual(['东京']);
  });
});
