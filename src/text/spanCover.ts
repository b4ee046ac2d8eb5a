import type { Span } from '../types.ts';

/**
 * The characters of a text that some span covers, one flag each: overlap and containment questions cost the length of
 * the span asked about, not the number of spans recorded (a long report holds thousands of quotes and mentions).
 */
export class SpanCover {
  private flags: Uint8Array | undefined;
  // Offsets of spans still to mark (start, end, start, end …), while the cover answers from them. A plain array of small
  // integers: a typed array costs more to make than the few hundred offsets it would hold.
  private pending: number[] | undefined;
  // Spans read so far by questions answered from `pending`. Flags cost about two reads of every span (a mark each, and the
  // zeroed array): past two such reads, or a share of the text's length, they pay for themselves. (Until a share of the
  // length alone, a cover of some 150 spans asked 20 times read 2,700 spans: 25 such covers a report, 38,600 spans read
  // where the flags answer from a few characters each.)
  private scanned = 0;
  // The array of spans given and how many it held, until the cover is first asked or added to: most covers of a report
  // (47 of the default report's 67, each of some 125 organizations read so far) are never asked anything, and reading
  // the offsets of spans of many shapes was most of what they cost. The array is read as it was given: a caller that
  // moves its spans before asking takes a snapshot (`SpanCover.snapshot`).
  private source: readonly Span[] | undefined;
  private sourceCount = 0;

  constructor(
    private readonly length: number,
    spans: Iterable<Span> = [],
    _lazy = false,
  ) {
    if (Array.isArray(spans)) {
      this.source = spans;
      this.sourceCount = spans.length;
      this.pending = [];
      return;
    }
    this.flags = new Uint8Array(length + 1);
    for (const s of spans) this.add(s);
  }

  /** A cover of the spans as they are now, whatever becomes of them later (their offsets read at once). */
  static snapshot(length: number, spans: readonly Span[]): SpanCover {
    const cover = new SpanCover(length, spans);
    cover.readSource();
    return cover;
  }

  /** The offsets of the spans given, read into `pending` (before any span added since). */
  private readSource(): void {
    const spans = this.source!;
    this.source = undefined;
    // `| 0` stores an offset as an Int32Array would (the flags' first form): the same answers whatever a span holds.
    const pending: number[] = [];
    for (let k = 0; k < this.sourceCount; k++) pending.push(spans[k]!.start | 0, spans[k]!.end | 0);
    this.pending = pending;
  }

  /**
   * A cover of the spans made only when first asked (their offsets read then): a recognizer that never finds anything to
   * ask about, as most find nothing in most reports, does not pay for flags over the whole text. The first few questions
   * are answered from the offsets themselves (a recognizer that asks of a handful of candidates reads a few hundred
   * offsets, where flags over a report's length cost an allocation and a mark per span). Any cover of an array of spans
   * is made so.
   */
  static lazy(length: number, spans: readonly Span[]): SpanCover {
    return new SpanCover(length, spans, true);
  }

  private get marks(): Uint8Array {
    if (this.flags) return this.flags;
    if (this.source !== undefined) this.readSource();
    const flags = new Uint8Array(this.length + 1);
    const pending = this.pending!;
    for (let k = 0; k < pending.length; k += 2) mark(flags, pending[k]!, pending[k + 1]!);
    this.pending = undefined;
    return (this.flags = flags);
  }

  private get answersFromOffsets(): boolean {
    if (this.source !== undefined) this.readSource();
    return this.flags === undefined && this.scanned < Math.min(this.length >> 3, Math.max(this.pending!.length, MIN_SCANNED));
  }

  add(s: Span): void {
    if (this.answersFromOffsets) this.pending!.push(s.start | 0, s.end | 0);
    else mark(this.marks, s.start, s.end);
  }

  /** Whether any character of the span is covered. */
  overlaps(s: Span): boolean {
    return this.any(s.start, s.end);
  }

  /** Whether any character of [start, end) is covered; no object made, for scans that ask once per word. */
  any(start: number, end: number): boolean {
    if (this.answersFromOffsets) return this.anyPending(start, end);
    const marks = this.marks;
    for (let i = Math.max(0, start), stop = Math.min(end, marks.length); i < stop; i++) if (marks[i]) return true;
    return false;
  }

  /** Whether the character at `at` is covered. */
  covers(at: number): boolean {
    if (this.answersFromOffsets) return this.anyPending(at, at + 1);
    return this.marks[at] === 1;
  }

  /** `any` read from the offsets not yet marked: what the flags would answer (a span marks [max(0, s), min(e, length + 1))). */
  private anyPending(start: number, end: number): boolean {
    const from = Math.max(0, start);
    const to = Math.min(end, this.length + 1);
    const pending = this.pending!;
    this.scanned += pending.length >> 1;
    if (!(from < to)) return false;
    for (let k = 0; k < pending.length; k += 2) {
      const s = Math.max(0, pending[k]!);
      const e = markedEnd(pending[k + 1]!, this.length + 1);
      if (s < to && from < e && s < e) return true;
    }
    return false;
  }
}

// A few dozen spans are read for less than flags over a report cost to make, however often they are asked.
const MIN_SCANNED = 64;

// Spans are a word or a name long: a loop marks them for less than a call of fill each. (fill counts a negative end
// from the array's end; no span ends before the text starts, but the flags and the scan answer alike if one did.)
function mark(flags: Uint8Array, start: number, end: number): void {
  const from = Math.trunc(Math.max(0, start)) || 0;
  const to = Math.trunc(Math.min(flags.length, end));
  if (to - from > 64 || to < 0) flags.fill(1, from, to);
  else for (let i = from; i < to; i++) flags[i] = 1;
}

/** Where the flags of a span ending at `end` stop, in flags of `size` (as fill reads the end it is given). */
const markedEnd = (end: number, size: number) => (end < 0 ? Math.max(0, size + end) : Math.min(size, end));

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
