import type { Span } from '../types.ts';

/**
 * Spans enclosed by paired marks, outermost pairs only (《…〈…〉…》 is one span). Unbalanced marks are ignored:
 * an opener with no closer in the same line marks nothing, so one stray 《 cannot swallow the rest of a report.
 */
export function markedSpans(folded: string, pairs: readonly (readonly [string, string])[]): Span[] {
  const spans: Span[] = [];
  const openers = new Map(pairs.map(([o, c]) => [o, c]));
  const closers = new Set(pairs.map(([, c]) => c));
  // Only the marks and line ends matter (every mark is one UTF-16 code unit); a loop over code units makes no match objects.
  const marks = markTable(pairs);
  let stack: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    if (!marks[folded.charCodeAt(i)]) continue;
    const c = folded[i]!;
    if (c === '\n') {
      stack = [];
      continue;
    }
    // A closer that matches the innermost open mark (also when opener and closer are the same character).
    if (stack.length && c === stack[stack.length - 1]) {
      stack.pop();
      if (!stack.length) spans.push({ start, end: i + 1 });
      continue;
    }
    const close = openers.get(c);
    if (close !== undefined) {
      if (!stack.length) start = i;
      stack.push(close);
      continue;
    }
    if (closers.has(c) && stack.length) {
      // A closer of another kind: the inner pairing is broken; drop back to the outer level if it matches there.
      const at = stack.lastIndexOf(c);
      if (at >= 0) {
        stack = stack.slice(0, at);
        if (!stack.length) spans.push({ start, end: i + 1 });
      }
    }
  }
  return spans;
}

// A flag per code unit, kept per list of pairs (TITLE_MARKS, QUOTE_MARKS): a Set asked for every character of a report
// cost more than the rest of the scan.
const markTables = new WeakMap<object, Uint8Array>();

function markTable(pairs: readonly (readonly [string, string])[]): Uint8Array {
  let table = markTables.get(pairs);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const c of [...pairs.flat(), '\n']) table[c.charCodeAt(0)] = 1;
    markTables.set(pairs, table);
  }
  return table;
}

/** Titles of documents: 《…》 with inner 〈…〉, and a lone 〈…〉. */
export const TITLE_MARKS = [
  ['《', '》'],
  ['〈', '〉'],
] as const;

/** Quotation marks that wrap names and slogans. */
export const QUOTE_MARKS = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
] as const;
