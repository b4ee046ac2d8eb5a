// A scan of a word list for the first word a text ends (or starts) with asks every word of the list, once per text, and
// the figure readers ask it many times per number (a phrase is cut back word by word). Grouped by the code unit a word ends
// (or starts) with, in the list's order, a scan asks only the words that can match, and finds the same first one.

const EMPTY: readonly never[] = [];

/** The items of `items` whose word ends with the last code unit of `text`, in list order. */
export function byLastCode<T>(items: readonly T[], wordOf: (item: T) => string): (text: string) => readonly T[] {
  const groups = groupBy(items, (item) => {
    const w = wordOf(item);
    return w.charCodeAt(w.length - 1);
  });
  return (text) => groups.get(text.charCodeAt(text.length - 1)) ?? EMPTY;
}

/** The items of `items` whose word starts with the first code unit of `text`, in list order. */
export function byFirstCode<T>(items: readonly T[], wordOf: (item: T) => string): (text: string) => readonly T[] {
  const groups = groupBy(items, (item) => wordOf(item).charCodeAt(0));
  return (text) => groups.get(text.charCodeAt(0)) ?? EMPTY;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    // An empty word matches every text: such a list is not grouped by its edge (none of the word lists has one).
    if (Number.isNaN(k)) throw new Error('wordsByEdge: an empty word');
    let group = groups.get(k);
    if (!group) groups.set(k, (group = []));
    group.push(item);
  }
  return groups;
}
