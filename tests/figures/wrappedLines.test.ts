import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import type { Figure } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';

const figuresOf = (text: string): Figure[] => findFigures(buildDocument(makeReport(text), structureReport(text, 'r')));
const brief = (f: Figure) => [f.text, f.value, f.unit, f.normalizedValue];

// Lines cut at a fixed width, as a PDF copy comes out: most body lines stop mid-sentence, so the report reads as wrapped.
const WRAPPED = [
  '一、整改落实情况',
  '全市深入开展违规资金专项清理工作，回收资金2',
  '7.4亿元，持续推进对口帮扶工作，投入帮扶资金6800万',
  '元，加快推进重大项目建设，已开工重点项目246',
  '个，全部整改任务确保在202',
  '0年12月底前完成，并开展专项督查共3.5万多',
  '场次，切实把整改成果巩固好。',
  '',
].join('\n');

describe('findFigures: a hard-wrapped report reads figures across a line wrap', () => {
  it('joins a number, or a number and its unit, cut by a single wrap newline', () => {
    const figs = figuresOf(WRAPPED);
    expect(figs.map(brief)).toEqual([
      ['2\n7.4亿元', 27.4, '亿元', 2740000000],
      ['6800万\n元', 6800, '万元', 68000000],
      ['246\n个', 246, '个', 246],
      ['3.5万多\n场次', 3.5, '万场次', 35000],
    ]);
    for (const f of figs) expect(WRAPPED.slice(f.start, f.end)).toBe(f.text);
    expect(figs[0]!.start).toBe(WRAPPED.indexOf('2\n7.4'));
    expect(figs[2]!.end).toBe(WRAPPED.indexOf('246\n个') + 5);
  });

  it('reads a year cut by the wrap as a date, not as a figure 0年', () => {
    expect(figuresOf(WRAPPED).some((f) => f.unit === '年' || f.text.includes('0年'))).toBe(false);
  });

  it('keeps the context a slice of the report', () => {
    const f = figuresOf(WRAPPED).find((x) => x.unit === '万元')!;
    expect(WRAPPED.includes(f.context)).toBe(true);
    expect(f.context).toContain('6800万\n元');
  });
});

describe('findFigures: no join outside a wrapped report or across a paragraph break', () => {
  it('leaves a one-paragraph-per-line report as it is (a number ending a line stays apart from the next line)', () => {
    const text = ['一、整改落实情况', '全市共完成整改任务12项，涉及单位共计36', '个单位整改到位，全部按期完成。', ''].join('\n');
    // Only one body line stops without punctuation: the report is not judged wrapped.
    const figs = figuresOf(text);
    expect(figs.map(brief)).toEqual([['12项', 12, '项', 12]]);
  });

  it('does not join across a blank line even in a wrapped report', () => {
    const text = `${WRAPPED}\n全市共清理出问题线索46\n\n个单位完成自查自纠，全部整改到位。\n`;
    const figs = figuresOf(text);
    expect(figs.some((f) => f.text.startsWith('46'))).toBe(false);
    expect(figs.map((f) => f.text)).toEqual(['2\n7.4亿元', '6800万\n元', '246\n个', '3.5万多\n场次']);
  });
});
