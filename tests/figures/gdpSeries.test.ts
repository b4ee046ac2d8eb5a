import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/findFigures.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';

// The measure of issue 12: in State Council reports since 1979, the headline output indicator (GDP, or 国民收入 /
// 工农业总产值 before GDP was reported) is read, targets apart from outcomes. One sentence per report and figure, quoted
// from ../shared/corpus-wide/gwr into the fixture, read as the pipeline reads a report of that year.
const rows = readFileSync(new URL('../fixtures/figures/gdp-gwr.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('year\t'))
  .map((l) => {
    const [year, figure, indicator, status, sentence] = l.split('\t');
    return { year: Number(year), figure: figure!, indicator: indicator!, status: status!, sentence: sentence!.replaceAll('\\n', '\n') };
  });
const HEADLINE = /^(?:国内生产总值|国民生产总值|国民收入|工农业总产值)(?:增长)?$/;

function readYear(year: number) {
  const text = [...new Set(rows.filter((r) => r.year === year).map((r) => r.sentence))].join('\n');
  const report = { ...makeReport(text, `gwr-${year}`), date: `${year}-03-05` };
  return findFigures(buildDocument(report, structureReport(text, report.id)));
}

describe('GDP and growth, target and actual, in the State Council reports since 1979', () => {
  const years = [...new Set(rows.map((r) => r.year))];

  it('covers the twenty reports of the corpus since 1979', () => {
    expect(years).toHaveLength(20);
  });

  for (const row of rows.filter((r) => r.figure)) {
    it(`${row.year}: ${row.figure} is ${row.indicator} (${row.status})`, () => {
      const figure = readYear(row.year).find((f) => f.text === row.figure);
      expect(figure, row.sentence).toBeDefined();
      expect([figure!.indicator, figure!.status]).toEqual([row.indicator, row.status]);
    });
  }

  it('reads the headline indicator in every report that states it: 18 of 20 (1984 and 2000 give no such number)', () => {
    const read = years.filter((y) => readYear(y).some((f) => HEADLINE.test(f.indicator)));
    expect(years.filter((y) => !read.includes(y))).toEqual([1984, 2000]);
    expect(read.length / years.length).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps targets apart from outcomes in the reports that give both', () => {
    for (const y of years) {
      const statuses = new Set(rows.filter((r) => r.year === y && r.figure).map((r) => r.status === 'target'));
      if (statuses.size < 2) continue;
      const figures = readYear(y).filter((f) => HEADLINE.test(f.indicator));
      expect(figures.some((f) => f.status === 'target')).toBe(true);
      expect(figures.some((f) => f.status !== 'target')).toBe(true);
    }
  });
});
