import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('named buildings, monuments and public grounds are places', () => {
  it('reads a landmark jieba knows as one word', () => {
    expect(places('他参观了克里姆林宫和卢浮宫。')).toEqual(['克里姆林宫', '卢浮宫']);
    expect(places('大昭寺、色拉寺、哲蚌寺都已修缮一新。')).toEqual(['哲蚌寺', '大昭寺', '色拉寺'].sort());
    expect(places('展览在中国美术馆开幕，国家大剧院的设计方案同日公布。')).toEqual(['中国美术馆', '国家大剧院'].sort());
  });
  it('reads a name followed by the class noun, whole (the city inside is no mention of its own)', () => {
    expect(places('赠送的红杉，如今挺立在杭州植物园里。')).toEqual(['杭州植物园']);
    expect(places('决赛在伊丽莎白体育馆举行。')).toEqual(['伊丽莎白体育馆']);
    // A name jieba has not met (港珠澳, an unknown word) before the class noun (gwr-2018).
    expect(places('港珠澳大桥建成通车。')).toEqual(['港珠澳大桥']);
  });
  it('takes no ordinary word or class noun for a landmark (gwr, dev: 世界观, 国家公园, 美术馆)', () => {
    expect(places('树立正确的世界观、人生观、价值观。')).toEqual([]);
    expect(places('建立以国家公园为主体的自然保护地体系。')).toEqual([]);
    expect(places('推进美术馆、文化馆、博物馆免费开放，办好幼儿园。')).toEqual([]);
    expect(places('本市新建了一座体育馆和两个公园。')).toEqual([]);
  });
});
