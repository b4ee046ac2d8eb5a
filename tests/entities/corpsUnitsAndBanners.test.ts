import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// The Xinjiang Production and Construction Corps' regiments as places and its divisions as its bodies (as the held-out
// 石河子 report reads 一四三团 and 第八师), and Inner Mongolia's banners by their everyday short forms (察右后旗, 科右前旗). Sentences
// of the places15 set and written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('the Corps’ regiments', () => {
  it('reads a regiment after its division (兵团|第四师|六十七团); the division is the Corps’ body, no place', () => {
    expect(places('与兵团第四师六十七团建立兵地协作机制。')).toEqual(['六十七团']);
  });
  it('reads a regiment of three digits read one by one wherever it stands (一四三团, 一〇三团)', () => {
    expect(places('兵团第八师石河子市一四三团建成现代农业示范园区。')).toEqual(['一四三团', '石河子市']);
    expect(places('一〇三团新建高标准农田2万亩。')).toEqual(['一〇三团']);
  });
  it('reads no regiment of a number alone (十团游客), nor a division of an army or a normal school', () => {
    expect(places('今年共接待十团游客。')).toEqual([]);
    expect(places('解放军第一师在此驻扎。')).toEqual([]);
    expect(places('长沙第一师范学院举行毕业典礼。')).not.toContain('第一师');
  });
});

describe('a banner by its short form', () => {
  it('reads its wing and position (察右后旗, 科右前旗) as the banner', () => {
    const es = entitiesOf('今年，四子王旗和察右后旗共完成草原生态修复120万亩。');
    expect(es.find((e) => e.name === '察哈尔右翼后旗')?.aliases).toContain('察右后旗');
    expect(places('兴安盟科右前旗开展草原保护。')).toEqual(['兴安盟', '科尔沁右翼前旗']);
  });
});
