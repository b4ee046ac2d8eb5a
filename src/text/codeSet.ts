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
}
