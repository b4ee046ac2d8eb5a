import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const brief = (text: string) => findFigures(buildDocument(makeReport(text), EMPTY)).map((f) => [f.text, f.unit, f.normalizedValue]);

// Units of the nineteenth held-out set (kaifeng-culture-tourism-bureau-2023.txt, taizhou-pboc-branch-2023.txt), where only the
// multiplier or the bare 个 was read, and sentences written for these tests of the same genres.
describe('units of culture and tourism reports: pots and statues', () => {
  it('chrysanthemums by the pot, not 300万 bare (kaifeng)', () => {
    expect(brief('设置8个分会场，展出菊花300余万盆，接待游客1260万人次。')).toEqual([
      ['8个', '个', 8],
      ['300余万盆', '万盆', 3e6],
      ['1260万人次', '万人次', 1.26e7],
    ]);
  });

  it('bonsai and statues counted after their noun, and a statue count before the noun', () => {
    expect(brief('展出盆景1200盆。石窟现存造像11万余尊，新修复佛像12尊。')).toEqual([
      ['1200盆', '盆', 1200],
      ['11万余尊', '万尊', 110000],
      ['12尊', '尊', 12],
    ]);
  });

  it('no unit where the character opens a word (盆地, 尊重)', () => {
    expect(brief('全市3盆地区县。坚持2尊重原则。')).toEqual([]);
  });
});

describe('units of central bank reports: basis points', () => {
  it('a rate down by basis points, written in Chinese or as BP, not 38个 of anything (taizhou)', () => {
    expect(brief('加权平均利率为4.62%，同比下降38个基点，较上月下降5BP，环比下降12bp。')).toEqual([
      ['4.62%', '%', 4.62],
      ['38个基点', '个基点', 38],
      ['5BP', 'BP', 5],
      ['12bp', 'bp', 12],
    ]);
  });

  it('a product priced below the benchmark by basis points, and points beside percentage points', () => {
    expect(brief('平均利率低于同期LPR 20个基点，下调存款准备金率0.25个百分点。')).toEqual([
      ['20个基点', '个基点', 20],
      ['0.25个百分点', '个百分点', 0.25],
    ]);
  });

  it('labels with Latin letters stay no figures (M2, 5G, 4K)', () => {
    expect(brief('广义货币（M2）余额2.1万亿元，开播4K超高清频道2个。')).toEqual([
      ['2.1万亿元', '万亿元', 2.1e12],
      ['2个', '个', 2],
    ]);
  });
});

describe('counts of occurrences in library, press and tourism work', () => {
  it('loans by the volume lent, articles by the time carried, groups by the group received', () => {
    expect(brief('全年图书借阅量达120万册次，刊发稿件1200篇次，接待旅游团队1260团次。')).toEqual([
      ['120万册次', '万册次', 1.2e6],
      ['1200篇次', '篇次', 1200],
      ['1260团次', '团次', 1260],
    ]);
  });
});

describe('a span of years with decimals is no year', () => {
  it('an average term of 15.6 years is a figure, as 1.5 and 15 years are; 2023年 stays a date', () => {
    expect(brief('2023年发行专项债券126亿元，平均期限15.6年。工龄12.5年，服务1.5年，期限15年。')).toEqual([
      ['126亿元', '亿元', 1.26e10],
      ['15.6年', '年', 15.6],
      ['12.5年', '年', 12.5],
      ['1.5年', '年', 1.5],
      ['15年', '年', 15],
    ]);
  });
});
