// A read-only map from strings that lives in a few flat arrays (its keys as one string, where each starts, and a hash
// table of key numbers), so that a table read back from a file is usable at once: nothing is made per key until that key
// is asked for. A Map of the same 45,000 keys costs a string and an entry per key before the first lookup (the
// gazetteer's index: about 40 ms of a process's start, src/entities/places/gazetteerIndex.ts).

/** Keys packed: `text` holds them end to end, key k is `text.slice(starts[k], starts[k + 1])`. */
export interface PackedKeys {
  text: string;
  starts: Int32Array;
  /** Open-addressed hash table: key number + 1 in the slot of its hash (or the next free one), 0 where empty. */
  slots: Int32Array;
}

/** The packed keys of `keys` (in their order; none repeated). */
export function packKeys(keys: readonly string[]): PackedKeys {
  const starts = new Int32Array(keys.length + 1);
  for (let k = 0; k < keys.length; k++) starts[k + 1] = starts[k]! + keys[k]!.length;
  // At most half full, so that a miss (most lookups) ends within a probe or two.
  let size = 4;
  while (size < keys.length * 2) size *= 2;
  const slots = new Int32Array(size);
  keys.forEach((key, k) => {
    let slot = hashOf(key) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = k + 1;
  });
  return { text: keys.join(''), starts, slots };
}

/** The number of `key` among the packed keys, or -1. */
export function keyNumber(packed: PackedKeys, key: string): number {
  const { text, starts, slots } = packed;
  const mask = slots.length - 1;
  for (let slot = hashOf(key) & mask; ; slot = (slot + 1) & mask) {
    const k = slots[slot]! - 1;
    if (k < 0) return -1;
    const start = starts[k]!;
    if (starts[k + 1]! - start === key.length && text.startsWith(key, start)) return k;
  }
}

// FNV-1a over UTF-16 code units: the same number in the process that writes a table and the one that reads it.
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A ReadonlyMap over packed keys whose values are made when first asked for (`valueOf(k)` for key number k) and kept, so
 * that a key's value is one object however often it is asked for, as in a Map.
 */
export class PackedStringMap<V> implements ReadonlyMap<string, V> {
  private readonly values_: (V | undefined)[];

  constructor(
    private readonly packed: PackedKeys,
    private readonly valueOf: (k: number) => V,
  ) {
    this.values_ = new Array<V | undefined>(packed.starts.length - 1);
  }

  get size(): number {
    return this.packed.starts.length - 1;
  }

  get(key: string): V | undefined {
    const k = keyNumber(this.packed, key);
    return k < 0 ? undefined : this.valueAt(k);
  }

  has(key: string): boolean {
    return keyNumber(this.packed, key) >= 0;
  }

  /** The value of key number `k`. */
  valueAt(k: number): V {
    let value = this.values_[k];
    if (value === undefined) this.values_[k] = value = this.valueOf(k);
    return value;
  }

  keyAt(k: number): string {
    return this.packed.text.slice(this.packed.starts[k], this.packed.starts[k + 1]);
  }

  *keys(): MapIterator<string> {
    for (let k = 0; k < this.size; k++) yield this.keyAt(k);
  }

  *values(): MapIterator<V> {
    for (let k = 0; k < this.size; k++) yield this.valueAt(k);
  }

  *entries(): MapIterator<[string, V]> {
    for (let k = 0; k < this.size; k++) yield [this.keyAt(k), this.valueAt(k)];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (let k = 0; k < this.size; k++) callback.call(thisArg, this.valueAt(k), this.keyAt(k), this);
  }
}
