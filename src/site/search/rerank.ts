// Pagefind segments Chinese with ICU4X and ranks pages holding any segment of an unspaced query: 不存在的词 finds
// every page with 的, and 大朗 finds 广大 and 三大. Results are re-ordered here by what the user typed, as a phrase:
// an entity whose exact name it is, then the report readers that hold it (where the sentences are), then entities
// whose name holds it, then other pages whose title holds it, then pages whose text holds it, then partial matches
// (entity pages last), which the search page shows only when nothing holds the phrase.

export interface SearchHit {
  url: string;
  /** Set on report reader pages. */
  reader?: boolean;
  title: string;
  /** The page's indexed text (Pagefind's `content`). */
  content: string;
  /** Set on entity pages: the entity's id. */
  entity?: string;
}

export interface NameEntry {
  id: string;
  name: string;
  aliases: string[];
}

export const TIER = { exactName: 0, reader: 1, inName: 2, inTitle: 3, inText: 4, partial: 5 } as const;

export interface RankedHit<T extends SearchHit> {
  hit: T;
  tier: number;
}

export interface Reranked<T extends SearchHit> {
  hits: RankedHit<T>[];
  /** Entities whose name or alias is exactly the query (to list first even when Pagefind did not return their page). */
  exactNames: NameEntry[];
  /** Whether any hit holds the query literally; if not, every hit is a partial match. */
  literal: boolean;
}

export function queryTerms(query: string): string[] {
  return query.trim().split(/\s+/).filter(Boolean);
}

export function rerank<T extends SearchHit>(query: string, hits: readonly T[], names: readonly NameEntry[]): Reranked<T> {
  const terms = queryTerms(query);
  const whole = terms.join(' ');
  const exactNames = names.filter((n) => n.name === whole || n.aliases.includes(whole));
  const exactIds = new Set(exactNames.map((n) => n.id));
  const all = (text: string) => terms.length > 0 && terms.every((term) => text.includes(term));

  const ranked = hits.map((hit, order) => {
    let tier: number = TIER.partial;
    if (hit.entity && exactIds.has(hit.entity)) tier = TIER.exactName;
    else if (hit.reader && all(hit.content)) tier = TIER.reader;
    else if (hit.entity && all(hit.title)) tier = TIER.inName;
    else if (all(hit.title)) tier = TIER.inTitle;
    else if (all(hit.content)) tier = TIER.inText;
    // Among partial matches an entity page is the least likely answer: its name does not hold the query.
    const demote = tier === TIER.partial && hit.entity ? 1 : 0;
    return { hit, tier, demote, order };
  });
  ranked.sort((a, b) => a.tier - b.tier || a.demote - b.demote || a.order - b.order);
  return {
    hits: ranked.map(({ hit, tier }) => ({ hit, tier })),
    exactNames,
    literal: ranked.some((r) => r.tier < TIER.partial),
  };
}
