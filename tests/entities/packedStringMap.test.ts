import { describe, expect, it } from 'vitest';
import { keyNumber, packKeys, PackedStringMap } from '../../src/util/packedStringMap.ts';

// A map read back from a file answers as the Map it was written from: every key found, every other string missed,
// including keys that share a prefix or only differ in length, and each value made once.
describe('a packed string map', () => {
  const keys = ['东莞', '东莞市', '东莞市大朗镇', '大朗镇', '莒县', 'a', '', '沙田镇'];
  const packed = packKeys(keys);

  it('finds every key it was packed with and no other string', () => {
    keys.forEach((k, i) => expect(keyNumber(packed, k)).toBe(i));
    for (const miss of ['东', '东莞县', '东莞市大朗', '朗镇', 'b', 'aa', '沙田']) expect(keyNumber(packed, miss)).toBe(-1);
  });

  it('makes a value when first asked for and keeps it', () => {
    let made = 0;
    const map = new PackedStringMap(packed, (k) => ({ k, made: ++made }));
    expect(map.get('莒县')).toEqual({ k: 4, made: 1 });
    expect(map.get('莒县')).toBe(map.get('莒县'));
    expect(map.get('东莞县')).toBeUndefined();
    expect(made).toBe(1);
    expect([...map.keys()]).toEqual(keys);
    expect([...map].map(([k, v]) => [k, v.k])).toEqual(keys.map((k, i) => [k, i]));
    expect(map.size).toBe(keys.length);
  });

  it('holds many keys whose hashes fall together', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `镇${i}`);
    const big = packKeys(many);
    many.forEach((k, i) => expect(keyNumber(big, k)).toBe(i));
    expect(keyNumber(big, '镇5000')).toBe(-1);
  });
});
