import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';

// A number whose words name only when, or a range's frame, measures what the number before it measured. Sentences of the State
// Council reports (../shared/corpus-wide/gwr), a held-out report and written for these tests.

describe('a read of a time or a part alone', () => {
  it('a time takes the measure of the number before it in the same unit (gwr-1954)', () => {
    const text = '农业生产合作社在今年八月已经发展到十万个，预计明年春耕时将达五十万个以上，参加的农户将达一千万户以上。';
    expect(keys(text, 1954).slice(0, 2)).toEqual([
      ['十万个', '农业生产合作社'],
      ['五十万个', '农业生产合作社'],
    ]);
  });

  it('the second number of a range read with 部分 (gwr-2022)', () => {
    expect(keys('对小微企业年应纳税所得额100万元至300万元部分，再减半征收企业所得税。', 2022)).toEqual([
      ['100万元', '小微企业年应纳税所得额'],
      ['300万元', '小微企业年应纳税所得额'],
    ]);
  });

  it('not a deed that ends in 时 (zibo-ecology-bureau-2022)', () => {
    expect(keys('截至2022年9月底，9项牵头问题已完成整改7项，其余2项达到序时进度。').at(-1)![1]).toMatch(/序时/);
  });
});
