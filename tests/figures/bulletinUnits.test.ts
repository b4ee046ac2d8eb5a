import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const brief = (text: string) => findFigures(buildDocument(makeReport(text), EMPTY)).map((f) => [f.text, f.unit, f.normalizedValue]);

// Units a statistical bulletin (国民经济和社会发展统计公报, the genre of the twenty-third held-out set's 德阳) gives its figures
// in, in sentences written for this test.
describe('units of a statistical bulletin', () => {
  it('farmland in thousands of hectares, not a figure lost', () => {
    expect(brief('年末耕地面积326.5千公顷，全年造林面积1.2万公顷。')).toEqual([
      ['326.5千公顷', '千公顷', 326.5],
      ['1.2万公顷', '万公顷', 12000],
    ]);
  });

  it('freight and passenger turnover in tonne- and person-kilometres, not tonnes and people', () => {
    expect(brief('全年货物周转量526.3亿吨公里，旅客周转量38.6亿人公里。')).toEqual([
      ['526.3亿吨公里', '亿吨公里', 52630000000],
      ['38.6亿人公里', '亿人公里', 3860000000],
    ]);
  });

  it('keeps tonnes and people where no 公里 follows', () => {
    expect(brief('粮食总产量156.8万吨，常住人口345.62万人。')).toEqual([
      ['156.8万吨', '万吨', 1568000],
      ['345.62万人', '万人', 3456200],
    ]);
  });
});

describe('a negative figure', () => {
  it('keeps the minus sign written after a word or a mark as its own', () => {
    expect(brief('人口自然增长率为-3.24‰，利润总额增长-5.2%（上年为−1.3%）。')).toEqual([
      ['-3.24‰', '‰', -3.24],
      ['-5.2%', '%', -5.2],
      ['−1.3%', '%', -1.3],
    ]);
  });

  it('but a dash between two numbers joins them', () => {
    expect(brief('2018-2020年完成整改12项，第3-5项任务已完成。联系电话：0791-86228731。')).toEqual([
      ['12项', '项', 12],
      ['5项', '项', 5],
    ]);
  });
});
