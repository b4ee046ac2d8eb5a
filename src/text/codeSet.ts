/**
 * A set of characters kept as one flag per UTF-16 code unit. Asked about a character of a text by its code
 * (`text.charCodeAt(i)`), it makes no one-character string and hashes nothing: the test that per-character scans of a
 * whole report and per-word tests of a word's first or last character can afford.
 */
export class CodeSet {
  private readonly flags = new Uint8Array(0x10000);

  /** From single characters (every code unit of each string given). */
  constructor(chars: Iterable<string>) {
    for (const s of chars) for (let i = 0; i < s.length; i++) this.flags[s.charCodeAt(i)] = 1;
  }

  /** The code unit is in the set (NaN, past a string's end, is not). */
  has(code: number): boolean {
    return this.flags[code] === 1;
  }

  /** The character at `at` of `text` is in the set. */
  at(text: string, at: number): boolean {
    return this.flags[text.charCodeAt(at)] === 1;
  }

  /**
   * The first offset from `from` on whose code unit is in the set, or -1: a scan of a whole report for the few places
   * its characters stand makes one call per place found, not one per character (a call a character was most of the
   * cost of such a scan).
   */
  next(text: string, from: number): number {
    const flags = this.flags;
    for (let i = Math.max(0, from); i < text.length; i++) if (flags[text.charCodeAt(i)] === 1) return i;
    return -1;
  }
}
