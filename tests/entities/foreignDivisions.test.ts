import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('divisions of other countries by a transliterated name and a suffix', () => {
  it('reads a province, state, city or region written by sound (news sentences)', () => {
    expect(places('阿根廷南部丘布特省发现了恐龙化石。')).toEqual(['丘布特省', '阿根廷'].sort());
    expect(places('德克萨斯州州长说，加利福尼亚州也受影响。')).toEqual(['加利福尼亚州', '德克萨斯州'].sort());
  });
  it('leaves China’s places to the gazetteer and reads no suffix inside a word (提高市场, 有赖于市场)', () => {
    expect(places('伊犁州、阿坝州和达州市的干部参加。')).toEqual(['伊犁哈萨克自治州', '达州市', '阿坝藏族羌族自治州'].sort());
    expect(places('进一步提高市场化水平，这有赖于市场机制。')).toEqual([]);
  });
  it('reads a foreign division whole when a name of China hides in it after three of its own characters', () => {
    expect(places('考古学家在该国南部的南里奥格朗德州境内发现了化石。')).toEqual(['南里奥格朗德州']);
    expect(places('这批货物运往山东德州市和新疆阿克苏市。')).toEqual(['山东省', '德州市', '新疆维吾尔自治区', '阿克苏市'].sort());
  });
  it('reads a town named by a dotted foreign name whole', () => {
    expect(places('她家住康斯坦察县的尼·伯尔切斯库镇，去年接受了治疗。')).toEqual(['尼·伯尔切斯库镇', '康斯坦察县'].sort());
  });
});
