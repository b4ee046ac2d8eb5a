import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';

// A per-head said between a measure and its number makes the number a per-head figure. Sentences of the State Council reports
// (../shared/corpus-wide/gwr) and written for these tests.

describe('a per-head before the number', () => {
  it('is kept in the key, after the people it is of, and by the numbers that share the read (gwr-1980)', () => {
    const text = '1979年农民从集体分得的收入，每人平均达到83.4元，比1978年增加了9.4元。';
    expect(keys(text, 1980)).toEqual([
      ['83.4元', '农民人均从集体分得的收入'],
      ['9.4元', '农民人均从集体分得的收入增加'],
    ]);
  });

  it('before the measure when no people are named (gwr-1960)', () => {
    expect(keys('还应当进一步为争取每人平均至少一千五百斤粮食而奋斗。', 1960)).toEqual([['一千五百斤', '人均粮食']]);
  });

  it('not twice, nor on a read that names no measure', () => {
    expect(keys('全县农民人均纯收入达到1.5万元，每人平均增加1200元。', 2023)[1]).toEqual(['1200元', '农民人均纯收入增加']);
    expect(keys('达到了七千二百亿斤，每人平均一千斤或者稍多一点。', 1960)[1]![1]).not.toMatch(/^人均达到/);
  });
});
