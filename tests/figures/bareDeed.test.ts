import { describe, expect, it } from 'vitest';
import { described, keys } from '../fixtures/figures/describedFigures.ts';

// A deed said without what it counts takes it from the sentence: the same deed said before with its object, the topic the
// sentence opens with, or what the people counted do. Sentences of the State Council reports (../shared/corpus-wide/gwr) and
// written for these tests.

describe('a bare deed', () => {
  it('said again, takes the object it had the first time (gwr-1980, a sentence written for this test)', () => {
    const text = '计划建成投产大中型项目118个，实际建成128个，改变了多年来投产项目完不成计划的状况。';
    expect(keys(text, 1980)).toEqual([
      ['118个', '建成投产大中型项目'],
      ['128个', '建成投产大中型项目'],
    ]);
    expect(described(text, 1980).map((d) => d.status)).toEqual(['target', 'outcome']);
    expect(keys('计划开工重点项目50个，实际开工56个。', 2023)[1]).toEqual(['56个', '开工重点项目']);
  });

  it('takes the topic the sentence opens with, and keeps where it is done (gwr-1980, a sentence written for this test)', () => {
    expect(keys('劳动就业，在城镇安排600万人。', 1980)).toEqual([['600万人', '城镇安排劳动就业']]);
    expect(keys('易地扶贫搬迁，全县共搬迁1200户。', 2023)).toEqual([['1200户', '易地扶贫搬迁']]);
  });

  it('a count of people takes what they do at the clause’s end (gwr-1982)', () => {
    const text = '五年内，通过发展国营经济、集体经济和个体经济，将在城镇吸收二千九百万人经过一定训练后就业。';
    expect(keys(text, 1982)).toEqual([['二千九百万人', '城镇吸收就业']]);
  });

  it('not a rate, nor a noun the segmenter tags a verb', () => {
    const text = '市财政局在年初预算中未细化到具体项目的资金12.6亿元，占年初预算的9.8%。';
    expect(keys(text)[1]![1]).not.toMatch(/^预算中/);
  });
});
