import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const places = (text: string, ...names: string[]) => names.map((n) => makeEntity('place', n, text));
const sorted = (links: ReturnType<typeof figureLinks>) => links.map(([f, names]) => [f, [...names].sort()]);

// The classes of wrong figure links of audit25's blind sample tests/fixtures/audit/links-gwr-2551.tsv, in its sentence
// (gwr-1954, simplified) and in sentences written beside it: what a 除…外 clause excepts, and a name that is an item of
// the list a figure opens an item of.
describe('linkReport: a clause of 除…外 owns none of the counts after it', () => {
  it("links none of the places of the nation's count of divisions to its counts (gwr-1954: all three were linked)", () => {
    const text =
      '除台湾省尚待解放外，我国人民已在二十五个省、内蒙古自治区、西藏地方、昌都地区、三个直辖市、二千一百一十六个县和相当于县的行政单位、一百六十三个市、八百二十一个市辖区、二十二万零四百六十六个乡建立了自己的政权。';
    expect(figureLinks(text, places(text, '台湾省', '内蒙古自治区', '昌都地区'))).toEqual([
      ['二千一百一十六个', []],
      ['一百六十三个', []],
      ['八百二十一个', []],
      ['二十二万零四百六十六个', []],
    ]);
  });

  it('gives the count to the subject after the excepted place, not to it', () => {
    const text = '除苏州市以外，江苏省今年新建养老机构85家。';
    expect(figureLinks(text, places(text, '苏州市', '江苏省'))).toEqual([['85家', ['江苏省']]]);
  });

  it("keeps the excepted place's own figure in its clause", () => {
    const text = '除无锡市增长12%外，其余城市均低于5%。';
    expect(figureLinks(text, places(text, '无锡市'))).toEqual([
      ['12%', ['无锡市']],
      ['5%', []],
    ]);
  });
});

describe('linkReport: a name listed beside what a figure counts is its sibling', () => {
  it('links no city listed before a counted item of the same list', () => {
    const text = '长沙市、株洲市、6个县建成了示范基地。';
    expect(figureLinks(text, places(text, '长沙市', '株洲市'))).toEqual([['6个', []]]);
  });

  it('still links the places a count is written after (no 、 before the figure)', () => {
    const text = '长沙市、株洲市新建示范基地6个。';
    expect(sorted(figureLinks(text, places(text, '长沙市', '株洲市')))).toEqual([['6个', ['株洲市', '长沙市']]]);
  });
});
