// The words jieba cuts, as numbers. Every distinct word gets one id per process, and every id one set of flag bits that
// the recognizers define once (a word that may open a landmark's class noun, …) and that are tested once per distinct
// word, the first time a flag of it is asked, instead of at every token of every report. The segmentation of a report
// holds its tokens' ids (`Segmentation.ids`): a recognizer asks `tokenHas(seg, k, FLAG)`, an array read and a mask.

const idOf = new Map<string, number>();
const words: string[] = [];
// jieba's tag of each id, '' until known (see segment.ts: a word's tag depends on the word alone).
const tags: string[] = [];
let flags = new Int32Array(4096);
// How many of the flag tests each id has been put to: a test defined after an id was first flagged is still run on it.
let tested = new Uint8Array(4096);
const tests: ((word: string, tag: string) => boolean)[] = [];
const MAX_FLAGS = 31;
const MAX_WORDS = 500_000;

/**
 * A flag of words, true where `test` holds: defined once per module (at load), read with `tokenHas` or `wordHas`.
 * `test` must depend on the word alone. It is given jieba's tag of the word too (a tag depends on the word alone), or ''
 * where the tag is not known yet when the flag is first asked (a word jieba could tag only in its whole text): a test of
 * the tag must hold for '' as well, so that the flag stays a filter and the tag is tested again at the token.
 */
export function wordFlag(test: (word: string, tag: string) => boolean): number {
  if (tests.length >= MAX_FLAGS) throw new Error(`more than ${MAX_FLAGS} word flags`);
  tests.push(test);
  return 1 << (tests.length - 1);
}

// The ids of one-code-unit words by their code: a third of a report's tokens (的, 和, ，), which jieba hands over as new
// strings each time, found without hashing a string. -1 until the word is first seen.
let idOfUnit = new Int32Array(0x10000).fill(-1);

/** The id of a word, given it the first time it is seen. */
export function wordId(word: string): number {
  if (word.length === 1) {
    const code = word.charCodeAt(0);
    const id = idOfUnit[code]!;
    return id >= 0 ? id : (idOfUnit[code] = newWordId(word));
  }
  return idOf.get(word) ?? newWordId(word);
}

function newWordId(word: string): number {
  const id = words.length;
  idOf.set(word, id);
  words.push(word);
  tags.push('');
  if (id >= flags.length) grow();
  return id;
}

/** The id of a word already seen, else -1 (a lookup that adds nothing). */
export function knownWordId(word: string): number {
  return idOf.get(word) ?? -1;
}

/** jieba's tag of a word id ('' when not yet known). */
export function tagOfId(id: number): string {
  return tags[id]!;
}

export function setTagOfId(id: number, tag: string): void {
  tags[id] = tag;
}

/** The flags of a word id: every flag test run on it at most once per process. */
export function flagsOfId(id: number): number {
  if (tested[id]! < tests.length) {
    const word = words[id]!;
    let f = flags[id]!;
    const tag = tags[id]!;
    for (let t = tested[id]!; t < tests.length; t++) if (tests[t]!(word, tag)) f |= 1 << t;
    flags[id] = f;
    tested[id] = tests.length;
  }
  return flags[id]!;
}

/** The flag holds for token `k` of a segmentation. */
export function tokenHas(seg: { readonly ids: Int32Array }, k: number, flag: number): boolean {
  return (flagsOfId(seg.ids[k]!) & flag) !== 0;
}

// The tokens of a segmentation by flag, made in one pass over its ids for every flag, the first time a flag is asked.
const tokensByFlag = new WeakMap<Int32Array, { flagCount: number; lists: Int32Array[] }>();

/**
 * The indexes of the tokens of a segmentation whose word has `flag` (one flag), ascending: a recognizer that reads only
 * the words of a kind visits those, not every word of the report to test each one.
 */
export function tokensWith(seg: { readonly ids: Int32Array }, flag: number): Int32Array {
  let made = tokensByFlag.get(seg.ids);
  if (made?.flagCount !== tests.length) tokensByFlag.set(seg.ids, (made = tokensByFlagOf(seg.ids)));
  return made.lists[31 - Math.clz32(flag)]!;
}

