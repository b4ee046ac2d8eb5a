import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import { findDates } from '../../src/figures/findDates.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';

function figures(text: string, year?: number) {
  const report = { ...makeReport(text), ...(year ? { date: `${year}-03-05` } : {}) };
  return findFigures(buildDocument(report, structureReport(text, report.id)));
}
const read = (text: string, year?: number) => figures(text, year).map((f) => [f.text, f.value, f.unit, f.normalizedValue]);
const described = (text: string, year?: number) => figures(text, year).map((f) => [f.text, f.indicator, f.period, f.status]);

describe('figures written in Chinese numerals (reports before the 1990s)', () => {
  it('reads percentages, amounts with their multiplier and multiples (gwr-1986, gwr-1992)', () => {
    expect(read('１９９１年国民生产总值比上年增长百分之七。')).toEqual([['百分之七', 7, '%', 7]]);
    expect(read('一九九○年工农业总产值达到一万六千七百七十亿元，比一九八○年增长一点三倍。')).toEqual([
      ['一万六千七百七十亿元', 16770, '亿元', 1677000000000],
      ['一点三倍', 1.3, '倍', 1.3],
    ]);
    expect(read('平均每年递增百分之七点五，人口自然增长率控制在千分之十二。')).toEqual([
      ['百分之七点五', 7.5, '%', 7.5],
      ['千分之十二', 12, '‰', 12],
    ]);
    expect(read('财政收入四千亿元，增加二百多万人，三亿五千万元。')).toEqual([
      ['四千亿元', 4000, '亿元', 400000000000],
      ['二百多万人', 200, '万人', 2000000],
      ['三亿五千万元', 350000000, '元', 350000000],
    ]);
  });

  it('reads no figure in set phrases, estimates, years and ordinals', () => {
    expect(read('增强“四个意识”，落实中央八项规定精神，实现四个现代化。')).toEqual([]);
    expect(read('数十万人参加，成千上万的群众，千百万人民。')).toEqual([]);
    expect(read('一九八五年以前，第一百个项目，十三五时期。')).toEqual([]);
  });

  it('keeps hedges as it does for Arabic digits (左右, 以上)', () => {
    const f = figures('粮食产量增长百分之四左右，出口增长百分之十以上。');
    expect(f.map((x) => [x.text, x.approximate])).toEqual([
      ['百分之四', true],
      ['百分之十', true],
    ]);
  });

  it('gives two numbers of one clause to two indicators with 分别', () => {
    expect(described('城镇和农村居民人均收入分别增长百分之八点八和百分之九点六。', 1990).map((d) => d.slice(0, 2))).toEqual([
      ['百分之八点八', '城镇居民人均收入增长'],
      ['百分之九点六', '农村居民人均收入增长'],
    ]);
  });

  it('reads the indicator a rate of the previous clause names, and the plan apart from the result (gwr-1982)', () => {
    expect(described('工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六。', 1982)).toEqual([
      ['百分之三点七', '工农业总产值增长', '1981', 'target'],
      ['百分之四点六', '工农业总产值增长', '1981', 'change'],
    ]);
    expect(described('在这个期间，我国工农业总产值计划增长百分之二十一点七，平均每年递增百分之四。', 1982)).toEqual([
      ['百分之二十一点七', '工农业总产值增长', '1982', 'target'],
      ['百分之四', '工农业总产值增长', '1982', 'target'],
    ]);
  });

  it('reads a plan set in the sentence before the clause as a target (今年计划要求，…)', () => {
    expect(described('今年计划要求，在保持总需求与总供给基本平衡的基础上，国民生产总值增长百分之六。', 1992)).toEqual([
      ['百分之六', '国民生产总值增长', '1992', 'target'],
    ]);
  });
});

describe('dates in Chinese numerals (parseDateAt reads them with text/chineseNumeral)', () => {
  it('keeps the month and day of one digit (二月, 三日)', () => {
    expect(findDates('一九八二年二月三日', 'r').map((d) => d.value)).toEqual(['1982-02-03']);
    expect(findDates('二〇一八年三月二十一日', 'r').map((d) => d.value)).toEqual(['2018-03-21']);
    expect(findDates('一九五八年二月', 'r').map((d) => d.value)).toEqual(['1958-02']);
  });
});

describe('a report that spaces its digits (gwr-1998)', () => {
  const text = [
    '本届政府从1 9 9 3 年3 月就职，到现在已经五年了。',
    '1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，按可比价格计算，平均每年增长1 1 ％。',
    '五年铁路正线铺轨总里程1 1 3 4 4 公里。',
  ].join('\n');
  it('reads each number whole, and no year as a count of years', () => {
    expect(figures(text, 1998).map((f) => [f.text, f.value, f.indicator])).toEqual([
      ['7 4 7 7 2 亿元', 74772, '国内生产总值'],
      ['1 1 ％', 11, '国内生产总值增长'],
      ['1 1 3 4 4 公里', 11344, '五年铁路正线铺轨总里程'],
    ]);
  });
});

describe('period of a figure over several years', () => {
  it('gives an average a year the span named before, not its one year', () => {
    const text = '过去五年，经济实力跃上新台阶。2007年，国内生产总值达到24.66万亿元，年均增长10.6%。';
    expect(described(text, 2008)).toEqual([
      ['24.66万亿元', '国内生产总值', '2007', 'outcome'],
      ['10.6%', '国内生产总值增长', '2003/2007', 'change'],
    ]);
  });
  it('gives a total over five years the span (五年累计, 五年内)', () => {
    const text = '过去五年，我们做了大量工作。全国财政用于教育支出五年累计2.43万亿元。五年内新建改建农村公路130万公里。';
    expect(described(text, 2008).map((d) => [d[0], d[2]])).toEqual([
      ['2.43万亿元', '2003/2007'],
      ['130万公里', '2003/2007'],
    ]);
  });
  it('keeps a one-year figure its year', () => {
    expect(described('过去五年，我们做了大量工作。去年国内生产总值增长6.9%。', 2016).map((d) => d[2])).toEqual(['2015']);
  });
});
