import { describe, expect, it } from 'vitest';
import { yearOfFileName, yearsInName } from '../../src/text/yearInName.ts';
import { reportYear } from '../../src/figures/indicators/reportYear.ts';
import { normalizeReport } from '../../src/normalize/normalizeReport.ts';

describe('the year a name is written with (one home for normalizeReport and reportYear)', () => {
  it('reads four-digit years 1940–2099 that are not part of a longer number', () => {
    expect(yearsInName('政府工作报告2016')).toEqual([2016]);
    expect(yearsInName('2015-2017年汇编')).toEqual([2015, 2017]);
    expect(yearsInName('report-12016')).toEqual([]);
    expect(yearsInName('1850年')).toEqual([]);
  });
  it('dates a file by its name only when the name holds exactly one year, folders and extension aside', () => {
    expect(yearOfFileName('gwr-1998.txt')).toBe(1998);
    expect(yearOfFileName('reports/2020/通报.txt')).toBeUndefined();
    expect(yearOfFileName('2015-2017年汇编.txt')).toBeUndefined();
  });
  it('gives the same year to a report dated by its file name and to its figures', () => {
    const raw = {
      path: 'reports/gwr-1998.txt',
      file: 'gwr-1998.txt',
      format: 'txt' as const,
      encoding: 'UTF-8',
      content: '各位代表：\n现在向大会报告工作。\n',
      meta: {},
    };
    const report = normalizeReport(raw);
    expect(report.date).toBe('1998');
    expect(reportYear({ title: '政府工作报告', file: raw.file, dates: [] })).toBe(1998);
  });
});
