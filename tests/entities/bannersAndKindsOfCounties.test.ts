import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Inner Mongolia's banners by their everyday short forms beyond wing and position (阿左旗, 达茂旗, 东乌旗, 鄂伦春旗), a
// ground named after a town written before it (宏村镇|宏村景区), and classes of counties and villages named by the land
// they lie in, which are no place (山区海岛县, 边境县, 古镇古村). Sentences of the places16 set and written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a banner by its everyday short form', () => {
  it('reads its side (阿左旗), its side of the land (东乌旗), the tribes it unites (达茂旗) and its people (鄂伦春旗)', () => {
    expect(places('今年，达茂旗、阿左旗和东乌旗共完成草原生态修复。')).toEqual(['东乌珠穆沁旗', '达尔罕茂明安联合旗', '阿拉善左旗']);
    expect(places('鄂伦春旗森林防火形势平稳。')).toEqual(['鄂伦春自治旗']);
    const es = entitiesOf('阿拉善盟阿左旗巴彦浩特镇定远营古城修缮完工。');
    expect(es.find((e) => e.name === '阿拉善左旗')?.aliases).toContain('阿左旗');
  });
});

describe('a scenic area after the town it lies in', () => {
  it('reads the area under its own name, the town (written with 镇) where it lies (宏村镇|宏村景区)', () => {
    expect(places('黄山市黟县宏村镇宏村景区入选首批智慧旅游示范景区。')).toEqual(['宏村景区', '宏村镇', '黄山市', '黟县']);
  });
});

describe('kinds of counties and villages', () => {
  it('reads no place in a class of counties by their land (山区海岛县, 边境县)', () => {
    expect(places('要加大对山区海岛县的支持力度，扶持边境县发展。')).toEqual([]);
  });
  it('reads no place in old towns and villages in general (古镇古村)', () => {
    expect(places('各地要加强沿边口岸、景区景点和古镇古村的安全管理。')).toEqual([]);
  });
});
