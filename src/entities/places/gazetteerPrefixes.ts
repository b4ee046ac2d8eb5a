// For the first two characters of every gazetteer name, the lengths of the names that start with them: most words start no
// name, and this says so at once. Flat arrays (a hash table keyed by the two code units), so that the gazetteer's index
// carries the table as it is (src/entities/places/gazetteerIndex.ts) instead of every process building it again from
// 34,000 names (about 8 ms at start), and a lookup makes no string.

/** The lengths of the names that start with one pair of characters. */
export interface PrefixLengths {
  /** The longest. */
  reach: number;
  /** Bit n set: some name is n characters long (for n < 31; bit 31 stands for every longer length). */
  mask: number;
}

/** The table's arrays, as the index file holds them. */
export interface PrefixArrays {
  /** Per slot, the pair's key (never 0: a name's first code unit is not 0), 0 where empty. */
  keys: Int32Array;
  reach: Int32Array;
  mask: Int32Array;
}

/** The bit of `PrefixLengths.mask` that stands for names of `length` characters. */
export const lengthBit = (length: number): number => (length < 31 ? 1 << length : 1 << 31);

// A pair as one 32-bit number: a name's first code unit in the high half, the second (0 for a name of one) in the low.
const pairKey = (first: number, second: number): number => (first << 16) | second | 0;
const slotOf = (key: number, mask: number): number => (Math.imul(key, 0x9e3779b1) >>> 0) & mask;

/** The prefix table of a gazetteer's names. */
export function packPrefixes(names: Iterable<string>): PrefixArrays {
  const byKey = new Map<number, PrefixLengths>();
  for (const name of names) {
    const key = pairKey(name.charCodeAt(0), name.length > 1 ? name.charCodeAt(1) : 0);
    let lengths = byKey.get(key);
    if (!lengths) byKey.set(key, (lengths = { reach: 0, mask: 0 }));
    lengths.reach = Math.max(lengths.reach, name.length);
    lengths.mask |= lengthBit(name.length);
  }
  let size = 4;
  while (size < byKey.size * 2) size *= 2;
  const arrays: PrefixArrays = { keys: new Int32Array(size), reach: new Int32Array(size), mask: new Int32Array(size) };
  for (const [key, lengths] of byKey) {
    let slot = slotOf(key, size - 1);
    while (arrays.keys[slot] !== 0) slot = (slot + 1) & (size - 1);
    arrays.keys[slot] = key;
    arrays.reach[slot] = lengths.reach;
    arrays.mask[slot] = lengths.mask;
  }
  return arrays;
}

/** The table over its arrays; each pair's lengths are made once, when first asked for. */
export class PrefixTable {
  private readonly lengths: (PrefixLengths | undefined)[];

  constructor(readonly arrays: PrefixArrays) {
    this.lengths = new Array<PrefixLengths | undefined>(arrays.keys.length);
  }

  /** The lengths of the names that start with code units `first` and `second` (0 past the text's end). */
  get(first: number, second: number): PrefixLengths | undefined {
    const { keys } = this.arrays;
    const key = pairKey(first, second);
    const mask = keys.length - 1;
    for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      const at = keys[slot]!;
      if (at === 0) return undefined;
      if (at === key) return (this.lengths[slot] ??= { reach: this.arrays.reach[slot]!, mask: this.arrays.mask[slot]! });
    }
  }
}
