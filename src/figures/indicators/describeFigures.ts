import type { Figure, Section, Sentence } from '../../types.ts';
import { findIndicators } from './findIndicator.ts';
import { figureSlots } from './figureSlots.ts';
import { normalizeIndicator } from './normalizeIndicator.ts';
import { findPeriod, periodMentions, type Mention } from './findPeriod.ts';
import { figureStatus, type FigureStatus } from './figureStatus.ts';

/** What a figure measures, when, and whether it is planned or achieved. */
export interface FigureDescription {
  /** The indicator's key, one across reports (国内生产总值增长). */
  indicator: string;
  /** The words it was read from, as the sentence writes them (folded). */
  indicatorText: string;
  /** 2015 or 2011/2015; null when no year is known. */
  period: string | null;
  status: FigureStatus;
  /** Id of the sentence the figure stands in. */
  sentence: string | null;
}

export interface DescribeInput {
  /** The report's folded text (simplified, half-width digits). */
  folded: string;
  sentences: readonly Sentence[];
  sections: readonly Section[];
  figures: readonly Pick<Figure, 'start' | 'end' | 'baseUnit' | 'change' | 'section'>[];
  year?: number;
}

/** Indicator, period and status of every figure of one report, in the figures' order. */
export function describeFigures(input: DescribeInput): FigureDescription[] {
  const { folded, figures } = input;
  const sectionById = new Map(input.sections.map((s) => [s.id, s]));
  const out: FigureDescription[] = new Array(figures.length);
  // The periods a sentence or heading names are read once, not once per figure in it.
  const periods = new Map<string, readonly Mention[]>();
  const mentionsOf = (t: string) => {
    let m = periods.get(t);
    if (!m) periods.set(t, (m = periodMentions(t, input.year)));
    return m;
  };
  let s = 0;
  let i = 0;
  while (i < figures.length) {
    const f = figures[i]!;
    while (s < input.sentences.length && input.sentences[s]!.end <= f.start) s++;
    const sentence = input.sentences[s];
    const inside = sentence && sentence.start <= f.start;
    const from = inside ? sentence.start : lineStart(folded, f.start);
    const to = inside ? sentence.end : lineEnd(folded, f.end);
    let j = i;
    while (j < figures.length && figures[j]!.start < to) j++;
    const group = figures.slice(i, j);
    const text = folded.slice(from, to);
    const spans = group.map((g) => ({ start: g.start - from, end: Math.min(g.end, to) - from, baseUnit: g.baseUnit }));
    const slots = figureSlots(text, spans);
    const reads = findIndicators(text, spans, slots);
    const headings = headingsOf(inside ? sentence.section : f.section, sectionById);
    group.forEach((g, k) => {
      const r = reads[k]!;
      const slot = slots[k]!;
      const period = findPeriod({ sentence: text, at: spans[k]!.start, clause: slot.clause, year: input.year, headings, mentionsOf });
      const change = g.change ?? (r.change === 'price' ? 'price' : r.change);
      const status = figureStatus({
        before: text.slice(slot.clause.start, spans[k]!.start),
        after: text.slice(spans[k]!.end, slot.clause.end),
        sentenceBefore: text.slice(0, slot.clause.start),
        change,
        periodEnd: period?.to,
        year: input.year,
        headings: headings.join(' '),
      });
      out[i + k] = {
        indicator: normalizeIndicator(r.text, r.change ?? (g.change && isRate(g.baseUnit) ? g.change : null), g.baseUnit),
        indicatorText: r.text,
        period: period?.value ?? null,
        status,
        sentence: inside ? sentence.id : null,
      };
    });
    i = j;
  }
  return out;
}

const isRate = (u: string) => u === '%' || u === '‰' || u === '个百分点' || u === '百分点' || u === '倍';

function headingsOf(sectionId: string | null, byId: ReadonlyMap<string, Section>): string[] {
  const out: string[] = [];
  for (let id = sectionId; id; id = byId.get(id)?.parent ?? null) {
    const s = byId.get(id);
    if (!s) break;
    out.push(s.heading);
  }
  return out;
}

function lineStart(text: string, at: number): number {
  const i = text.lastIndexOf('\n', at - 1);
  return i < 0 ? 0 : i + 1;
}

function lineEnd(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  return i < 0 ? text.length : i;
}
