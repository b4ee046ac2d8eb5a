import type { Span } from '../../types.ts';
import { figureSlots, type SentenceFigure } from './figureSlots.ts';
import { readAfter, readBefore, type ChangeWord } from './readPhrase.ts';
import { COUNTING_UNITS } from './indicatorWords.ts';

/**
 * What a figure measures, as read in its sentence. `start`/`end` point into the sentence (for a number that shares the
 * indicator of an earlier one, at that one's words); `text` may join two stretches (城镇 + 居民人均收入).
 */
export interface IndicatorRead extends Span {
  text: string;
  /** The change word read with it (增长 → increase, 下降 → decrease, 上涨/涨幅 → price), else null. */
  change: ChangeWord | null;
  /**
   * before: the words before the number; after: the noun a counting unit quantifies (153条整改措施);
   * previous: an earlier figure's or clause's indicator (国内生产总值达到67.7万亿元，增长6.9%);
   * respectively: one part of a subject shared by 分别 (城镇和农村居民人均收入分别增长8.8%和9.6%);
   * clause: nothing better than the clause's own words.
   */
  from: 'before' | 'after' | 'previous' | 'respectively' | 'clause';
}

const RANGE_MARK = /^\s*[-－—–~～至到]\s*$/;
// An enumeration's parts (城镇和农村, 工业、农业和服务业).
const PART_SEPARATOR = /和|、|与|及|以及/;
// What may stand between two numbers of one 分别 list (8.8%和9.6%, 3%、5%和7%).
const LIST_JOIN = /^[\s]*(?:和|、|与|及|以及|,|，)?[\s]*$/;

/** The indicator of every figure of one sentence (`sentence` folded: simplified, half-width; figures in text order). */
export function findIndicators(sentence: string, figures: readonly SentenceFigure[]): IndicatorRead[] {
  const slots = figureSlots(sentence, figures);
  const out: IndicatorRead[] = [];
  // The change word of an open 分别 list, shared by the numbers that follow it.
  let listChange: ChangeWord | null = null;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const slot = slots[i]!;
    const before = readBefore(sentence, slot.before);
    // 6.5%－7%的增速: the first number of a range shares what follows the second.
    const rangeTo = RANGE_MARK.test(sentence.slice(slot.after.start, slot.after.end)) ? slots[i + 1] : undefined;
    const after = readAfter(sentence, rangeTo ? rangeTo.after : slot.after);
    const hasBefore = before.end > before.start;
    if (before.respectively) listChange = before.change;
    else if (i > 0 && !LIST_JOIN.test(sentence.slice(figures[i - 1]!.end, f.start))) listChange = null;
    const hasAfter = after.end > after.start;
    if (hasAfter && COUNTING_UNITS.has(f.baseUnit)) {
      out.push(read(sentence, after, before.change, 'after'));
    } else if (hasBefore) {
      out.push(read(sentence, before, before.change, 'before'));
      if (before.respectively) shareRespectively(sentence, figures, slots, i, out);
    } else if (hasAfter) {
      out.push(read(sentence, after, before.change, 'after'));
    } else if (out.length) {
      // The words before this number were only a verb or a hedge (增长6.9%; 原为83个; 6%-6.5%): an earlier one names it.
      const prev = out[out.length - 1]!;
      const gap = i > 0 ? sentence.slice(figures[i - 1]!.end, f.start) : '';
      // A range's second number (6.5%－7%) and the rest of a 分别 list (分别下降3.14％和4.66％) share the first one's change.
      const shared = RANGE_MARK.test(gap) || (LIST_JOIN.test(gap) && (prev.from === 'respectively' || listChange !== null));
      out.push({ ...prev, change: before.change ?? (shared ? prev.change ?? listChange : null), from: 'previous' });
    } else {
      out.push(fallback(sentence, after, slot.after, before.change));
    }
    const last = out[out.length - 1]!;
    if (!last.text) out[out.length - 1] = clauseWords(sentence, slot.clause, f, last.change);
    // The figures a 分别 list shares were filled in ahead.
    while (out.length > i + 1) i++;
  }
  return out;
}

