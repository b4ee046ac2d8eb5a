import type { Figure, Section, Sentence } from '../../types.ts';
import { findIndicators, type IndicatorRead } from './findIndicator.ts';
import { antecedentOf, ASPECT_REFERENCE, lastList } from './antecedent.ts';
import { figureSlots } from './figureSlots.ts';
import { normalizeIndicator } from './normalizeIndicator.ts';
import { findPeriod, periodMentions, type Mention, type PeriodRead } from './findPeriod.ts';
import { comparedWith } from './periodMentions.ts';
import { figureStatus, type FigureStatus } from './figureStatus.ts';
import { yearReached } from './yearReached.ts';

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
  /** The year the title names (coveredYear), the period of a figure that names none. */
  coveredYear?: number;
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
  // Each sentence is sliced once: the periods above are kept by its text, and the same string asked again is looked up
  // by the hash it keeps (a new slice of it is hashed anew, character by character, by every figure that reads it).
  const texts: (string | undefined)[] = new Array(input.sentences.length);
  const textOf: SentenceText = (k) => (texts[k] ??= folded.slice(input.sentences[k]!.start, input.sentences[k]!.end));
  const reachedYear = yearReached(folded, input.sentences);
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
    const text = inside ? textOf(s) : folded.slice(from, to);
    const spans = group.map((g) => ({ start: g.start - from, end: Math.min(g.end, to) - from, baseUnit: g.baseUnit }));
    const slots = figureSlots(text, spans);
    const reads = findIndicators(text, spans, slots);
    const headings = headingsOf(inside ? sentence.section : f.section, sectionById);
    const earlier = inside ? earlierInParagraph(input, s, textOf) : [];
    const headingText = headings.join(' ');
    // The figures of one clause share its words: the clause is cut and tested for a span of years once.
    let clauseStart = -1;
    let clause = '';
    let overYears = false;
    group.forEach((g, k) => {
      const given = reads[k]!.anaphor === undefined || !inside ? reads[k]! : referBack(input, s, reads[k]!, out[i - 1], textOf);
      const r = inside && ASPECT_REFERENCE.test(given.text) ? listAcross(input, s, given, textOf) : given;
      const slot = slots[k]!;
      if (slot.clause.start !== clauseStart || clause.length !== slot.clause.end - slot.clause.start) {
        clauseStart = slot.clause.start;
        clause = text.slice(slot.clause.start, slot.clause.end);
        overYears = SPAN_MARK.test(clause);
      }
      const own = findPeriod({
        sentence: text,
        at: spans[k]!.start,
        clause: slot.clause,
        year: input.year,
        coveredYear: input.coveredYear,
        earlier,
        overYears,
        headings,
        mentionsOf,
      });
      const period = overYears ? (spanAbove(input, s, own, mentionsOf, textOf) ?? own) : own;
      const change = r.level ? null : (g.change ?? (r.change === 'price' ? 'price' : r.change));
      const status = figureStatus({
        before: text.slice(slot.clause.start, spans[k]!.start),
        after: text.slice(spans[k]!.end, slot.clause.end),
        sentenceBefore: text.slice(0, slot.clause.start),
        change,
        periodEnd: period?.to,
        year: input.year,
        reachedYear,
        headings: headingText,
      });
      const read = normalizeIndicator(
        r.text,
        r.level ? null : (r.change ?? (g.change && isRate(g.baseUnit) ? g.change : null)),
        g.baseUnit,
      );
      const indicator = period?.base !== undefined && !AVERAGE.test(clause) ? cumulativeKey(read) : read;
      // 计划增长百分之二十一点七，平均每年递增百分之四; 预计全年退税减税约2.5万亿元，其中留抵退税约1.5万亿元: the next number of
      // the sentence for the same period states the same plan, unless a semicolon parts them or its clause says what was done
      // (实际, 已: 6家污水厂新扩建工程5家已动工).
      const prev = k > 0 ? out[i + k - 1] : undefined;
      const planned =
        prev?.status === 'target' &&
        prev.period === (period?.value ?? null) &&
        !/[;；]/.test(text.slice(spans[k - 1]!.end, spans[k]!.start)) &&
        !DONE_BEFORE.test(text.slice(slot.clause.start, slot.clause.end));
      out[i + k] = {
        indicator,
        indicatorText: r.text,
        period: period?.value ?? null,
        status: planned ? 'target' : status,
        sentence: inside ? sentence.id : null,
      };
    });
    i = j;
  }
  return out;
}

