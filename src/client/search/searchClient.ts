// The search page's side of the full-text search: the index's parts (pagefind/parts.json) shared out among workers,
// one per core up to MAX_WORKERS (search/worker.js, each a PartSearch over its share), searched at once and their
// answers merged by Pagefind's scores. A word in every report makes each part score thousands of records: on one
// thread, as Pagefind's own mergeIndex does, the parts wait for each other, and every result crossed to the page.
// Here each worker sends back the reports' groups and the scores only; the page then asks for the few it shows.
import { PartSearch, type GroupRef, type HitRef, type PagefindResultData, type PartAnswer } from './partSearch.ts';

const MAX_WORKERS = 4;

/** A result with the worker (or searcher) that holds it. */
export interface Ref extends HitRef {
  from: number;
  serial: number;
}
export interface Group extends Omit<GroupRef, 'refs'> {
  refs: Ref[];
}
export interface Found {
  groups: Group[];
  others: Ref[];
}

interface Searcher {
  preload(query: string): Promise<void>;
  prepareFilters(): Promise<unknown>;
  search(query: string, filters: Record<string, string>, sections: number): Promise<PartAnswer>;
  data(serial: number, refs: number[]): Promise<(PagefindResultData | null)[]>;
}

export class SearchClient {
  private constructor(private readonly searchers: Searcher[]) {}

  /** Null when the index cannot load (from disk, or no index). */
  static async open(root: URL): Promise<SearchClient | null> {
    if (root.protocol === 'file:') return null;
    try {
      const more = await fetch(new URL('pagefind/parts.json', root))
        .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
        .catch(() => []);
      const dirs = ['', ...more];
      const count = Math.max(1, Math.min(dirs.length, MAX_WORKERS, navigator.hardwareConcurrency || 2));
      const shares = Array.from({ length: count }, (_, i) => dirs.filter((_, j) => j % count === i));
      let searchers: Searcher[];
      try {
        searchers = await Promise.all(shares.map((share) => workerSearcher(root, share)));
      } catch {
        // No module workers: every part searched on the page's own thread.
        const local = new PartSearch();
        await local.init(root.href, root.pathname, dirs);
        searchers = [local];
      }
      return new SearchClient(searchers);
    } catch {
      return null;
    }
  }

  /** Every searcher's answer merged: reports' groups by their best score, other pages by score. */
  async search(query: string, filters: Record<string, string>, sections: number): Promise<Found> {
    const answers = await Promise.all(this.searchers.map((s) => s.search(query, filters, sections)));
    const tag = (from: number, serial: number) => (hit: HitRef) => ({ ...hit, from, serial });
    const groups = answers.flatMap((a, from) => a.groups.map((g) => ({ ...g, refs: g.refs.map(tag(from, a.serial)) })));
    const others = answers.flatMap((a, from) => a.others.map(tag(from, a.serial)));
    groups.sort((a, b) => b.score - a.score);
    others.sort((a, b) => b.score - a.score);
    return { groups, others };
  }

  /** Readies the searches with filters (their own Pagefind in each worker) while the filters are being chosen. */
  prepareFilters(): void {
    for (const s of this.searchers) void s.prepareFilters().catch(() => {});
  }

  /** Loads what searching `query` will need, in every part. */
  async preload(query: string): Promise<void> {
    await Promise.all(this.searchers.map((s) => s.preload(query)));
  }

  /** The data of results, in their order (null for those of a search overtaken by a newer one). */
  async data(refs: Ref[]): Promise<(PagefindResultData | null)[]> {
    const out: (PagefindResultData | null)[] = refs.map(() => null);
    await Promise.all(
      this.searchers.map(async (searcher, from) => {
        const mine = refs.map((r, i) => ({ r, i })).filter(({ r }) => r.from === from);
        if (mine.length === 0) return;
        const loaded = await searcher.data(
          mine[0]!.r.serial,
          mine.map(({ r }) => r.ref),
        );
        mine.forEach(({ i }, k) => (out[i] = loaded[k] ?? null));
      }),
    );
    return out;
  }
}

/** A PartSearch on a worker of its own, over `dirs`. */
async function workerSearcher(root: URL, dirs: string[]): Promise<Searcher> {
  const worker = new Worker(new URL('search/worker.js', root), { type: 'module' });
  let next = 0;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const fail = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
    const p = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.error !== undefined) p?.reject(new Error(event.data.error));
    else p?.resolve(event.data.result);
  });
  worker.addEventListener('error', () => fail(new Error('search worker failed')));
  const call = <T>(method: string, ...args: unknown[]) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, method, args });
    });
  await call<void>('init', root.href, root.pathname, dirs);
  return {
    preload: (query) => call<void>('preload', query),
    prepareFilters: () => call<void>('prepareFilters'),
    search: (query, filters, sections) => call<PartAnswer>('search', query, filters, sections),
    data: (serial, refs) => call<(PagefindResultData | null)[]>('data', serial, refs),
  };
}
