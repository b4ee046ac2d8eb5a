// The words jieba cuts, as numbers. Every distinct word gets one id per process, and every id one set of flag bits that
// the recognizers define once (a word that may open a landmark's class noun, …) and that are tested once per distinct
// word, the first time a flag of it is asked, instead of at every token of every report. The segmentation of a report
// holds its tokens' ids (`Segmentation.ids`): a recognizer asks `tokenHas(seg, k, FLAG)`, an array read and a mask.

const idOf = new Map<string, number>();
const words: string[] = [];
// jieba's tag of each id, '' until known (see segment.ts: a word's tag depends on the word alone).
const tags: string[] = [];
// Four banks of 32 flags: the flags of id `id` are the int32s at (id << BANK_SHIFT) + bank. A flag is its number n, in
// bank n >> 5 at bit n & 31, so that a test is one array read and a mask, whichever bank the flag lies in.
const BANK_SHIFT = 2;
const BANKS = 1 << BANK_SHIFT;
const MAX_FLAGS = BANKS * 32;
let bits = new Int32Array(4096 * BANKS);
// How many of the flag tests each id has been put to: a test defined after an id was first flagged is still run on it.
let tested = new Uint8Array(4096);
// 1 where an id has any flag: the pass over a report's tokens (tokensByFlagOf) reads this, not every bank of each.
let anyFlag = new Uint8Array(4096);
const tests: ((word: string, tag: string) => boolean)[] = [];
const MAX_WORDS = 500_000;

/**
 * A flag of words, true where `test` holds: defined once per module (at load), read with `tokenHas` or `wordHas`.
 * `test` must depend on the word alone. It is given jieba's tag of the word too (a tag depends on the word alone), or ''
 * where the tag is not known yet when the flag is first asked (a word jieba could tag only in its whole text): a test of
 * the tag must hold for '' as well, so that the flag stays a filter and the tag is tested again at the token.
 * A flag is its number, one bit of one of four banks: flags are not or'ed together (`tokensWithAny` takes several).
 */
export function wordFlag(test: (word: string, tag: string) => boolean): number {
  if (tests.length >= MAX_FLAGS) throw new Error(`more than ${MAX_FLAGS} word flags`);
  tests.push(test);
  return tests.length - 1;
}

// The ids of one-code-unit words by their code: a third of a report's tokens (的, 和, ，), which jieba hands over as new
// strings each time, found without hashing a string. -1 until the word is first seen.
let idOfUnit = new Int32Array(0x10000).fill(-1);

// The ids of two-code-unit words (most of a report's other tokens: 发展, 工作, 东莞) in a table open-addressed by their two
// codes as one int32 (0 for an empty slot; no word is two NULs): found without hashing jieba's fresh string of each.
let pairKeys = new Int32Array(1 << 16);
let pairIds = new Int32Array(1 << 16);
let pairCount = 0;
let pairShift = 16;

/** The slot of a two-unit word's key: where it is, or the empty slot where it would go. */
function pairSlot(key: number): number {
  const mask = pairKeys.length - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> (32 - pairShift);
  while (pairKeys[slot] !== key && pairKeys[slot] !== 0) slot = (slot + 1) & mask;
  return slot;
}

const pairKey = (word: string) => (word.charCodeAt(0) << 16) | word.charCodeAt(1);

/** The id of a word of two units seen before, else -1. */
function knownPairId(word: string): number {
  const slot = pairSlot(pairKey(word));
  return pairKeys[slot] === 0 ? -1 : pairIds[slot]!;
}

function addPair(word: string, id: number): number {
  const slot = pairSlot(pairKey(word));
  pairKeys[slot] = pairKey(word);
  pairIds[slot] = id;
  // Kept at most half full, so that a probe meets an empty slot soon.
  if (++pairCount * 2 > pairKeys.length) {
    const keys = pairKeys;
    const ids = pairIds;
    pairKeys = new Int32Array(keys.length * 2);
    pairIds = new Int32Array(keys.length * 2);
    pairShift++;
    for (let k = 0; k < keys.length; k++)
      if (keys[k] !== 0) {
        const to = pairSlot(keys[k]!);
        pairKeys[to] = keys[k]!;
        pairIds[to] = ids[k]!;
      }
  }
  return id;
}

/** The id of a word, given it the first time it is seen. */
export function wordId(word: string): number {
  if (word.length === 1) {
    const code = word.charCodeAt(0);
    const id = idOfUnit[code]!;
    return id >= 0 ? id : (idOfUnit[code] = newWordId(word));
  }
  if (word.length === 2 && pairKey(word) !== 0) {
    const id = knownPairId(word);
    return id >= 0 ? id : addPair(word, newWordId(word));
  }
  return idOf.get(word) ?? newWordId(word);
}

/** The id of a word already seen, else -1, looked up as `wordId` looks it up. */
function idIfKnown(word: string): number {
  if (word.length === 1) return idOfUnit[word.charCodeAt(0)]!;
  if (word.length === 2 && pairKey(word) !== 0) return knownPairId(word);
  return idOf.get(word) ?? -1;
}

function newWordId(word: string): number {
  const id = words.length;
  idOf.set(word, id);
  words.push(word);
  tags.push('');
  if (id >= tested.length) grow();
  return id;
}

