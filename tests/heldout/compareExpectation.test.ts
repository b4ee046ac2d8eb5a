import { describe, expect, it } from 'vitest';
import { compareExpectation, type Expectation } from './compareExpectation.ts';
import type { ReportExtraction } from '../../src/types.ts';

describe('compareExpectation', () => {
  const expected: Expectation = {
    file: 'x.txt',
    entities: [
      { type: 'place', name: '东莞市', aliases: ['东莞'] },
      { type: 'organization', name: '市委常委会', optional: true },
    ],
    figures: [{ value: 1.2, unit: '亿元', text: '1.2亿元', context: '投入资金1.2亿元', entities: ['东莞市'] }],
    sections: [{ level: 1, heading: '提高政治站位，压紧压实整改责任' }],
    measures: [{ heading: '成立整改工作领导小组' }],
  };
  const entity = (type: 'place' | 'organization', name: string, aliases: string[] = []) => ({
    id: `${type}:${name}`,
    type,
    name,
    aliases,
    mentions: [],
  });
  const got = {
    entities: [entity('place', '东莞'), entity('place', '东莞市'), entity('organization', '市委常委会')],
    figures: [
      { text: '12000万元', value: 12000, unit: '万元', context: '投入资金12000万元', entities: ['place:东莞', 'place:东莞市'] },
      { text: '3个', value: 3, unit: '个', context: '3个', entities: [] },
    ],
    report: { sections: [{ level: 1, heading: '提高政治站位,压紧压实整改责任' }] },
    measures: [{ heading: '成立整改工作领导小组,制定整改方案' }],
  } as unknown as ReportExtraction;
  const t = compareExpectation(expected, got);

  it('counts a second node for one entity as a false hit and ignores optional ones', () => {
    expect([t.place.tp, t.place.fp, t.place.fn, t.organization.fp]).toEqual([1, 1, 0, 0]);
  });
  it('folds 万/亿 into figure values; a link to a node not named in the expectation is a false hit', () => {
    expect([t.figures.tp, t.figures.fp, t.figures.fn]).toEqual([1, 1, 0]);
    expect([t.links.tp, t.links.fp, t.links.fn]).toEqual([1, 1, 0]);
  });
  it('matches headings across punctuation widths and by a long prefix', () => {
    expect([t.sections.tp, t.measures.tp]).toEqual([1, 1]);
  });
});
