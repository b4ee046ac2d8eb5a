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
});
