// Searches some parts of the site's Pagefind index (src/site/search/indexSite.ts), a Pagefind each (sharing one copy of
// Pagefind's WebAssembly), and sums up each part's results as soon as that part has answered, without loading any: reader records grouped by report from the part's records.json (best score, how
// many, the best few), other pages by score. Runs in a worker (searchWorker.ts), one per core, each over its share of
// the parts; the search page merges their answers as they come (searchClient.ts).
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  /** The result's fragment (fragments.ts loads it). */
  id: string;
  score: number;
  /** Where in the page the words were found (the how-manieth word). */
  words: number[];
}
interface Pagefind {
  preload(query: string): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}

/** A result: its fragment in its part (by its place in this searcher's parts). */
export interface HitRef {
  part: number;
  id: string;
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
  /**
   * A Pagefind per part rather than the others merged into the first (Pagefind's mergeIndex): its search would wait
   * for every part, and a word in every report for the slowest of them, before any result is shown.
   */
  private pagefinds: Pagefind[] = [];
  /** Others over the same parts for searches with filters (made on the first need). */
  private filtered: Promise<Pagefind[]> | null = null;
  private open: (copy: string) => Promise<Pagefind[]> = () => Promise.reject(new Error('no index'));
  /**
   * By part, Pagefind id of a reader record → its report's title. Per part: ids are short hashes, and two parts may
   * hold different records under one id (at 1,000 reports one id stood for a record of synthetic-0025 in one part and
   * of synthetic-0802 in another, and the first was counted as the second's).
   */
  private reportOf: Map<string, string>[] = [];
  private reports = new Set<string>();
  private serial = 0;

  /** `root`: the site root URL; `baseUrl`: its path, which Pagefind's result URLs start with; `dirs`: parts under pagefind/. */
  async init(root: string, baseUrl: string, dirs: string[]): Promise<void> {
    if (dirs.length === 0) return;
    const bases = dirs.map((dir) => new URL(`pagefind/${dir}`, root).href);
    this.open = async (copy) => {
      // Each copy of the module (another query string) has its own WebAssembly memory, shared by its Pagefinds.
      const api = (await import(/* @vite-ignore */ `${bases[0]}pagefind.js${copy}`)) as PagefindModule;
      // On the page's own thread (no module workers) Pagefind would start a worker of its own.
      const create = (basePath: string) => api.createInstance({ basePath, baseUrl, excerptLength: 40, noWorker: true });
      // Loads the WebAssembly and each part's metadata now rather than on the first search; the first part alone
      // first, as the others' would otherwise each instantiate the module's WebAssembly (the last one winning).
      const first = create(bases[0]!);
      await first.search('');
      const others = bases.slice(1).map(create);
      await Promise.all(others.map((pagefind) => pagefind.search('')));
      return [first, ...others];
    };
    const [pagefinds, records] = await Promise.all([
      this.open(''),
      Promise.all(
        bases.map((base) =>
          fetch(`${base}records.json`)
            .then((r) => (r.ok ? (r.json() as Promise<[string, string][]>) : []))
            .catch(() => []),
        ),
      ),
    ]);
    this.reportOf = records.map((part) => {
      const reportOf = new Map<string, string>();
      for (const [report, ids] of part) {
        this.reports.add(report);
        for (const id of ids.split(' ')) reportOf.set(id, report);
      }
      return reportOf;
    });
    this.pagefinds = pagefinds;
  }

  /**
   * The Pagefind that searches with filters. Once a Pagefind has loaded a filter's index, each of its searches counts
   * its results per value of it (with the reports' filter, a common word's search at 1,000 reports took 2–3 s), so
   * searches without filters keep a Pagefind that never loads one.
   */
  prepareFilters(): Promise<Pagefind[]> {
    this.filtered ??= this.open('?filters');
    return this.filtered;
  }

  /**
   * Searches the parts (when `filters.report` is set, only if they hold it, keeping that report's records), and sums
   * up each part's results as it answers (`onPart`): the reports' groups in order of their best record, with the best
   * `sections` of each, and the other pages in score order (the page loads the data of those it shows). Resolves once
   * every part has answered; a search overtaken by a newer one answers nothing more.
   */
  async search(
    query: string,
    filters: Record<string, string>,
    sections: number,
    onPart: (answer: PartAnswer) => void,
    near = 0,
  ): Promise<void> {
    const serial = ++this.serial;
    const { report } = filters;
    // Within one report only the worker holding it searches, and keeps that report's records.
    if (this.pagefinds.length === 0 || (report !== undefined && !this.reports.has(report))) return;
    const pagefinds = Object.keys(filters).length > 0 ? await this.prepareFilters() : this.pagefinds;
    await Promise.all(
      pagefinds.map(async (pagefind, part) => {
        let found = (await pagefind.search(query, { filters }))?.results ?? [];
        if (near > 1) found = found.filter((result) => together(result.words, near));
        if (serial !== this.serial) return;
        onPart(this.sumUp(serial, part, found, report, sections));
      }),
    );
  }

  private sumUp(serial: number, part: number, found: PagefindResult[], report: string | undefined, sections: number): PartAnswer {
    let all = found.map((result) => ({ result, report: this.reportOf[part]?.get(result.id) }));
    if (report) all = all.filter((hit) => hit.report === report);
    all.sort((a, b) => b.result.score - a.result.score);
    const groups = new Map<string, GroupRef>();
    const others: HitRef[] = [];
    for (const { result, report } of all) {
      const hit = { part, id: result.id, score: result.score };
      if (report === undefined) {
        others.push(hit);
        continue;
      }
      let group = groups.get(report);
      if (!group) groups.set(report, (group = { report, score: hit.score, count: 0, refs: [] }));
      group.count++;
      if (group.refs.length < sections) group.refs.push(hit);
    }
    return { serial, groups: [...groups.values()], others };
  }

  /** Loads the index chunks `query` will need (as it is typed), so that searching it runs on what is loaded. */
  async preload(query: string): Promise<void> {
    await Promise.all(this.pagefinds.map((pagefind) => pagefind.preload(query)));
  }
}

/**
 * Whether `count` of the words found stand together (within one word more than their number): a phrase the index cut
 * otherwise than the query, rather than its words strewn over the page.
 */
function together(words: number[], count: number): boolean {
  const at = [...new Set(words)].sort((a, b) => a - b);
  for (let i = 0; i + count - 1 < at.length; i++) if (at[i + count - 1]! - at[i]! <= count) return true;
  return false;
}
