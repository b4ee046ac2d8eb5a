import type { ReportStructure, Span } from '../types.ts';
import { trimSpan } from '../figures/clauseIndex.ts';

/** The report's sentences: the structure's when it has them, else split at 。！？ and line ends. */
export function sentenceSpans(text: string, structure: ReportStructure): Span[] {
  if (structure.sentences.length) return structure.sentences.map((s) => ({ start: s.start, end: s.end }));
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[。！？!?\n]/g)) {
    const end = m[0] === '\n' ? m.index : m.index + 1;
    const s = trimSpan(text, start, end);
    if (s.end > s.start) spans.push(s);
    start = m.index + 1;
  }
  const last = trimSpan(text, start, text.length);
  if (last.end > last.start) spans.push(last);
  return spans;
}

// Clause breaks inside a sentence (a ratio's colon, 1:2, joins two numbers and breaks nothing).
const CLAUSE_BREAK = /[,，;；:：]/g;

/** Clauses of a sentence, in order, as spans of the report's text. */
export function clausesOf(folded: string, sentence: Span): Span[] {
  const body = folded.slice(sentence.start, sentence.end);
  const spans: Span[] = [];
  let start = 0;
  // exec on the shared pattern: matchAll would copy the expression for every sentence.
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) {
    if ((m[0] === ':' || m[0] === '：') && isDigitAt(body, m.index - 1) && isDigitAt(body, m.index + 1)) continue;
    spans.push({ start: sentence.start + start, end: sentence.start + m.index });
    start = m.index + 1;
  }
  spans.push({ start: sentence.start + start, end: sentence.end });
  return spans;
}

const isDigitAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Groups items by the span (sentence, measure) their start falls in; spans sorted and disjoint; one pass over both lists. */
export function groupBySpan<T extends { start: number }>(sentences: readonly Span[], items: readonly T[]): T[][] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const groups: T[][] = sentences.map(() => []);
  let i = 0;
  sentences.forEach((s, k) => {
    while (i < sorted.length && sorted[i]!.start < s.start) i++;
    while (i < sorted.length && sorted[i]!.start < s.end) groups[k]!.push(sorted[i++]!);
  });
  return groups;
}
