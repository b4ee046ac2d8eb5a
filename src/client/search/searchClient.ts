// The search page's side of the full-text search: the index's parts (pagefind/parts.json) shared out among workers,
// one per core up to MAX_WORKERS (search/worker.js, each a PartSearch over its share), searched at once and their
// answers merged by Pagefind's scores. A word in every report makes each part score thousands of records: on one
// thread, as Pagefind's own mergeIndex does, the parts wait for each other, and every result crossed to the page.
// Here each worker sends back the reports' groups and the scores only, part by part as each answers (the page shows
// its first results before the slowest part has answered); the page then asks for the few it shows.
import { loadFragment } from './fragments.ts';
import { PartSearch, type GroupRef, type HitRef, type PagefindResultData, type PartAnswer } from './partSearch.ts';

const MAX_WORKERS = 4;

/** A result with the worker (or searcher) that found it. */
export interface Ref extends HitRef {
  from: number;
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
  search(
    query: string,
    filters: Record<string, string>,
    sections: number,
    onPart: (answer: PartAnswer) => void,
    near?: number,
  ): Promise<void>;
}

export class SearchClient {
  private constructor(
    private readonly root: URL,
    private readonly searchers: Searcher[],
    /** Each searcher's parts: their folders' URLs. */
    private readonly bases: string[][],
  ) {}

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
      const base = (dir: string) => new URL(`pagefind/${dir}`, root).href;
      try {
        const searchers = await Promise.all(shares.map((share) => workerSearcher(root, share)));
        return new SearchClient(
          root,
          searchers,
          shares.map((share) => share.map(base)),
        );
      } catch {
        // No module workers: every part searched on the page's own thread.
        const local = new PartSearch();
        await local.init(root.href, root.pathname, dirs);
        return new SearchClient(root, [local], [dirs.map(base)]);
      }
    } catch {
      return null;
    }
  }

  /**
   * Searches every part, handing each part's answer to `onPart` as it comes (reports' groups and other pages, each in
   * score order); resolves once every part has answered. With `near`, only pages where that many of the words found
   * stand together.
   */
  async search(
    query: string,
    filters: Record<string, string>,
    sections: number,
    onPart: (found: Found) => void,
    near?: number,
  ): Promise<void> {
    await Promise.all(
      this.searchers.map((s, from) =>
        s.search(
          query,
          filters,
          sections,
          (answer) => {
            const tag = (hit: HitRef): Ref => ({ ...hit, from });
            onPart({ groups: answer.groups.map((g) => ({ ...g, refs: g.refs.map(tag) })), others: answer.others.map(tag) });
          },
          near,
        ),
      ),
    );
  }

  /** Readies the searches with filters (their own Pagefind in each worker) while the filters are being chosen. */
  prepareFilters(): void {
    for (const s of this.searchers) void s.prepareFilters().catch(() => {});
  }

  /** Loads what searching `query` will need, in every part. */
  async preload(query: string): Promise<void> {
    await Promise.all(this.searchers.map((s) => s.preload(query)));
  }

  /** The data of results, in their order (null for one that cannot load). */
  async data(refs: Ref[]): Promise<(PagefindResultData | null)[]> {
    return Promise.all(refs.map((r) => loadFragment(this.bases[r.from]![r.part]!, r.id, this.root.pathname)));
  }
}

/** A PartSearch on a worker of its own, over `dirs`. */
async function workerSearcher(root: URL, dirs: string[]): Promise<Searcher> {
  const worker = new Worker(new URL('search/worker.js', root), { type: 'module' });
  let next = 0;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; progress?(v: unknown): void }>();
  const fail = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<{ id: number; result?: unknown; error?: string; progress?: unknown }>) => {
    const p = pending.get(event.data.id);
    if ('progress' in event.data) return p?.progress?.(event.data.progress);
    pending.delete(event.data.id);
    if (event.data.error !== undefined) p?.reject(new Error(event.data.error));
    else p?.resolve(event.data.result);
  });
  worker.addEventListener('error', () => fail(new Error('search worker failed')));
  const call = <T>(method: string, args: unknown[], progress?: (v: never) => void) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress: progress as ((v: unknown) => void) | undefined });
      worker.postMessage({ id, method, args });
    });
  await call<void>('init', [root.href, root.pathname, dirs]);
  return {
    preload: (query) => call<void>('preload', [query]),
    prepareFilters: () => call<void>('prepareFilters', []),
    search: (query, filters, sections, onPart, near) => call<void>('search', [query, filters, sections, near], onPart),
  };
}
