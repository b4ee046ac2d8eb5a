// Figures grouped by what they measure: one series per indicator key, across reports and periods.
import type { Figure, FigureStatus } from '../../types.ts';
import { nameHash, slugify } from '../../entities/entityId.ts';

/** A stable ASCII slug of an indicator key: its pinyin and a short hash (keys differ where pinyin agrees). */
export function indicatorSlug(key: string): string {
  return `${slugify(key) || 'indicator'}-${nameHash(key, 4)}`;
}

export interface IndicatorSeries {
  /** The indicator's key (国内生产总值增长). */
  key: string;
  figures: Figure[];
  /** Reports that give it, in the extraction's report order. */
  reports: string[];
  /** Periods it is given for, sorted. */
  periods: string[];
  /** How many of its figures are targets, outcomes and changes. */
  byStatus: Record<FigureStatus, number>;
}

/**
 * Every indicator of a corpus, most reports first, then most figures, then by key. A figure's order inside a series is
 * by period, then report order, then position.
 */
export function indicatorSeries(figures: readonly Figure[], reportOrder: readonly string[]): IndicatorSeries[] {
  const rank = new Map(reportOrder.map((id, i) => [id, i]));
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const list = groups.get(f.indicator);
    if (list) list.push(f);
    else groups.set(f.indicator, [f]);
  }
  const out: IndicatorSeries[] = [];
  for (const [key, list] of groups) {
    list.sort((a, b) => periodOrder(a.period, b.period) || (rank.get(a.report) ?? 0) - (rank.get(b.report) ?? 0) || a.start - b.start);
    const reports = [...new Set(list.map((f) => f.report))].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    const periods = [...new Set(list.map((f) => f.period).filter((p): p is string => p !== null))].sort(periodOrder);
    const byStatus: Record<FigureStatus, number> = { target: 0, outcome: 0, change: 0 };
    for (const f of list) byStatus[f.status]++;
    out.push({ key, figures: list, reports, periods, byStatus });
  }
  return out.sort(
    (a, b) => b.reports.length - a.reports.length || b.figures.length - a.figures.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * Whether an indicator gets a page of its own: when two reports give it, or (in a corpus of one report) two figures.
 * Most keys are read once in one report; their figures stay in the figures table, and the site grows with the series
 * a corpus really has, not with every phrase.
 */
export function hasPage(series: IndicatorSeries, reportCount: number): boolean {
  return series.reports.length >= 2 || (reportCount === 1 && series.figures.length >= 2);
}

/** 2015 before 2016, a span by its first year then its last (2011/2015 after 2011), unknown last. */
export function periodOrder(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const [a1, a2 = a1] = a.split('/').map(Number) as [number, number?];
  const [b1, b2 = b1] = b.split('/').map(Number) as [number, number?];
  return a1 - b1 || a2! - b2!;
}
