import type { Span } from '../types.ts';
import { chineseNumeral, CN_DIGIT } from '../text/chineseNumeral.ts';

/** An enumerated action (一是…) before it is given an id and a section. */
export interface MeasureMatch extends Span {
  ordinal: string;
  value: number;
  heading: string;
  headingStart: number;
  headingEnd: number;
}

// 一是 … 九十九是, written right after a boundary: the paragraph's start, punctuation or a label (【整改措施】一是). The boundary keeps
// words that end in a numeral out (统一是, 唯一是, 之一是).
// In a paragraph joined from wrapped lines the ordinal itself may be cut by the wrap (一⏎是).
const ORDINAL = new RegExp(`(${CN_DIGIT}{1,3})(?:\\r?\\n)?是`, 'g');
const BOUNDARY = /[。！？!?；;，,:：、\s\]】]/;

// The heading clause ends at the first sentence end or ；, whichever comes first.
const HEADING_END = /[。！？!?；;]/;

/**
 * Enumerated actions of the paragraphs, in order. An ordinal counts only in sequence: 一是 opens a run,
 * and N是 continues it only right after N-1是 (across paragraphs too, as when each action is its own line);
 * a run is broken by a section heading (paragraphs listed in `breaks`, or headings inside a paragraph, `inline`, whose
 * text's end also ends a word: 三、下一步工作措施一是…).
 */
export function findMeasures(
  text: string,
  folded: string,
  paragraphs: Span[],
  breaks: Set<number> = new Set(),
  inline: readonly Span[] = [],
): MeasureMatch[] {
  const found: { start: number; headingStart: number; ordinal: string; value: number; para: Span }[] = [];
  const headingEnds = new Set(inline.map((h) => h.end));
  let last = 0;
  let nextInline = 0;
  paragraphs.forEach((para, pi) => {
    if (breaks.has(pi)) last = 0;
    const line = folded.slice(para.start, para.end);
    ORDINAL.lastIndex = 0;
    for (let m = ORDINAL.exec(line); m; m = ORDINAL.exec(line)) {
      const value = chineseNumeral(m[1]!);
      if (value === null) continue;
      const at = m.index;
      while (nextInline < inline.length && inline[nextInline]!.start < para.start + at) {
        last = 0;
        nextInline++;
      }
      const before = at === 0 ? '' : line[at - 1]!;
      const bounded = at === 0 || BOUNDARY.test(before) || closesQuote(line, at) || headingEnds.has(para.start + at);
      if (!bounded && !(value === 1 && secondFollows(line, at))) continue;
      if (value !== 1 && value !== last + 1) continue;
      // 强调“…：一是思想认识到位；二是…” — a quotation's points are someone's words, not the report's actions.
      if (insideQuotation(line, at)) continue;
      last = value;
      // 一是：加强领导 — a colon or space after the ordinal is not part of the heading.
      let hs = at + m[0].length;
      while (hs < line.length && /[\s:：,，]/.test(line[hs]!)) hs++;
      // 一是⏎积极调整… — an ordinal alone on its line heads the line after it (not a heading line of its own).
      const own = paragraphs[pi + 1];
      const alone = hs === line.length && own !== undefined && !breaks.has(pi + 1);
      found.push({
        start: para.start + at,
        headingStart: alone ? own.start : para.start + hs,
        ordinal: text.slice(para.start + at, para.start + at + m[0].length),
        value,
        para: alone ? own : para,
      });
    }
  });
  return found.map((f, i) => {
    const next = found[i + 1];
    const end = next && next.para === f.para ? trimEnd(text, f.start, next.start) : f.para.end;
    let he = f.headingStart;
    while (he < end && !HEADING_END.test(folded[he]!)) he++;
    let hEnd = he;
    while (hEnd > f.headingStart && /[\s,，、:：]/.test(text[hEnd - 1]!)) hEnd--;
    return {
      start: f.start,
      end,
      ordinal: f.ordinal,
      value: f.value,
      heading: text.slice(f.headingStart, hEnd),
      headingStart: f.headingStart,
      headingEnd: hEnd,
    };
  });
}

// 镇里一是…，二是… — 一是 right after its subject opens a run where 二是 follows it after a boundary in the same paragraph;
// a word ending in 一 (统一是, 之一是, 第一是) has no 二是 after it.
function secondFollows(line: string, at: number): boolean {
  return new RegExp(`[${BOUNDARY.source.slice(1, -1)}]二是`).test(line.slice(at + 2));
}

// “…”二是 — a closing quote before the ordinal still ends the previous clause.
function closesQuote(line: string, at: number): boolean {
  return /[”’）)]/.test(line[at - 1]!) && at >= 2 && /[。！？!?；;]/.test(line[at - 2]!);
}

// Inside a quotation that closes later on the same line: an unclosed “ (a line cut mid-quote) opens nothing.
function insideQuotation(line: string, at: number): boolean {
  const open = line.lastIndexOf('“', at);
  return open >= 0 && line.lastIndexOf('”', at) < open && line.indexOf('”', at) > at;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s\u3000]/.test(text[end - 1]!)) end--;
  return end;
}
