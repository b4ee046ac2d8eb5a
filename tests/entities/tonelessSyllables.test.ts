import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { slugify, tonelessSyllables } from '../../src/entities/entityId.ts';

// What the slugs of ids were made from before: pinyin-pro's toneless output, ü written v.
const toneless = (name: string) => pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });

describe('tonelessSyllables: the syllables of an id’s slug', () => {
  it('are pinyin-pro’s toneless syllables for names of the reports', () => {
    for (const name of ['东莞市人民政府', '中共广东省委', '吕梁市', '绿色发展', '略阳县', '女子足球队', '一带一路', '不忘初心、牢记使命']) {
      expect(tonelessSyllables(name)).toEqual(toneless(name));
    }
  });

  it('write ü as v, toned or not (吕 lǚ, 女 nǚ, 略 lüè)', () => {
    expect(tonelessSyllables('吕梁')).toEqual(['lv', 'liang']);
    expect(tonelessSyllables('略阳')).toEqual(['lve', 'yang']);
  });

  it('keep letters, digits and marks of a name as pinyin-pro does, toned letters among them', () => {
    for (const name of ['G20杭州峰会', '5G基站', 'Müller咨询公司', 'Café Nero', '嗯', '欸']) {
      expect(tonelessSyllables(name)).toEqual(toneless(name));
    }
  });

  it('make the slugs ids are made of', () => {
    expect(slugify('东莞市')).toBe('dong-guan-shi');
    expect(slugify('吕梁市')).toBe('lv-liang-shi');
    expect(slugify('G20杭州峰会')).toBe('g20-hang-zhou-feng-hui');
  });
});