function read(sentence: string, span: Span, change: ChangeWord | null, from: IndicatorRead['from']): IndicatorRead {
  return { start: span.start, end: span.end, text: sentence.slice(span.start, span.end), change, from };
}

/**
 * 城镇和农村居民人均收入分别增长8.8%和9.6%: the subject's parts go to the numbers in turn, and a short first part takes
 * the head the parts share (城镇 → 城镇居民人均收入). Only when the parts and the numbers are as many.
 */
function shareRespectively(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: ReturnType<typeof figureSlots>,
  first: number,
  out: IndicatorRead[],
): void {
  let last = first;
  while (last + 1 < figures.length) {
    const gap = sentence.slice(figures[last]!.end, figures[last + 1]!.start);
    if (!LIST_JOIN.test(gap) || slots[last + 1]!.clause.start !== slots[first]!.clause.start && !/^[,，]/.test(gap.trim())) break;
    last++;
  }
  const count = last - first + 1;
  if (count < 2) return;
  // The subject may itself be a list cut by 、 (用水量、能耗、二氧化碳排放量分别下降23%、15%、18%): read it from the clause's start.
  const whole = readBefore(sentence, { start: slots[first]!.clause.start, end: figures[first]!.start }, 40);
  const own = out[out.length - 1]!;
  const head = whole.end > whole.start ? read(sentence, whole, own.change ?? whole.change, 'before') : own;
  const parts = head.text.split(PART_SEPARATOR).filter((p) => p.length > 0);
  if (parts.length !== count) {
    for (let k = first + 1; k <= last; k++) out.push({ ...own, from: 'previous' });
    return;
  }
  const lastPart = parts[parts.length - 1]!;
  const shared = sharedHead(parts);
  let at = head.start;
  out.pop();
  parts.forEach((p, k) => {
    const start = sentence.indexOf(p, at);
    at = start + p.length;
    const text = k < parts.length - 1 && shared ? p + shared : p;
    out.push({ start, end: start + p.length, text, change: head.change, from: 'respectively' });
  });
  void lastPart;
}

/** The head a list of short modifiers shares with its last, longer part (城镇, 农村居民人均收入 → 居民人均收入). */
function sharedHead(parts: readonly string[]): string {
  const lastPart = parts[parts.length - 1]!;
  const lead = parts[0]!.length;
  if (parts.slice(0, -1).every((p) => p.length === lead && p.length <= 3) && lastPart.length > lead + 1) return lastPart.slice(lead);
  return '';
}

/** Nothing before and no earlier figure: the noun after any unit, else the words after the number (95%以上实行备案管理). */
function fallback(sentence: string, after: Span, rest: Span, change: ChangeWord | null): IndicatorRead {
  if (after.end > after.start) return read(sentence, after, change, 'after');
  const text = sentence.slice(rest.start, rest.end);
  const lead = /^(?:左右|以上|以下|以内|上下|多|余|的|[\s、，,])*/.exec(text)![0].length;
  const start = rest.start + lead;
  const end = Math.min(rest.end, start + 14);
  return read(sentence, { start, end: end > start ? end : rest.end }, change, 'clause');
}

/** Last resort, so that every figure names something: the clause's words around the number, hedges and time dropped. */
function clauseWords(sentence: string, clause: Span, f: Span, change: ChangeWord | null): IndicatorRead {
  const before = sentence.slice(clause.start, f.start).replace(/[\s\d.%]+$/, '');
  const span = before.length >= 2 ? { start: f.start - before.length - (f.start - clause.start - before.length), end: clause.start + before.length } : { start: f.end, end: clause.end };
  return read(sentence, span.end > span.start ? span : clause, change, 'clause');
}