function tokensByFlagOf(ids: Int32Array): { flagCount: number; lists: Int32Array[] } {
  const counts = new Int32Array(tests.length);
  const flagsOfToken = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const f = flagsOfId(ids[k]!);
    flagsOfToken[k] = f;
    for (let rest = f; rest !== 0; rest &= rest - 1) counts[31 - Math.clz32(rest & -rest)]!++;
  }
  const lists = Array.from(counts, (n) => new Int32Array(n));
  counts.fill(0);
  for (let k = 0; k < ids.length; k++)
    for (let rest = flagsOfToken[k]!; rest !== 0; rest &= rest - 1) {
      const bit = 31 - Math.clz32(rest & -rest);
      lists[bit]![counts[bit]!++] = k;
    }
  return { flagCount: tests.length, lists };
}

/**
 * The indexes of the tokens whose word is `word`, ascending: one word's places found by its id in the report's ids, not by
 * comparing the text of every token.
 */
export function tokensOf(seg: { readonly ids: Int32Array }, word: string): Int32Array {
  const id = word.length === 1 ? idOfUnit[word.charCodeAt(0)]! : (idOf.get(word) ?? -1);
  if (id < 0) return new Int32Array(0);
  const { ids } = seg;
  let count = 0;
  for (let k = 0; k < ids.length; k++) if (ids[k] === id) count++;
  const out = new Int32Array(count);
  for (let k = 0, n = 0; n < count; k++) if (ids[k] === id) out[n++] = k;
  return out;
}

// One mark per word id, set only while tokensOfAny reads a report's ids (and cleared after): the words asked for are found
// by an array read per token, not by comparing strings or hashing an id.
let asked = new Uint8Array(4096);

/**
 * The indexes of the tokens whose word is one of `list` (a few fixed words: 我县, 本市 …), ascending: one pass over the
 * report's ids for them all, where a recognizer would otherwise test the text of every word.
 */
export function tokensOfAny(seg: { readonly ids: Int32Array }, list: readonly string[]): Int32Array {
  if (asked.length < words.length) asked = new Uint8Array(flags.length);
  const known: number[] = [];
  for (const word of list) {
    const id = word.length === 1 ? idOfUnit[word.charCodeAt(0)]! : (idOf.get(word) ?? -1);
    if (id >= 0 && !asked[id]) {
      asked[id] = 1;
      known.push(id);
    }
  }
  const { ids } = seg;
  let count = 0;
  if (known.length) for (let k = 0; k < ids.length; k++) count += asked[ids[k]!]!;
  const out = new Int32Array(count);
  for (let k = 0, n = 0; n < count; k++) if (asked[ids[k]!]) out[n++] = k;
  for (const id of known) asked[id] = 0;
  return out;
}

/**
 * The indexes of the tokens whose word has any of `flags` (several flags or'ed), ascending, each once: a recognizer that
 * reads words of two kinds visits both kinds in text order.
 */
export function tokensWithAny(seg: { readonly ids: Int32Array }, flags: number): Int32Array {
  let merged: Int32Array | undefined;
  for (let rest = flags; rest !== 0; rest &= rest - 1) {
    const list = tokensWith(seg, rest & -rest);
    merged = merged ? mergeTokenLists(merged, list) : list;
  }
  return merged ?? new Int32Array(0);
}

/** Two ascending lists of token indexes as one, ascending, each index once. */
export function mergeTokenLists(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (n === 0 || out[n - 1] !== x) out[n++] = x;
  }
  return out.subarray(0, n);
}

/** The flag holds for a word (looked up by its text: for words that are not a report's tokens). */
export function wordHas(word: string, flag: number): boolean {
  return (flagsOfId(wordId(word)) & flag) !== 0;
}

/**
 * Forgets every word when the table has grown past its bound (a process reading millions of distinct words): only
 * between two reports, so that the ids of the report at hand stay valid while it is read.
 */
export function boundWordTable(): boolean {
  if (words.length <= MAX_WORDS) return false;
  idOf.clear();
  idOfUnit = new Int32Array(0x10000).fill(-1);
  words.length = 0;
  tags.length = 0;
  flags = new Int32Array(4096);
  tested = new Uint8Array(4096);
  return true;
}

function grow(): void {
  const f = new Int32Array(flags.length * 2);
  f.set(flags);
  flags = f;
  const t = new Uint8Array(tested.length * 2);
  t.set(tested);
  tested = t;
}
