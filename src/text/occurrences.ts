// Every place where any of many words occurs in a text. A scan per word (indexOf) costs the text's length times the
// number of words, and a long report cites thousands of distinct titles and names; a report's recognizers ask a dozen
// lists of it. So a long text is indexed once, by the pairs of characters it holds (where each pair occurs), and a list
// costs a lookup per word and a check per place its first two characters occur, not a pass over the text.

const PER_WORD_SCAN_MAX = 32;

/** A list of words ready to be looked for: made once for a fixed list (`wordIndex`), not at every text. */
export interface WordIndex {
  readonly words: readonly string[];
  /** The words of one code unit (punctuation, a character), ascending; none in a short list, which is scanned word by word. */
  readonly units: readonly number[];
  /** The words of two units or more grouped by their first two (a long list has hundreds that open alike: 中国石化,
   * 中国平安 …), each group's longer words by their third unit: a place where a group's pair occurs is read once for all
   * its words, not once per word. */
  readonly pairGroups: readonly PairGroup[] | undefined;
  /** Each group's pairHash, in the groups' order: the scan for the groups a text holds reads these and nothing else. */
  readonly groupHashes: Int32Array | undefined;
}

interface PairGroup {
  readonly a: number;
  readonly b: number;
  /** pairHash(a, b). */
  readonly hash: number;
  /** Words of just the two units. */
  readonly pairs: number[];
  readonly byThird: Map<number, number[]>;
}

const PAIR_HASH_BITS = 18;
// A pair of code units hashed to 32 bits (a signed int, never a boxed number), whose top bits are taken with >>>.
const pairHash = (first: number, second: number) => Math.imul((first << 16) | second, 0x9e3779b1);

/**
 * The index of a list of words, for `occurrences`; a short list is scanned word by word and needs none. Made in one pass
 * over the words with one map of the pairs (both units as one int32, a small integer here), since the lists are indexed
 * as the extractor loads or in its first report, in code V8 has not optimized: 4,798 listed companies' short names took
 * about 8 ms of a thread's CPU with a map of maps and a second pass over it (medians of fresh processes).
 */
export function wordIndex(words: readonly string[]): WordIndex {
  if (words.length <= PER_WORD_SCAN_MAX) return { words, units: [], pairGroups: undefined, groupHashes: undefined };
  const units: number[] = [];
  const pairGroups: PairGroup[] = [];
  const groupOf = new Map<number, PairGroup>();
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.length < 2) {
      if (w.length === 1) units.push(k);
      continue;
    }
    const a = w.charCodeAt(0);
    const b = w.charCodeAt(1);
    const key = (a << 16) | b;
    let g = groupOf.get(key);
    if (g === undefined) {
      g = { a, b, hash: pairHash(a, b), pairs: [], byThird: new Map() };
      groupOf.set(key, g);
      pairGroups.push(g);
    }
    if (w.length === 2) g.pairs.push(k);
    else {
      const c = w.charCodeAt(2);
      const list = g.byThird.get(c);
      if (list) list.push(k);
      else g.byThird.set(c, [k]);
    }
  }
  const groupHashes = new Int32Array(pairGroups.length);
  for (let n = 0; n < pairGroups.length; n++) groupHashes[n] = pairGroups[n]!.hash;
  return { words, units, pairGroups, groupHashes };
}

// A long list asked of a text too short to index: its pairs' bits and groups by pair, made the first time.
interface ShortTextIndex {
  /** One bit per hash of the first two units of the words of two or more: most of a short text's pairs start none. */
  pairBits: Int32Array;
  /** The groups by their pair (both units as one int32). */
  groupOf: Map<number, PairGroup>;
}

const shortTextIndexes = new WeakMap<WordIndex, ShortTextIndex>();

function shortTextIndex(index: WordIndex): ShortTextIndex {
  let made = shortTextIndexes.get(index);
  if (made) return made;
  const pairBits = new Int32Array(1 << (PAIR_HASH_BITS - 5));
  const groupOf = new Map<number, PairGroup>();
  for (const g of index.pairGroups ?? []) {
    const h = g.hash >>> (32 - PAIR_HASH_BITS);
    pairBits[h >>> 5]! |= 1 << (h & 31);
    groupOf.set((g.a << 16) | g.b, g);
  }
  shortTextIndexes.set(index, (made = { pairBits, groupOf }));
  return made;
}

/**
 * For each word, the offsets where it occurs in `text` in ascending order, overlapping occurrences included (what
 * repeated `text.indexOf(word, at + 1)` finds). An empty word occurs nowhere. A fixed list is best given as its
 * `wordIndex`, made once.
 */
export function occurrences(text: string, list: readonly string[] | WordIndex): (readonly number[])[] {
  const words = isIndex(list) ? list.words : list;
  // Most words of a long list occur nowhere: they share one empty list instead of an array each.
  const out: (readonly number[])[] = new Array<readonly number[]>(words.length).fill(NONE);
  scan(text, list, (k: number, at: number) => {
    if (out[k] === NONE) out[k] = [at];
    else (out[k] as number[]).push(at);
  });
  return out;
}

