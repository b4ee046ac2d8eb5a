import type { Span } from '../types.ts';

/**
 * The line breaks a hard-wrapped report (a PDF copy cut every N characters) puts inside its sentences. structure/ reads
 * sentences on lines that joinWrappedLines joined only when it judged the report wrapped, so a sentence holding a line
 * break is that judgement: in a report written one paragraph per line no sentence crosses a line end, and a blank line
 * (a paragraph break) never lies inside a sentence. Offsets of the "\n" characters, ascending.
 */
export function wrapBreaks(text: string, sentences: readonly Span[]): number[] {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  if (!newlines.length) return [];
  const out = new Set<number>();
  // One walk over the line ends per sentence start (found by binary search): a page that lost its line breaks has many
  // sentences and no newline, and must not be scanned once per sentence.
  for (const s of sentences) {
    for (let k = firstAtOrAfter(newlines, s.start); k < newlines.length && newlines[k]! < s.end; k++) {
      const i = newlines[k]!;
      // Only a single line break: two in a row (or with blanks between) are a paragraph break.
      if (/\n[ \t\u3000]*$/.test(text.slice(Math.max(s.start, i - 4), i)) || /^[ \t\u3000]*\n/.test(text.slice(i + 1, i + 6))) continue;
      out.add(i);
    }
  }
  return [...out].sort((a, b) => a - b);
}

function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A text with some characters taken out, and the way back to offsets in the original. */
export interface JoinedView {
  text: string;
  folded: string;
  /** Original offset of the character at `j` in the joined text. */
  start(j: number): number;
  /** Original offset just past the character before `j` in the joined text (an exclusive end). */
  end(j: number): number;
}

/** `text` and `folded` (same length) with the characters at `breaks` removed, as if the lines had never been cut. */
export function joinedView(text: string, folded: string, breaks: readonly number[]): JoinedView {
  if (!breaks.length) return { text, folded, start: (j) => j, end: (j) => j };
  const origin = new Int32Array(text.length - breaks.length + 1);
  let j = 0;
  let b = 0;
  const parts: string[] = [];
  const foldedParts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (b < breaks.length && breaks[b] === i) {
      b++;
      parts.push(text.slice(from, i));
      foldedParts.push(folded.slice(from, i));
      from = i + 1;
      continue;
    }
    origin[j++] = i;
  }
  origin[j] = text.length;
  parts.push(text.slice(from));
  foldedParts.push(folded.slice(from));
  return {
    text: parts.join(''),
    folded: foldedParts.join(''),
    start: (k) => origin[k]!,
    end: (k) => (k === 0 ? 0 : origin[k - 1]! + 1),
  };
}
