// Every place where any of many words occurs in a text. A scan per word (indexOf) costs the text's length times the
// number of words, and a long report cites thousands of distinct titles and names: past a few dozen words one pass over
// the text, looking each position up by its first two characters, is cheaper.

const PER_WORD_SCAN_MAX = 32;

/** A list of words ready to be looked for: made once for a fixed list (`wordIndex`), not at every text. */
export interface WordIndex {
  readonly words: readonly string[];
  /** Words by their first UTF-16 code unit, then their second (one-unit words by their only one). Two lookups of small
   * whole numbers: a CJK pair as one number is too large for a small integer, and every lookup of it would allocate. */
  readonly byPair: Map<number, Map<number, number[]>>;
  readonly byUnit: Map<number, number[]>;
  /** One flag per code unit that starts a word: most positions start none, and are turned away before any map is asked. */
  readonly starts: Uint8Array | undefined;
  /** One bit per hash of the first two code units of the words of two or more: a long list's first characters are the
   * commonest of the language (市, 中, 国), and most positions whose first unit starts a word pair it with a second that
   * starts none, turned away here by a bit rather than by two map lookups. */
  readonly pairBits: Int32Array | undefined;
}

const PAIR_HASH_BITS = 18;
const pairHash = (first: number, second: number) => Math.imul((first << 16) | second, 0x9e3779b1) >>> (32 - PAIR_HASH_BITS);

/** The index of a list of words, for `occurrences`; a short list is scanned word by word and needs none. */
export function wordIndex(words: readonly string[]): WordIndex {
  const byPair = new Map<number, Map<number, number[]>>();
  const byUnit = new Map<number, number[]>();
  if (words.length <= PER_WORD_SCAN_MAX) return { words, byPair, byUnit, starts: undefined, pairBits: undefined };
  const pairBits = new Int32Array(1 << (PAIR_HASH_BITS - 5));
  words.forEach((w, k) => {
    if (!w) return;
    const first = w.charCodeAt(0);
    let list: number[] | undefined;
    if (w.length === 1) {
      list = byUnit.get(first);
      if (!list) byUnit.set(first, (list = []));
    } else {
      let second = byPair.get(first);
      if (!second) byPair.set(first, (second = new Map()));
      list = second.get(w.charCodeAt(1));
      if (!list) second.set(w.charCodeAt(1), (list = []));
      const h = pairHash(first, w.charCodeAt(1));
      pairBits[h >>> 5]! |= 1 << (h & 31);
    }
    list.push(k);
  });
  const starts = new Uint8Array(65536);
  for (const w of words) if (w) starts[w.charCodeAt(0)] = 1;
  return { words, byPair, byUnit, starts, pairBits };
}

/**
 * For each word, the offsets where it occurs in `text` in ascending order, overlapping occurrences included (what
 * repeated `text.indexOf(word, at + 1)` finds). An empty word occurs nowhere. A fixed list is best given as its
 * `wordIndex`, made once.
 */
export function occurrences(text: string, list: readonly string[] | WordIndex): (readonly number[])[] {
  const index = isIndex(list) ? list : wordIndex(list);
  const { words, byPair, byUnit, starts, pairBits } = index;
  // Most words of a long list occur nowhere: they share one empty list instead of an array each.
  const out: (readonly number[])[] = new Array<readonly number[]>(words.length).fill(NONE);
  const add = (k: number, at: number) => {
    if (out[k] === NONE) out[k] = [at];
    else (out[k] as number[]).push(at);
  };
  if (!starts || !pairBits) {
    words.forEach((w, k) => {
      if (!w) return;
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) add(k, at);
    });
    return out;
  }
  if (byUnit.size)
    for (let at = 0; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (starts[c]) for (const k of byUnit.get(c) ?? []) add(k, at);
    }
  if (byPair.size) {
    const hashes = pairHashesOf(text);
    for (let at = 0; at + 1 < text.length; at++) {
      const h = hashes ? hashes[at]! : pairHash(text.charCodeAt(at), text.charCodeAt(at + 1));
      if ((pairBits[h >>> 5]! & (1 << (h & 31))) === 0) continue;
      const list = byPair.get(text.charCodeAt(at))?.get(text.charCodeAt(at + 1));
      if (list) for (const k of list) if (text.startsWith(words[k]!, at)) add(k, at);
    }
  }
  return out;
}

// The pair hash at every position of the last text scanned: a report's recognizers look for a dozen lists in one text.
// Past a few million characters (a report of tens of MB) each scan hashes its pairs again rather than hold four bytes a
// character.
let hashed: { text: string; hashes: Int32Array } | undefined;
const MAX_HASHED = 1 << 22;

function pairHashesOf(text: string): Int32Array | undefined {
  if (hashed?.text === text) return hashed.hashes;
  if (text.length > MAX_HASHED) return undefined;
  const hashes = new Int32Array(text.length);
  for (let at = 0; at + 1 < text.length; at++) hashes[at] = pairHash(text.charCodeAt(at), text.charCodeAt(at + 1));
  hashed = { text, hashes };
  return hashes;
}

const NONE: readonly number[] = Object.freeze([]);

const isIndex = (list: readonly string[] | WordIndex): list is WordIndex => !Array.isArray(list);
