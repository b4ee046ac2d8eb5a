// Suggestions for a typed name: pure, so the graph's finder and the header search box rank the same way.
import { foldFullwidthAscii } from '../../text/foldWidth.ts';

export interface Named {
  id: string;
  name: string;
  aliases: string[];
  /** How often it is mentioned: breaks ties, so the better-known of two similar names comes first. */
  weight: number;
}

/** 0 exact name, 1 exact alias, 2 name starts with it, 3 alias starts with it, 4 name contains it, 5 alias contains it. */
function rank(item: Named, query: string): number {
  if (item.name === query) return 0;
  if (item.aliases.includes(query)) return 1;
  if (item.name.startsWith(query)) return 2;
  if (item.aliases.some((a) => a.startsWith(query))) return 3;
  if (item.name.includes(query)) return 4;
  if (item.aliases.some((a) => a.includes(query))) return 5;
  return -1;
}

export function suggest<T extends Named>(items: readonly T[], rawQuery: string, limit = 8): T[] {
  const query = normalizeQuery(rawQuery);
  if (!query) return [];
  const scored: { item: T; rank: number }[] = [];
  for (const item of items) {
    const r = rank(item, query);
    if (r >= 0) scored.push({ item, rank: r });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank || b.item.weight - a.item.weight || a.item.name.length - b.item.name.length || (a.item.id < b.item.id ? -1 : 1),
  );
  return scored.slice(0, limit).map((s) => s.item);
}

/** Trims and folds full-width Latin letters and digits, which Chinese input methods often produce. */
export function normalizeQuery(query: string): string {
  return foldFullwidthAscii(query.trim()).replace(/\s+/g, ' ');
}
