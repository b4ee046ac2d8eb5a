import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A country written before a kind of person or a nationality's 籍: the person's country, a place. Sentences of the news14
// set (tests/fixtures/news14), of the news set's even half (…她首战英国名将曼尔) and written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('a country before a kind of person', () => {
  it('reads the country between a noun and 名将 (战胜/n|塞尔维亚|名将, 首战|英国|名将)', () => {
    expect(places('西班牙选手阿尔卡拉斯以3比1战胜塞尔维亚名将德约科维奇。')).toEqual(['塞尔维亚', '西班牙']);
    expect(places('本届汤尤杯赛揭幕战，她首战英国名将曼尔，仅用15分钟便获胜。')).toEqual(['英国']);
  });
  it('reads the country of a nationality (日本籍|法官)', () => {
    expect(places('国际刑事法院现任院长为日本籍法官赤根智子。')).toEqual(['日本']);
  });
  it('still reads no country inside a term between nouns (新时代|中国|特色社会主义) nor in 外籍 or 户籍', () => {
    expect(places('坚持和发展新时代中国特色社会主义。')).toEqual([]);
    expect(places('户籍人口和外籍人员。')).toEqual([]);
  });
});
