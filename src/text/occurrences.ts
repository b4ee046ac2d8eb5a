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
}

/** The index of a list of words, for `occurrences`; a short list is scanned word by word and needs none. */
export function wordIndex(words: readonly string[]): WordIndex {
  const byPair = new Map<number, Map<number, number[]>>();
  const byUnit = new Map<number, number[]>();
  if (words.length <= PER_WORD_SCAN_MAX) return { words, byPair, byUnit, starts: undefined };
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
    }
    list.push(k);
  });
  const starts = new Uint8Array(65536);
  for (const w of words) if (w) starts[w.charCodeAt(0)] = 1;
  return { words, byPair, byUnit, starts };
}

/**
 * For each word, the offsets where it occurs in `text` in ascending order, overlapping occurrences included (what
 * repeated `text.indexOf(word, at + 1)` finds). An empty word occurs nowhere. A fixed list is best given as its
 * `wordIndex`, made once.
 */
export function occurrences(text: string, list: readonly string[] | WordIndex): number[][] {
  const index = isIndex(list) ? list : wordIndex(list);
  const { words, byPair, byUnit, starts } = index;
  const out = words.map((): number[] => []);
  if (!starts) {
    words.forEach((w, k) => {
      if (!w) return;
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) out[k]!.push(at);
    });
    return out;
  }
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (!starts[c]) continue;
    if (byUnit.size) for (const k of byUnit.get(c) ?? []) out[k]!.push(at);
    if (at + 1 >= text.length) break;
    const list = byPair.get(c)?.get(text.charCodeAt(at + 1));
    if (list) for (const k of list) if (text.startsWith(words[k]!, at)) out[k]!.push(at);
  }
  return out;
}

const isIndex = (list: readonly string[] | WordIndex): list is WordIndex => !Array.isArray(list);
