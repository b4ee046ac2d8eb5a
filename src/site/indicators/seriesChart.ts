// The geometry of an indicator's chart, computed at build time: values by period, targets apart from outcomes. The page
// draws it as inline SVG (no script), and every label goes through Astro's escaping.
import type { Figure } from '../../types.ts';
import { maxOf, minOf } from '../../util/arrays.ts';

export interface ChartMark {
  /** Centre of the mark, and for a span of years (2011/2015) the line from its first to its last year. */
  x: number;
  y: number;
  x1: number;
  x2: number;
  kind: 'target' | 'achieved';
  /** What a reader sees on hover (<title>): value, period, report. */
  label: string;
  figure: string;
}

export interface ChartTick {
  at: number;
  label: string;
}

export interface SeriesChart {
  width: number;
  height: number;
  /** The plot area. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  marks: ChartMark[];
  /** The achieved values joined by year, as an SVG points list. */
  achievedLine: string;
  /** The unit the values are drawn in (元, %, 人), and how many figures in other units were left out. */
  unit: string;
  leftOut: number;
}

const W = 640;
const H = 280;
const PAD = { left: 72, right: 16, top: 16, bottom: 36 };

/**
 * A chart of the figures that carry a year, in their most common base unit (values in other units cannot share an
 * axis: they are counted in `leftOut`). Undefined when fewer than one figure has a year.
 */
export function seriesChart(figures: readonly Figure[]): SeriesChart | undefined {
  const dated = figures.filter((f) => f.period !== null && Number.isFinite(f.normalizedValue));
  if (!dated.length) return undefined;
  const unitCount = new Map<string, number>();
  for (const f of dated) unitCount.set(f.baseUnit, (unitCount.get(f.baseUnit) ?? 0) + 1);
  const unit = [...unitCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const shown = dated.filter((f) => f.baseUnit === unit);
  const years = shown.map((f) => f.period!.split('/').map(Number));
  let minYear = minOf(years.map((y) => y[0]!));
  let maxYear = maxOf(years.map((y) => y[y.length - 1]!));
  if (minYear === maxYear) {
    minYear -= 1;
    maxYear += 1;
  }
  const values = shown.map((f) => f.normalizedValue);
  let lo = Math.min(0, ...values);
  let hi = maxOf(values);
  if (hi === lo) hi = lo + 1;
  const step = niceStep((hi - lo) / 4);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;

  const right = W - PAD.right;
  const bottom = H - PAD.bottom;
  const xOf = (year: number) => PAD.left + ((year - minYear) / (maxYear - minYear)) * (right - PAD.left);
  const yOf = (value: number) => bottom - ((value - lo) / (hi - lo)) * (bottom - PAD.top);

  const marks: ChartMark[] = shown.map((f, i) => {
    const [from, to = from] = years[i]! as [number, number?];
    const x1 = xOf(from);
    const x2 = xOf(to!);
    return {
      x: round((x1 + x2) / 2),
      y: round(yOf(f.normalizedValue)),
      x1: round(x1),
      x2: round(x2),
      kind: f.status === 'target' ? 'target' : 'achieved',
      label: `${f.text} · ${f.period} · ${f.report}`,
      figure: f.id,
    };
  });
  // The line runs through one value a year: the lower median of that year's single-year values (a report may also give
  // a five-year total or an average for the year it ends with; spans of years are drawn, not joined).
  const perYear = new Map<number, ChartMark[]>();
  for (const m of marks) if (m.kind === 'achieved' && m.x1 === m.x2) perYear.set(m.x, [...(perYear.get(m.x) ?? []), m]);
  const achieved = [...perYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, ms]) => ms.sort((a, b) => b.y - a.y)[Math.floor((ms.length - 1) / 2)]!);
  const yearStep = Math.max(1, Math.ceil((maxYear - minYear) / 10));
  const xTicks: ChartTick[] = [];
  for (let y = minYear; y <= maxYear; y += yearStep) xTicks.push({ at: round(xOf(y)), label: String(y) });
  const yTicks: ChartTick[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) yTicks.push({ at: round(yOf(v)), label: formatValue(v) });
  return {
    width: W,
    height: H,
    left: PAD.left,
    right,
    top: PAD.top,
    bottom,
    xTicks,
    yTicks,
    marks,
    achievedLine: achieved.map((m) => `${m.x},${m.y}`).join(' '),
    unit,
    leftOut: figures.length - shown.length,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

/** 12000000 → 1200万, 3.2e12 → 3.2万亿: the axis speaks the reports' units. */
export function formatValue(v: number): string {
  const abs = Math.abs(v);
  const fmt = (n: number) => String(Number(n.toPrecision(4)));
  if (abs >= 1e12) return `${fmt(v / 1e12)}万亿`;
  if (abs >= 1e8) return `${fmt(v / 1e8)}亿`;
  if (abs >= 1e4) return `${fmt(v / 1e4)}万`;
  return fmt(v);
}