/** The words of a list that occur in a text, by their index in the list (ascending), with the offsets of each. */
export interface OccurringWords {
  /** Indexes into the list's words, ascending. */
  words: number[];
  /** For words[n], the offsets where it occurs, ascending (what `occurrences` gives for it). */
  at: number[][];
}

/**
 * What `occurrences` finds, for only the words that occur: a reader of a list of thousands (listed companies' brands,
 * the dictionary's bodies) visits the few dozen a report holds, not every index of the list to find most empty.
 */
export function occurringWords(text: string, index: WordIndex): OccurringWords {
  const slot = slotsOf(index);
  const words: number[] = [];
  const at: number[][] = [];
  scan(text, index, (k: number, offset: number) => {
    const n = slot[k]!;
    if (n < 0) {
      slot[k] = words.length;
      words.push(k);
      at.push([offset]);
    } else at[n]!.push(offset);
  });
  for (const k of words) slot[k] = -1;
  // The order the words were met in the text's index is no order of the list: sorted back to the list's.
  const order = words.map((_, n) => n).sort((a, b) => words[a]! - words[b]!);
  return { words: order.map((n) => words[n]!), at: order.map((n) => at[n]!) };
}

// Per list, the place of each word among those found so far in the text at hand (-1 for none), kept between texts and
// cleared after each: no array the list's length is made for every text.
const slotTables = new WeakMap<WordIndex, Int32Array>();

function slotsOf(index: WordIndex): Int32Array {
  let slot = slotTables.get(index);
  if (!slot) slotTables.set(index, (slot = new Int32Array(index.words.length).fill(-1)));
  return slot;
}

/** Calls `add(k, at)` for each occurrence of each word k of the list, each word's offsets ascending. */
function scan(text: string, list: readonly string[] | WordIndex, add: (k: number, at: number) => void): void {
  const words = isIndex(list) ? list.words : list;
  const pairs = pairIndexOf(text);
  if (pairs && isIndex(list) && list.pairGroups && list.groupHashes) {
    const { first, at: places, shift, present } = pairs;
    const groups = list.pairGroups;
    const held = groupsHeld(list.groupHashes, present);
    for (let n = 0; n < held.length; n++) {
      const g = groups[held[n]!]!;
      const bucket = g.hash >>> shift;
      for (let i = first[bucket]!, to = first[bucket + 1]!; i < to; i++) {
        const at = places[i]!;
        if (text.charCodeAt(at) !== g.a || text.charCodeAt(at + 1) !== g.b) continue;
        for (const k of g.pairs) add(k, at);
        const longer = g.byThird.get(text.charCodeAt(at + 2));
        if (longer) for (const k of longer) if (text.startsWith(words[k]!, at)) add(k, at);
      }
    }
    if (list.units.length) findUnits(text, words, list.units, add);
    return;
  }
  if (pairs) {
    const { first, at: places, shift, present } = pairs;
    const units: number[] = [];
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (w.length < 2) {
        if (w) units.push(k);
        continue;
      }
      const a = w.charCodeAt(0);
      const b = w.charCodeAt(1);
      const hash = pairHash(a, b);
      if (!hasPair(present, hash)) continue;
      const bucket = hash >>> shift;
      for (let i = first[bucket]!, to = first[bucket + 1]!; i < to; i++) {
        const at = places[i]!;
        if (text.charCodeAt(at) === a && text.charCodeAt(at + 1) === b && (w.length === 2 || text.startsWith(w, at))) add(k, at);
      }
    }
    if (units.length) findUnits(text, words, units, add);
    return;
  }
  const index = isIndex(list) ? list : wordIndex(list);
  if (!index.pairGroups) {
    words.forEach((w, k) => {
      if (!w) return;
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) add(k, at);
    });
    return;
  }
  if (index.units.length) findUnits(text, words, index.units, add);
  if (index.pairGroups.length) {
    const { pairBits, groupOf } = shortTextIndex(index);
    for (let at = 0; at + 1 < text.length; at++) {
      const a = text.charCodeAt(at);
      const b = text.charCodeAt(at + 1);
      const h = pairHash(a, b) >>> (32 - PAIR_HASH_BITS);
      if ((pairBits[h >>> 5]! & (1 << (h & 31))) === 0) continue;
      const g = groupOf.get((a << 16) | b);
      if (!g) continue;
      for (const k of g.pairs) add(k, at);
      const longer = g.byThird.get(text.charCodeAt(at + 2));
      if (longer) for (const k of longer) if (text.startsWith(words[k]!, at)) add(k, at);
    }
  }
}