// A change measured from a base year several years back (findPeriod's base: 比2002年增长65.5%, 2005年与2000年相比…增长57.3%)
// is the growth over the whole span, not a rate a year: its own series (国内生产总值累计增长), apart from annual and average
// rates (年均增长10.6%).
const AVERAGE = /年均|平均每年|每年平均|平均/;

function cumulativeKey(key: string): string {
  return key.replace(/(增长|下降|提高|减少|增加)$/, '累计$1');
}

/**
 * A clause that refers back past its sentence (这个比重大约是百分之十七; 其中有六亿一千万亩) takes what the sentence before
 * it in the paragraph named: the phrase its generic noun was said of, or for 其中 the indicator of that sentence's last figure.
 */
function referBack(
  input: DescribeInput,
  s: number,
  read: IndicatorRead,
  last: FigureDescription | undefined,
  textOf: SentenceText,
): IndicatorRead {
  const here = input.sentences[s]!;
  const before = input.sentences[s - 1];
  if (!before || before.paragraph !== here.paragraph) return read;
  const text = textOf(s - 1);
  const earlier = read.anaphor
    ? antecedentOf(text, read.anaphor, text.length)
    : last?.sentence === before.id
      ? last.indicatorText
      : undefined;
  return earlier ? { ...read, text: earlier, from: 'previous' } : read;
}

/**
 * 我国科技、教育、文化事业重新出现了繁荣兴旺的局面。“六五”期间，国家财政用于这些方面的经费…: 这些方面 left unresolved in its
 * sentence is the list the sentence before it in the paragraph named.
 */
function listAcross(input: DescribeInput, s: number, read: IndicatorRead, textOf: SentenceText): IndicatorRead {
  const before = input.sentences[s - 1];
  if (!before || before.paragraph !== input.sentences[s]!.paragraph) return read;
  const text = textOf(s - 1);
  const list = lastList(text);
  return list ? { ...read, text: read.text.replace(ASPECT_REFERENCE, list) } : read;
}

const DONE_BEFORE = /实际|已|完成|达到了/;

// How far back in its paragraph a sentence's period may be read (the paragraphs of the 1950s reports run to pages).
const MAX_PARAGRAPH_LOOKBACK = 40;

/** The sentences of sentence s's paragraph before it, nearest first. */
function earlierInParagraph(input: DescribeInput, s: number, textOf: SentenceText): string[] {
  const out: string[] = [];
  const paragraph = input.sentences[s]!.paragraph;
  for (let k = s - 1; k >= 0 && k >= s - MAX_PARAGRAPH_LOOKBACK; k--) {
    const sentence = input.sentences[k]!;
    if (sentence.paragraph !== paragraph) break;
    out.push(textOf(k));
  }
  return out;
}

// A clause that states a figure over several years: an average a year (年均, 平均每年), a total (累计) or a count over N years
// (五年内, 五年来, 五年投资). Its period is the span the report named before (过去五年，…), not the one year around it.
const SPAN_MARK =
  /年均|平均每年|每年平均|累计|(?<!\d)[一二三四五六七八九十两\d]{1,2}年(?:内|来|间|中|里)|(?<![\d一二三四五六七八九十第])五年(?!计划|规划|前|后|以前|以后)/;
// How far back a span named before may be read: the sentences of the section the figure stands in, at most this many.
const MAX_SPAN_LOOKBACK = 40;

/**
 * The span a report named before sentence `s` in the same section (过去五年, 2013—2017年, "十二五"时期), when the figure's
 * own period is one year of it (1997年…平均每年增长11%) or only the heading's or report's year.
 */
function spanAbove(
  input: DescribeInput,
  s: number,
  own: PeriodRead | undefined,
  mentionsOf: (text: string) => readonly Mention[],
  textOf: SentenceText,
): PeriodRead | undefined {
  if (own && own.from !== own.to) return undefined;
  const section = input.sentences[s]?.section;
  // The figure's own sentence was read by findPeriod: the spans before it are those of the sentences before.
  for (let k = s - 1; k >= 0 && k > s - MAX_SPAN_LOOKBACK; k--) {
    const sentence = input.sentences[k]!;
    if (sentence.section !== section) break;
    const text = textOf(k);
    const spans = mentionsOf(text).filter((m) => m.to > m.from && !comparedWith(text, m));
    const last = spans[spans.length - 1];
    if (!last) continue;
    const fits = !own || own.source === 'heading' || own.source === 'report' || own.to === last.to;
    if (!fits) return undefined;
    return { value: `${last.from}/${last.to}`, from: last.from, to: last.to, source: own?.source ?? 'sentence' };
  }
  return undefined;
}

/** The folded text of the k-th sentence of the report. */
type SentenceText = (k: number) => string;

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
