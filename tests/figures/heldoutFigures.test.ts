import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import type { ReportStructure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

// Figure rules found weak while probing held-out wording (sentences written for these tests).
const EMPTY: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };
const figuresOf = (text: string) => findFigures(buildDocument(makeReport(text), EMPTY));

describe('findFigures: clock times', () => {
  it('reads no figure in the minutes of 8时30分, but keeps a duration in minutes', () => {
    const text = '每天8时30分召开调度会议，每次会议不超过30分钟，持续3个小时。';
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['30分钟', 30, '分钟'],
      ['3个小时', 3, '个小时'],
    ]);
  });
});

describe('findFigures: a number typed all in full-width forms', () => {
  it('reads １，２５０万元 as one figure of 12.5 million, its context the whole clause', () => {
    const text = '清退违规发放资金合计１，２５０万元，退还群众款项86.7万元。';
    const figs = figuresOf(text);
    expect(figs.map((f) => [f.text, f.value, f.unit, f.normalizedValue, f.start, f.end])).toEqual([
      ['１，２５０万元', 1250, '万元', 12500000, 10, 17],
      ['86.7万元', 86.7, '万元', 867000, 24, 30],
    ]);
    expect(figs[0]!.context).toBe('清退违规发放资金合计１，２５０万元');
  });
  it('keeps the full-width comma a clause break when no full-width number is grouped', () => {
    const text = '查处案件１２件，处理１５人。';
    expect(figuresOf(text).map((f) => [f.text, f.value])).toEqual([
      ['１２件', 12],
      ['１５人', 15],
    ]);
  });
});

describe('findFigures: ranges written with 至', () => {
  it('reads the upper bound of 3至5名 as an approximate figure, like 2—3次', () => {
    const text = '每个村配备3至5名网格员，每年培训2—3次。';
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit, f.approximate])).toEqual([
      ['5名', 5, '名', true],
      ['3次', 3, '次', true],
    ]);
  });
});

describe('findFigures: unit symbols for area and volume', () => {
  it('reads ㎡ and m³ as units, 万 kept before them', () => {
    const text = '拆除违建6.5万㎡，清理河道淤泥120m³，新建绿道3.6km。';
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit, f.normalizedValue, f.baseUnit])).toEqual([
      ['6.5万㎡', 6.5, '万㎡', 65000, '㎡'],
      ['120m³', 120, 'm³', 120, 'm³'],
      ['3.6km', 3.6, 'km', 3.6, 'km'],
    ]);
  });
});

describe('findFigures: cohorts named by a year', () => {
  it('reads no figure in 2023届, but counts 3届', () => {
    const text = '2023届高校毕业生就业率达95%，连续3届获评先进。';
    expect(figuresOf(text).map((f) => f.text)).toEqual(['95%', '3届']);
  });
});
