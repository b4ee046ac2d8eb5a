// The search page's query to Pagefind, part by part: the first results are shown once enough parts have answered, and
// the later parts' answers join the results not shown yet as they come.
import type { Found, Ref, SearchClient } from './searchClient.ts';

/** What searchInTurn needs of the search client. */
export type PartsSearcher = Pick<SearchClient, 'search'>;

/** One search's answers so far. */
export interface Answers {
  /** Results not loaded yet, in score order: the page takes batches from the front; later parts' answers join them. */
  rest: Found;
  /** Results found so far (all of them once `all` has resolved). */
  total: number;
  /** Resolves once every part has answered. */
  all: Promise<void>;
  /**
   * Adds the pages the last query (the words apart) finds and this one did not, after all of this one's: Pagefind finds
   * a phrase only where its indexer cut the page's words as the query is cut (全面从严治党 was missed wherever it read
   * 党政 in 全面从严治党政治责任), and the words apart find those pages too: those where they stand together. The page
   * keeps those that hold the phrase when it loads them. Not counted in `total`. Nothing to add when this search was
   * the last query already, or a name asked whole.
   */
  widen(): Promise<void>;
}

/** Below every score Pagefind gives: the pages `widen` adds come after all of the phrase's. */
const AFTER = 1e9;

/**
 * Pagefind is asked `queries` in turn until a search finds pages (the phrase first, partial matches last). Resolves
 * once a first page can be shown: `enough` reports found, or every part answered. A word in every report then waits
 * for the first part to answer rather than the slowest; a rare one waits for all of them, so that its few pages come
 * in score order.
 */
export async function searchInTurn(
  client: PartsSearcher,
  queries: string[],
  filters: Record<string, string>,
  sections: number,
  enough: number,
): Promise<Answers> {
  for (const [i, query] of queries.entries()) {
    const answers: Answers = { rest: { groups: [], others: [] }, total: 0, all: Promise.resolve(), widen: async () => {} };
    const reports = new Set<string>();
    const seen = new Set<string>();
    const key = (ref: Ref) => `${ref.from} ${ref.part} ${ref.id}`;
    let ready = () => {};
    const shown = new Promise<void>((resolve) => (ready = resolve));
    answers.all = client.search(query, filters, sections, (found) => {
      answers.total += found.groups.length + found.others.length;
      for (const g of found.groups) reports.add(g.report);
      for (const r of [...found.groups.flatMap((g) => g.refs), ...found.others]) seen.add(key(r));
      join(answers.rest.groups, found.groups);
      join(answers.rest.others, found.others);
      if (answers.rest.groups.length >= enough) ready();
    });
    void answers.all.then(ready, ready);
    await shown;
    // Not after a name asked whole (大朗): the index holds it so, and its characters apart are the biggest chunks there are.
    if (i < queries.length - 1 && !queries[i + 1]!.startsWith('"'))
      answers.widen = () =>
        client.search(
          queries.at(-1)!,
          filters,
          sections,
          (found) => {
            const after = <T extends { score: number }>(x: T): T => ({ ...x, score: x.score - AFTER });
            const fresh = (refs: Ref[]) => refs.filter((r) => !seen.has(key(r))).map(after);
            // A report found already gains records only where every record of it was asked for (a search within it).
            // How many of a report's records hold the phrase is not known: no count is stated.
            const groups = found.groups
              .filter((g) => sections === Infinity || !reports.has(g.report))
              .map((g) => ({ ...after(g), count: 0, refs: fresh(g.refs) }))
              .filter((g) => g.refs.length > 0);
            join(answers.rest.groups, groups);
            join(answers.rest.others, fresh(found.others));
          },
          queries.at(-1)!.split(' ').length,
        );
    if (answers.total > 0 || i === queries.length - 1) return answers;
    await answers.all;
  }
  throw new Error('searchInTurn: no query');
}

/** `more` merged into `list` by score (both in score order). */
function join<T extends { score: number }>(list: T[], more: T[]): void {
  if (more.length === 0) return;
  list.push(...more);
  list.sort((a, b) => b.score - a.score);
}
