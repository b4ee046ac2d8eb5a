import type { Span } from '../types.ts';

/**
 * The characters of a text that some span covers, one flag each: overlap and containment questions cost the length of
 * the span asked about, not the number of spans recorded (a long report holds thousands of quotes and mentions).
 */
export class SpanCover {
  private readonly marks: Uint8Array;

  constructor(length: number, spans: Iterable<Span> = []) {
    this.marks = new Uint8Array(length + 1);
    for (const s of spans) this.add(s);
  }

  add(s: Span): void {
    this.marks.fill(1, Math.max(0, s.start), Math.min(this.marks.length, s.end));
  }

  /** Whether any character of the span is covered. */
  overlaps(s: Span): boolean {
    return this.any(s.start, s.end);
  }

  /** Whether any character of [start, end) is covered; no object made, for scans that ask once per word. */
  any(start: number, end: number): boolean {
    for (let i = Math.max(0, start), stop = Math.min(end, this.marks.length); i < stop; i++) if (this.marks[i]) return true;
    return false;
  }

  /** Whether the character at `at` is covered. */
  covers(at: number): boolean {
    return this.marks[at] === 1;
  }
}

/**
 * Spans that lie inside a strictly longer span of the list, found in one sort and one sweep (equal spans do not hide
 * each other). Returns a flag per input span, in input order.
 */
export function insideLonger(spans: readonly Span[]): boolean[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || spans[b]!.end - spans[a]!.end);
  const hidden = new Array<boolean>(spans.length).fill(false);
  let maxEnd = -1; // furthest end of the distinct spans starting before (or at, when longer)
  for (let k = 0; k < order.length;) {
    const s = spans[order[k]!]!;
    let j = k;
    while (j < order.length && spans[order[j]!]!.start === s.start && spans[order[j]!]!.end === s.end) j++;
    const inside = maxEnd >= s.end;
    for (let x = k; x < j; x++) hidden[order[x]!] = inside;
    maxEnd = Math.max(maxEnd, s.end);
    k = j;
  }
  return hidden;
}