// Words of one code unit (punctuation, a character): a pass each for a few, one pass for them all past that.
function findUnits(text: string, words: readonly string[], units: readonly number[], add: (k: number, at: number) => void): void {
  if (units.length <= 4) {
    for (const k of units) for (let at = text.indexOf(words[k]!); at >= 0; at = text.indexOf(words[k]!, at + 1)) add(k, at);
    return;
  }
  const byUnit = new Map<number, number[]>();
  for (const k of units) {
    const c = words[k]!.charCodeAt(0);
    const list = byUnit.get(c);
    if (list) list.push(k);
    else byUnit.set(c, [k]);
  }
  for (let at = 0; at < text.length; at++) {
    const list = byUnit.get(text.charCodeAt(at));
    if (list) for (const k of list) add(k, at);
  }
}

/** Where each pair of code units of a text occurs: the offsets grouped by the pair's hash, ascending in each group. */
interface PairIndex {
  text: string;
  /** The hash's top bits that name a group. */
  shift: number;
  /** Group g's offsets are at[first[g]] … at[first[g + 1] - 1]. */
  first: Int32Array;
  at: Int32Array;
  /** One bit per PAIR_HASH_BITS-bit hash of the pairs the text holds: a long list's pairs are mostly absent, and are
   * turned away by a bit in 32 KB rather than by a read of their group's offsets in arrays the text's size. */
  present: Int32Array;
}

// The groups whose pair the text holds (a few hundred of the thousands of a long list), by their place in the list. A
// loop of its own over two typed arrays: a report asks each long list once, so the scan inside occurrences, a long
// function, ran unoptimized report after report, a call and a group object read per group (the listed companies' brands,
// 5,000 groups, twice a report); V8 optimizes a small loop this hot within a report or two.
let heldBuffer = new Int32Array(256);

function groupsHeld(hashes: Int32Array, present: Int32Array): Int32Array {
  if (heldBuffer.length < hashes.length) heldBuffer = new Int32Array(hashes.length);
  const out = heldBuffer;
  let n = 0;
  for (let k = 0; k < hashes.length; k++) {
    const h = hashes[k]! >>> (32 - PAIR_HASH_BITS);
    if ((present[h >>> 5]! & (1 << (h & 31))) !== 0) out[n++] = k;
  }
  return out.subarray(0, n);
}

const hasPair = (present: Int32Array, hash: number) => {
  const h = hash >>> (32 - PAIR_HASH_BITS);
  return (present[h >>> 5]! & (1 << (h & 31))) !== 0;
};

// The index of the last text asked (a report's recognizers ask for list after list in the one text); below a few
// thousand characters a pass per list costs less than an index, and past a few million characters (a report of tens
// of MB) each list takes a pass rather than hold eight bytes a character.
let indexed: PairIndex | undefined;
const MIN_INDEXED = 2048;
const MAX_INDEXED = 1 << 22;

function pairIndexOf(text: string): PairIndex | undefined {
  if (indexed?.text === text) return indexed;
  if (text.length < MIN_INDEXED || text.length > MAX_INDEXED) return undefined;
  // About as many groups as pairs, so that a group holds one pair or two and a lookup reads few offsets.
  const bits = Math.max(10, Math.ceil(Math.log2(text.length)));
  const shift = 32 - bits;
  const pairs = text.length - 1;
  // The last text's arrays are reused: its index is garbage as soon as the next text is asked.
  const groupCount = 1 << bits;
  if (buffers.first.length < groupCount + 1) buffers.first = new Int32Array(groupCount + 1);
  if (buffers.at.length < pairs) {
    buffers.at = new Int32Array(pairs * 2);
    buffers.groups = new Int32Array(pairs * 2);
  }
  const first = buffers.first.subarray(0, groupCount + 1).fill(0);
  const present = buffers.present.fill(0);
  const { groups, at } = buffers;
  for (let i = 0; i < pairs; i++) {
    const hash = pairHash(text.charCodeAt(i), text.charCodeAt(i + 1));
    const g = hash >>> shift;
    groups[i] = g;
    first[g]!++;
    const h = hash >>> (32 - PAIR_HASH_BITS);
    present[h >>> 5]! |= 1 << (h & 31);
  }
  // first[g] the end of group g, then each group filled from its end back (its offsets ascending), leaving first[g]
  // at the group's start: no second array of counts.
  for (let g = 1; g < groupCount; g++) first[g]! += first[g - 1]!;
  first[groupCount] = pairs;
  for (let i = pairs - 1; i >= 0; i--) at[--first[groups[i]!]!] = i;
  indexed = { text, shift, first, at, present };
  return indexed;
}

const buffers = {
  first: new Int32Array(0),
  at: new Int32Array(0),
  groups: new Int32Array(0),
  present: new Int32Array(1 << (PAIR_HASH_BITS - 5)),
};

const NONE: readonly number[] = Object.freeze([]);

const isIndex = (list: readonly string[] | WordIndex): list is WordIndex => !Array.isArray(list);
