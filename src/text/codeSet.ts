/**
 * A set of characters kept as one flag per UTF-16 code unit. Asked about a character of a text by its code
 * (`text.charCodeAt(i)`), it makes no one-character string and hashes nothing: the test that per-character scans of a
 * whole report and per-word tests of a word's first or last character can afford.
 */
export class CodeSet {
  private readonly flags = new Uint8Array(0x10000);
  // The set's code units, so that its bit is marked in `classes` without reading all 65,536 flags (in the first report,
  // before V8 optimizes anything, that was about half a millisecond a set).
  private readonly codes: number[] = [];
  // The set's bit in `classes` once it has asked for its places (placesIn), else -1.
  private bit = -1;

  /** From single characters (every code unit of each string given). */
  constructor(chars: Iterable<string>) {
    for (const s of chars)
      for (let i = 0; i < s.length; i++) {
        const code = s.charCodeAt(i);
        if (this.flags[code] === 1) continue;
        this.flags[code] = 1;
        this.codes.push(code);
      }
  }

  /** The code unit is in the set (NaN, past a string's end, is not). */
  has(code: number): boolean {
    // NaN is turned away before the flags are read: a read of a typed array at NaN made the read's inline cache generic
    // (megamorphic), and every later read through it slower, for all the sets.
    return code < 0x10000 && this.flags[code] === 1;
  }

  /** The character at `at` of `text` is in the set. */
  at(text: string, at: number): boolean {
    const code = text.charCodeAt(at);
    return code < 0x10000 && this.flags[code] === 1;
  }

  /**
   * The first offset from `from` on whose code unit is in the set, or -1: a scan of a whole report for the few places
   * its characters stand makes one call per place found, not one per character (a call a character was most of the
   * cost of such a scan).
   */
  next(text: string, from: number, to = text.length): number {
    const flags = this.flags;
    const end = Math.min(to, text.length);
    for (let i = Math.max(0, from); i < end; i++) if (flags[text.charCodeAt(i)] === 1) return i;
    return -1;
  }

  /** The last offset at or before `from`, and at or after `floor`, whose code unit is in the set, or -1 (next, backwards). */
  previous(text: string, from: number, floor = 0): number {
    const flags = this.flags;
    for (let i = Math.min(from, text.length - 1); i >= Math.max(0, floor); i--) if (flags[text.charCodeAt(i)] === 1) return i;
    return -1;
  }

  /**
   * Every offset of `text` whose code unit is in the set, ascending. The sets asked so share one pass over a text, made
   * the first time one of them asks for its places in it: each recognizer's own scan of a whole report for its few
   * characters was a pass of the report each (title marks, quotes, level words …).
   */
  placesIn(text: string): readonly number[] {
    if (this.bit < 0) {
      if (registered.length >= MAX_LISTED) return placesOfOne(this.flags, text);
      this.bit = registered.length;
      registered.push(this);
      for (const code of this.codes) classes[code]! |= 1 << this.bit;
    }
    if (listed?.text !== text) listed = placesOfAll(text);
    // A set that asks for the first time after the others listed their places in this text scans it alone: in the first
    // report every set asks for the first time, and a pass for all of them at each would read the report thirty times.
    else if (listed.lists.length <= this.bit) {
      while (listed.lists.length < this.bit) listed.lists.push(placesOfOne(registered[listed.lists.length]!.flags, text));
      listed.lists.push(placesOfOne(this.flags, text));
    }
    return listed.lists[this.bit]!;
  }
}

// The sets that asked for their places, and the bits of the sets each code unit is in.
const MAX_LISTED = 32;
const registered: CodeSet[] = [];
const classes = new Uint32Array(0x10000);
// The places of every registered set in the last text asked about, forgotten at the next report (forgetPlaces).
let listed: { text: string; lists: number[][] } | undefined;

function placesOfAll(text: string): { text: string; lists: number[][] } {
  const lists = registered.map((): number[] => []);
  for (let i = 0; i < text.length; i++) {
    const bits = classes[text.charCodeAt(i)]!;
    if (bits !== 0) for (let rest = bits; rest !== 0; rest &= rest - 1) lists[31 - Math.clz32(rest & -rest)]!.push(i);
  }
  return { text, lists };
}

function placesOfOne(flags: Uint8Array, text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (flags[text.charCodeAt(i)] === 1) out.push(i);
  return out;
}

/**
 * Forgets the places listed (`placesIn`): called as a report's entities are read, so that a report listed again (a copy of
 * the last one) pays for its pass as any other report does.
 */
export function forgetPlaces(): void {
  listed = undefined;
}
