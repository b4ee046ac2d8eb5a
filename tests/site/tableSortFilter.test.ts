// The one sort-and-filter of the site's tables (cases, figures), on rows as their data attributes.
import { describe, expect, it } from 'vitest';
import { compareRows, rowMatches } from '../../src/client/table/sortFilter.ts';

// Rows as the case table writes them (data-kind-codes, data-entities, data-figures, data-order).
const rows = [
  { order: '0', what: '立案审查调查', kindCodes: 'investigation', entities: 'place:da-lang-zhen', figures: '415' },
  {
    order: '1',
    what: '给予党纪政务处分',
    kindCodes: 'punishment investigation',
    entities: 'place:tang-sha-zhen place:da-lang-zhen',
    figures: '245',
  },
  { order: '2', what: '发生一宗违建事故', kindCodes: 'accident', entities: 'place:gao-bu-zhen', figures: '' },
  { order: '3', what: '问责', kindCodes: 'accountability', entities: '', figures: '1679' },
];

describe('rowMatches', () => {
  it('keeps every row while no filter is chosen', () => {
    expect(rows.filter((r) => rowMatches(r, [{ field: 'kindCodes', value: '', match: 'list' }]))).toHaveLength(4);
  });

  it('matches one of a list of codes, not a part of one', () => {
    const kind = (value: string) => rows.filter((r) => rowMatches(r, [{ field: 'kindCodes', value, match: 'list' }])).map((r) => r.order);
    expect(kind('investigation')).toEqual(['0', '1']);
    expect(kind('invest')).toEqual([]);
  });

  it('applies every filter at once', () => {
    const both = rows.filter((r) =>
      rowMatches(r, [
        { field: 'kindCodes', value: 'investigation', match: 'list' },
        { field: 'entities', value: 'place:tang-sha-zhen', match: 'list' },
      ]),
    );
    expect(both.map((r) => r.order)).toEqual(['1']);
  });

  it('matches a whole value where the field holds one (a unit, an indicator)', () => {
    const figures = [{ unit: '亿元' }, { unit: '元' }];
    expect(figures.filter((r) => rowMatches(r, [{ field: 'unit', value: '元', match: 'equal' }]))).toEqual([{ unit: '元' }]);
  });
});

describe('compareRows', () => {
  const sorted = (key: string, numeric: boolean, ascending: boolean) =>
    [...rows].sort((a, b) => compareRows(a, b, key, { numeric, ascending })).map((r) => r.order);

  it('sorts numbers as numbers (1679 after 415), rows without one counting least', () => {
    expect(sorted('figures', true, true)).toEqual(['2', '1', '0', '3']);
    expect(sorted('figures', true, false)).toEqual(['3', '0', '1', '2']);
  });

  it('sorts text in Chinese collation and keeps the table order among ties', () => {
    const byKind = sorted('kindCodes', false, true);
    expect(byKind).toEqual(['2', '3', '0', '1']);
    const ties = [
      { order: '0', unit: '件' },
      { order: '1', unit: '件' },
    ];
    expect([...ties].sort((a, b) => compareRows(a, b, 'unit', { numeric: false, ascending: false })).map((r) => r.order)).toEqual([
      '0',
      '1',
    ]);
  });
});
