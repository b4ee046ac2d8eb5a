import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('places of news prose', () => {
  it('reads the city a story was filed from in its dateline, after its country or alone', () => {
    expect(places('本报德国罗滕堡5月27日电　记者报道：小城的老街挤满了游客。')).toEqual(['德国', '罗滕堡'].sort());
    expect(places('据新华社莫斯科4月28日电　会谈在友好的气氛中进行。')).toEqual(['莫斯科']);
  });
  it('reads no dateline place the gazetteer or the world data reads already, and nothing outside a dateline', () => {
    expect(places('本报北京5月14日讯　会议今天开幕。')).toEqual(['北京市']);
    expect(places('他在5月27日电告了家里。')).toEqual([]);
  });
  it('reads a Chinese city under a former, classical or literary name, as a place of its own', () => {
    expect(places('三十年代初，他在北平读书。')).toEqual(['北平']);
    expect(places('200多名记者汇集蓉城，报道这次盛会。')).toEqual(['蓉城']);
  });
});

describe('a world city between two nouns', () => {
  it('is still the city, where a country so placed is a modifier', () => {
    expect(places('法国总理在记者招待会上评价加的夫首脑会时指出。')).toEqual(['加的夫', '法国'].sort());
    expect(places('坚持和发展新时代中国特色社会主义。')).toEqual([]);
  });
});

describe('a road named after a place', () => {
  it('reads a road jieba holds as one place word named after a place, and no idiom or common road', () => {
    expect(places('在韶山路采访时，一位中年妇女拦住了我们。')).toEqual(['韶山路']);
    expect(places('要广开门路，修好农村公路和高速公路。')).toEqual([]);
  });
});
