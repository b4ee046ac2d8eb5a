import { describe, expect, it } from 'vitest';
import { keys } from '../fixtures/figures/describedFigures.ts';

// A number by which a plan is passed or missed measures what the sentence said was achieved against the plan. Sentences of the
// State Council reports (../shared/corpus-wide/gwr) and written for these tests.

describe('a plan passed or missed', () => {
  it('is keyed with the measure achieved (gwr-1958, gwr-1956)', () => {
    expect(keys('一九五七年工业投资额完成六十五亿五千万元，超过原定的年度计划百分之四点一。', 1958).at(-1)).toEqual([
      '百分之四点一',
      '工业投资额超过年度计划',
    ]);
    const text = '农业和农副业总产值只完成年度计划的百分之九十八点七，但是还超过了第一个五年计划所规定的一九五七年的指标百分之一点二。';
    expect(keys(text, 1958)[1]).toEqual(['百分之一点二', '农业和农副业总产值超过第一个五年计划']);
    const cotton =
      '棉花产量将要达到３，５５６万担，比１９５５年增长１７．１％，比五年计划原定１９５７年３，２７０万担的水平超过２８６万担。';
    expect(keys(cotton, 1956).at(-1)).toEqual(['２８６万担', '棉花产量超过五年计划']);
  });

  it('a shortfall too (gwr-1956), and in a report of another kind', () => {
    const text =
      '１９５６年社会商品零售总额预计将达到４６０亿元，比上年增长１５％，比五年计划中规定的１９５７年的水平４９８亿元只差３８亿元。';
    expect(keys(text, 1956).at(-1)).toEqual(['３８亿元', '社会商品零售总额低于五年计划']);
    expect(keys('全年完成固定资产投资120亿元，超过年度计划5%。', 2023).at(-1)).toEqual(['5%', '固定资产投资超过年度计划']);
  });

  it('not a read that names a measure of its own', () => {
    expect(keys('一九五七年的工业总产值预计达到六百二十八亿一千万元，超过年度计划百分之四点一。', 1958)[1]![1]).toBe(
      '工业总产值超过年度计划',
    );
  });
});
