import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// County-level places by their short name where jieba tags the name as a common word (监利/vn, 当阳/t), and short names
// that are words of the language too, listed and closed by a count of counties (泰和、万安、遂川三县). Sentences written
// for the case in the style of county and water bureaus' reports.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('county short names jieba tags as words', () => {
  it('reads a short name CC-CEDICT knows only as the county, whatever jieba tags it', () => {
    expect(places('今年夏天，监利遭受洪涝灾害，长江防洪形势严峻。')).toContain('监利市');
    expect(places('当阳、宣化两地推进农业现代化。')).toEqual(['宣化区', '当阳市']);
  });

  it('reads short names that are words too (泰和, 万安) in a list a count of counties closes', () => {
    expect(places('泰和、万安、遂川三县沿赣江建设防洪堤42公里。')).toEqual(['万安县', '泰和县', '赣江', '遂川县']);
  });

  it('leaves a word CC-CEDICT glosses otherwise too, outside a list (合作, 泰和)', () => {
    expect(places('双方加强合作，社会泰和安宁。')).toEqual([]);
  });
});
