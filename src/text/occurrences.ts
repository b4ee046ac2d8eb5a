// Every place where any of many words occurs in a text. A scan per word (indexOf) costs the text's length times the
// number of words, and a long report cites thousands of distinct titles and names: past a few dozen words one pass over
// the text, looking each position up by its first two characters, is cheaper.

const PER_WORD_SCAN_MAX = 32;

/**
 * For each word, the offsets where it occurs in `text` in ascending order, overlapping occurrences included (what
 * repeated `text.indexOf(word, at + 1)` finds). An empty word occurs nowhere.
 */
export function occurrences(text: string, words: readonly string[]): number[][] {
  const out = words.map((): number[] => []);
  if (words.length <= PER_WORD_SCAN_MAX) {
    words.forEach((w, k) => {
      if (!w) return;
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) out[k]!.push(at);
    });
    return out;
  }
  // Words by their first two UTF-16 code units (one-unit words by their only one).
  const byPair = new Map<number, number[]>();
  const byUnit = new Map<number, number[]>();
  words.forEach((w, k) => {
    if (!w) return;
    const map = w.length === 1 ? byUnit : byPair;
    const key = w.length === 1 ? w.charCodeAt(0) : w.charCodeAt(0) * 65536 + w.charCodeAt(1);
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  });
  // Most positions start no word: one flag per code unit turns them away before any map is asked.
  const starts = new Uint8Array(65536);
  for (const w of words) if (w) starts[w.charCodeAt(0)] = 1;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (!starts[c]) continue;
    if (byUnit.size) for (const k of byUnit.get(c) ?? []) out[k]!.push(at);
    if (at + 1 >= text.length) break;
    const list = byPair.get(c * 65536 + text.charCodeAt(at + 1));
    if (list) for (const k of list) if (text.startsWith(words[k]!, at)) out[k]!.push(at);
  }
  return out;
}