/** The id of a word already seen, else -1 (a lookup that adds nothing). */
export function knownWordId(word: string): number {
  return idIfKnown(word);
}

/** jieba's tag of a word id ('' when not yet known). */
export function tagOfId(id: number): string {
  return tags[id]!;
}

export function setTagOfId(id: number, tag: string): void {
  tags[id] = tag;
}

/** Runs on a word id every flag test not yet run on it: each at most once per process. */
function testId(id: number): void {
  const word = words[id]!;
  const tag = tags[id]!;
  const at = id << BANK_SHIFT;
  for (let t = tested[id]!; t < tests.length; t++)
    if (tests[t]!(word, tag)) {
      bits[at + (t >> 5)]! |= 1 << (t & 31);
      anyFlag[id] = 1;
    }
  tested[id] = tests.length;
}

/** The flag holds for a word id. */
export function idHas(id: number, flag: number): boolean {
  if (tested[id]! < tests.length) testId(id);
  return (bits[(id << BANK_SHIFT) + (flag >> 5)]! & (1 << (flag & 31))) !== 0;
}

/** The flag holds for token `k` of a segmentation. */
export function tokenHas(seg: { readonly ids: Int32Array }, k: number, flag: number): boolean {
  return idHas(seg.ids[k]!, flag);
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
  return made.lists[flag]!;
}

// The tokens with any flag and their banks of flags, for the second pass of tokensByFlagOf: kept between reports (grown as
// needed), since every report's pass needs them only while it runs.
let flagged = new Int32Array(0);
let flaggedBits = new Int32Array(0);

function tokensByFlagOf(ids: Int32Array): { flagCount: number; lists: Int32Array[] } {
  const counts = new Int32Array(MAX_FLAGS);
  if (flagged.length < ids.length) {
    flagged = new Int32Array(ids.length);
    flaggedBits = new Int32Array(ids.length * BANKS);
  }
  // The second pass reads only the tokens with a flag: most of a report's words (的, 发展, 工作) have none. Only the banks
  // that hold flags are read.
  const used = (tests.length + 31) >> 5;
  let n = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (tested[id]! < tests.length) testId(id);
    if (anyFlag[id] === 0) continue;
    const at = id << BANK_SHIFT;
    flagged[n] = k;
    for (let b = 0; b < used; b++) {
      const bank = bits[at + b]!;
      flaggedBits[(n << BANK_SHIFT) + b] = bank;
      for (let rest = bank; rest !== 0; rest &= rest - 1) counts[(b << 5) + 31 - Math.clz32(rest & -rest)]!++;
    }
    n++;
  }
  const lists = Array.from(counts.subarray(0, tests.length), (c) => new Int32Array(c));
  counts.fill(0);
  for (let f = 0; f < n; f++) {
    const k = flagged[f]!;
    for (let b = 0; b < used; b++)
      for (let rest = flaggedBits[(f << BANK_SHIFT) + b]!; rest !== 0; rest &= rest - 1) {
        const flag = (b << 5) + 31 - Math.clz32(rest & -rest);
        lists[flag]![counts[flag]!++] = k;
      }
  }
  return { flagCount: tests.length, lists };
}

/**
 * Where a recognizer's start from token `k` on lies in a list of tokensWith (ascending): the index of the first token ≥ k,
 * the list's length when none is.
 */
export function firstTokenFrom(list: Int32Array, k: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! >= k) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The indexes of the tokens whose word is `word`, ascending: one word's places found by its id in the report's ids, not by
 * comparing the text of every token.
 */
export function tokensOf(seg: { readonly ids: Int32Array }, word: string): Int32Array {
  const id = idIfKnown(word);
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
  if (asked.length < words.length) asked = new Uint8Array(tested.length);
  const known: number[] = [];
  for (const word of list) {
    const id = idIfKnown(word);
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
 * The indexes of the tokens whose word has any of `flags`, ascending, each once: a recognizer that reads words of two
 * kinds visits both kinds in text order.
 */
export function tokensWithAny(seg: { readonly ids: Int32Array }, ...flags: number[]): Int32Array {
  let merged: Int32Array | undefined;
  for (const flag of flags) {
    const list = tokensWith(seg, flag);
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
  return idHas(wordId(word), flag);
}

/**
 * Forgets every word when the table has grown past its bound (a process reading millions of distinct words): only
 * between two reports, so that the ids of the report at hand stay valid while it is read.
 */
export function boundWordTable(): boolean {
  if (words.length <= MAX_WORDS) return false;
  idOf.clear();
  idOfUnit = new Int32Array(0x10000).fill(-1);
  pairKeys = new Int32Array(1 << 16);
  pairIds = new Int32Array(1 << 16);
  pairCount = 0;
  pairShift = 16;
  words.length = 0;
  tags.length = 0;
  bits = new Int32Array(4096 * BANKS);
  tested = new Uint8Array(4096);
  anyFlag = new Uint8Array(4096);
  return true;
}

function grow(): void {
  const b = new Int32Array(bits.length * 2);
  b.set(bits);
  bits = b;
  const t = new Uint8Array(tested.length * 2);
  t.set(tested);
  tested = t;
  const a = new Uint8Array(anyFlag.length * 2);
  a.set(anyFlag);
  anyFlag = a;
}
