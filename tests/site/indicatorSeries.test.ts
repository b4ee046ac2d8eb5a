import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/types.ts';
import { hasPage, indicatorSeries, periodOrder } from '../../src/site/indicators/indicatorSeries.ts';
import { formatValue, seriesChart } from '../../src/site/indicators/seriesChart.ts';

let n = 0;
/** A figure of a State Council report as extraction.json holds it (only the fields the series read matter). */
function fig(
  report: string,
  indicator: string,
  text: string,
  normalizedValue: number,
  baseUnit: string,
  period: string | null,
  status: Figure['status'],
): Figure {
  n++;
  return {
    id: `${report}-f${n}`,
    report,
    section: null,
    measure: null,
    value: normalizedValue,
    unit: baseUnit,
    normalizedValue,
    baseUnit,
    text,
    context: text,
    start: n,
    end: n + 1,
    change: null,
    approximate: false,
    entities: [],
    indicator,
    indicatorText: indicator,
    period,
    status,
    sentence: null,
  };
}

const figures = [
  fig('gwr-2016', '国内生产总值增长', '6.9%', 6.9, '%', '2015', 'change'),
  fig('gwr-2016', '国内生产总值增长', '6.5%', 6.5, '%', '2016', 'target'),
  fig('gwr-2014', '国内生产总值增长', '7.7%', 7.7, '%', '2013', 'change'),
  fig('gwr-2014', '国内生产总值增长', '7.5%', 7.5, '%', '2014', 'target'),
  fig('gwr-2018', '国内生产总值增长', '7.1%', 7.1, '%', '2013/2017', 'change'),
  fig('gwr-2016', '国内生产总值', '67.7万亿元', 67.7e12, '元', '2015', 'outcome'),
  fig('gwr-2016', '城镇新增就业', '1312万人', 13.12e6, '人', '2015', 'outcome'),
];

describe('indicatorSeries', () => {
  const series = indicatorSeries(figures, ['gwr-2014', 'gwr-2016', 'gwr-2018']);
  it('groups figures by indicator, most reports first, each series in period order', () => {
    expect(series.map((s) => [s.key, s.reports, s.figures.length])).toEqual([
      ['国内生产总值增长', ['gwr-2014', 'gwr-2016', 'gwr-2018'], 5],
      ['国内生产总值', ['gwr-2016'], 1],
      ['城镇新增就业', ['gwr-2016'], 1],
    ]);
    expect(series[0]!.figures.map((f) => f.period)).toEqual(['2013', '2013/2017', '2014', '2015', '2016']);
    expect(series[0]!.byStatus).toEqual({ target: 2, outcome: 0, change: 3 });
  });
  it('gives a page to an indicator of two reports, or of two figures in a one-report corpus', () => {
    expect(series.map((s) => hasPage(s, 3))).toEqual([true, false, false]);
    const one = indicatorSeries([figures[0]!, figures[1]!], ['gwr-2016']);
    expect(hasPage(one[0]!, 1)).toBe(true);
  });
  it('orders periods by first year, then last, unknown last', () => {
    expect(['2016', null, '2011/2015', '2011', '2015'].sort(periodOrder)).toEqual(['2011', '2011/2015', '2015', '2016', null]);
  });
});

describe('seriesChart', () => {
  it('places targets apart from achieved values on a year axis, spans as lines', () => {
    const chart = seriesChart(indicatorSeries(figures, ['gwr-2014', 'gwr-2016', 'gwr-2018'])[0]!.figures)!;
    expect(chart.unit).toBe('%');
    expect(chart.marks.filter((m) => m.kind === 'target').map((m) => m.label)).toEqual([
      '7.5% · 2014 · gwr-2014',
      '6.5% · 2016 · gwr-2016',
    ]);
    const span = chart.marks.find((m) => m.label.includes('2013/2017'))!;
    expect(span.x2).toBeGreaterThan(span.x1);
    expect(chart.xTicks[0]!.label).toBe('2013');
    // Higher values sit higher (smaller y).
    const y = (t: string) => chart.marks.find((m) => m.label.startsWith(t))!.y;
    expect(y('7.7%')).toBeLessThan(y('6.9%'));
    // One point a year through single-year values; the 2013/2017 span is drawn, not joined.
    expect(chart.achievedLine.split(' ')).toHaveLength(2);
  });
  it('draws one unit and counts the figures left out', () => {
    const chart = seriesChart([figures[5]!, figures[6]!, figures[6]!])!;
    expect(chart.unit).toBe('人');
    expect(chart.leftOut).toBe(1);
    expect(seriesChart([fig('x', 'k', '3个', 3, '个', null, 'outcome')])).toBeUndefined();
  });
  it("writes axis values in the reports' units", () => {
    expect(formatValue(67.7e12)).toBe('67.7万亿');
    expect(formatValue(13120000)).toBe('1312万');
    expect(formatValue(2.5e8)).toBe('2.5亿');
    expect(formatValue(6.5)).toBe('6.5');
  });
});
