// Searches some parts of the site's Pagefind index (src/site/search/indexSite.ts) as one Pagefind (the first part and
// the others merged into it: one copy of Pagefind's WebAssembly), and sums up the results without loading any: reader
// records grouped by report from each part's records.json (best score, how many, the best few), other pages by score.
// Runs in a worker (searchWorker.ts), one per core, each over its share of the parts; the search page merges their
// answers (searchClient.ts).

export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  preload(query: string): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}

/** A result by its place in this searcher's last search. */
export interface HitRef {
  ref: number;
  score: number;
}
/** A report's records among the results: the best score, how many, and the best `sections` of them. */
export interface GroupRef {
  report: string;
  score: number;
  count: number;
  refs: HitRef[];
}
export interface PartAnswer {
  serial: number;
  groups: GroupRef[];
  others: HitRef[];
}

export class PartSearch {
  private pagefind: Pagefind | null = null;
  /** A second Pagefind over the same parts for searches with filters (made on the first need). */
  private filtered: Promise<Pagefind> | null = null;
  private open: (copy: string) => Promise<Pagefind> = () => Promise.reject(new Error('no index'));
  /** Pagefind id of a reader record → its report's title. */
  private reportOf = new Map<string, string>();
  private reports = new Set<string>();
  private last: PagefindResult[] = [];
  private serial = 0;

  /** `root`: the site root URL; `baseUrl`: its path, which Pagefind's result URLs start with; `dirs`: parts under pagefind/. */
  async init(root: string, baseUrl: string, dirs: string[]): Promise<void> {
    if (dirs.length === 0) return;
    const bases = dirs.map((dir) => new URL(`pagefind/${dir}`, root).href);
    this.open = async (copy) => {
      // Each copy of the module (another query string) is a Pagefind with its own WebAssembly memory.
      const api = (await import(/* @vite-ignore */ `${bases[0]}pagefind.js${copy}`)) as PagefindModule;
      // On the page's own thread (no module workers) Pagefind would start a worker of its own.
      const pagefind = api.createInstance({ basePath: bases[0], baseUrl, excerptLength: 40, noWorker: true });
      // Pagefind's own order: the first part (holding the root index when it is among them) merges the others.
      for (const base of bases.slice(1)) await pagefind.mergeIndex(base, { baseUrl });
      // Loads the WebAssembly and every part's metadata now rather than on the first search.
      await pagefind.search('');
      return pagefind;
    };
    const [pagefind, records] = await Promise.all([
      this.open(''),
      Promise.all(
        bases.map((base) =>
          fetch(`${base}records.json`)
            .then((r) => (r.ok ? (r.json() as Promise<[string, string][]>) : []))
            .catch(() => []),
        ),
      ),
    ]);
    for (const [report, ids] of records.flat()) {
      this.reports.add(report);
      for (const id of ids.split(' ')) this.reportOf.set(id, report);
    }
    this.pagefind = pagefind;
  }

  /**
   * The Pagefind that searches with filters. Once a Pagefind has loaded a filter's index, each of its searches counts
   * its results per value of it (with the reports' filter, a common word's search at 1,000 reports took 2–3 s), so
   * searches without filters keep a Pagefind that never loads one.
   */
  prepareFilters(): Promise<Pagefind> {
    this.filtered ??= this.open('?filters');
    return this.filtered;
  }

  /**
   * Searches the parts (when `filters.report` is set, only if they hold it, keeping that report's records), and
   * sums up: the reports' groups in order of their best record, with the best `sections` of each, and the other
   * pages in score order. A later `data` call loads the ones shown.
   */
  async search(query: string, filters: Record<string, string>, sections: number): Promise<PartAnswer> {
    const serial = ++this.serial;
    const { report } = filters;
    // Within one report only the worker holding it searches, and keeps that report's records.
    const skip = !this.pagefind || (report !== undefined && !this.reports.has(report));
    const pagefind = skip ? null : Object.keys(filters).length > 0 ? await this.prepareFilters() : this.pagefind;
    const found = (await pagefind?.search(query, { filters }))?.results ?? [];
    let all = found.map((result) => ({ result, report: this.reportOf.get(result.id) }));
    if (report) all = all.filter((hit) => hit.report === report);
    all.sort((a, b) => b.result.score - a.result.score);
    if (serial !== this.serial) return { serial, groups: [], others: [] };
    this.last = all.map((hit) => hit.result);
    const groups = new Map<string, GroupRef>();
    const others: HitRef[] = [];
    all.forEach(({ result, report }, ref) => {
      const hit = { ref, score: result.score };
      if (report === undefined) {
        others.push(hit);
        return;
      }
      let group = groups.get(report);
      if (!group) groups.set(report, (group = { report, score: hit.score, count: 0, refs: [] }));
      group.count++;
      if (group.refs.length < sections) group.refs.push(hit);
    });
    return { serial, groups: [...groups.values()], others };
  }

  /** Loads the index chunks `query` will need (as it is typed), so that searching it runs on what is loaded. */
  async preload(query: string): Promise<void> {
    await this.pagefind?.preload(query);
  }

  /** The data of results of the last search (null for a search that is no longer the last). */
  async data(serial: number, refs: number[]): Promise<(PagefindResultData | null)[]> {
    if (serial !== this.serial) return refs.map(() => null);
    const results = this.last;
    return Promise.all(
      refs.map(async (ref) => {
        const result = results[ref];
        if (!result) return null;
        const { url, content, excerpt, meta } = await result.data();
        return { url, content, excerpt, meta };
      }),
    );
  }
}
