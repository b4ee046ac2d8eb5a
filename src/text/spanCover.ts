import type { Span } from '../types.ts';

/**
 * The characters of a text that some span covers, one flag each: overlap and containment questions cost the length of
 * the span asked about, not the number of spans recorded (a long report holds thousands of quotes and mentions).
 */
export class SpanCover {
  private flags: Uint8Array | undefined;
  // Offsets of spans still to mark (start, end, start, end …), for a cover made lazily.
  private pending: Int32Array | undefined;

  constructor(
    private readonly length: number,
    spans: Iterable<Span> = [],
    lazy = false,
  ) {
    if (lazy && Array.isArray(spans)) {
      const pending = new Int32Array(spans.length * 2);
      for (let k = 0; k < spans.length; k++) {
        pending[2 * k] = spans[k]!.start;
        pending[2 * k + 1] = spans[k]!.end;
      }
      this.pending = pending;
      return;
    }
    this.flags = new Uint8Array(length + 1);
    // An index over an array, not for…of: until V8 optimizes the loop, for…of makes an iterator result per span.
    if (Array.isArray(spans)) for (let k = 0; k < spans.length; k++) this.add(spans[k]!);
    else for (const s of spans) this.add(s);
  }

  /**
   * A cover of the spans made only when first asked (their offsets read now): a recognizer that never finds anything to
   * ask about, as most find nothing in most reports, does not pay for flags over the whole text.
   */
  static lazy(length: number, spans: readonly Span[]): SpanCover {
    return new SpanCover(length, spans, true);
  }

  private get marks(): Uint8Array {
    if (this.flags) return this.flags;
    const flags = new Uint8Array(this.length + 1);
    const pending = this.pending!;
    for (let k = 0; k < pending.length; k += 2) flags.fill(1, Math.max(0, pending[k]!), Math.min(flags.length, pending[k + 1]!));
    this.pending = undefined;
    return (this.flags = flags);
  }

  add(s: Span): void {
    const marks = this.marks;
    marks.fill(1, Math.max(0, s.start), Math.min(marks.length, s.end));
  }

  /** Whether any character of the span is covered. */
  overlaps(s: Span): boolean {
    return this.any(s.start, s.end);
  }

  /** Whether any character of [start, end) is covered; no object made, for scans that ask once per word. */
  any(start: number, end: number): boolean {
    const marks = this.marks;
    for (let i = Math.max(0, start), stop = Math.min(end, marks.length); i < stop; i++) if (marks[i]) return true;
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
