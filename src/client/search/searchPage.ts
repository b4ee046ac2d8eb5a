import { KIND_COLOURS } from '../graph/colours.ts';
import { append, clear, el } from '../graph/dom.ts';
import { suggest } from '../graph/suggest.ts';
import { searchLabels as L } from '../../site/search/labels.ts';
import { queryTerms, rerank, TIER, type SearchHit } from '../../site/search/rerank.ts';
import { headingAt, sentenceAt } from '../../site/search/sentenceStarts.ts';
import { literalExcerpt, literalExcerptAt, partialExcerpt } from './excerpt.ts';
import { loadFold, type Fold } from './foldQuery.ts';
import { loadNames, nameResult, type NameItem } from './names.ts';
import { combobox } from './combobox.ts';
import { fillFilter, loadFilterValues } from './filters.ts';
import { pageUrl } from './siteRoot.ts';
import { pagefindQueries, queryWords } from './queryWords.ts';
import { SearchClient, type Found } from './searchClient.ts';
import { searchInTurn } from './searchInTurn.ts';
import { toHit, type Hit } from './hits.ts';

/** Reports (each with its best few sections) and other pages whose data is loaded at a time, re-ranked together. */
const BATCH = 20;
/** The first batch, shown as soon as it is loaded (a first screen of results; the rest of the page follows). */
const FIRST_BATCH = 10;
/**
 * Reports' sections loaded per batch at most: a report shows up to SECTIONS_SHOWN of them when few reports hold the
 * words, its best one when many do (each section is a request: 60 of them took longer than the search itself).
 */
const SECTIONS_LOADED = 30;
const PAGE = 20;
/** Sections of one report shown under it; the others are a search filtered by that report away. */
const SECTIONS_SHOWN = 3;
const FILTERS = ['type', 'report', 'place'] as const;
type FilterKey = (typeof FILTERS)[number];

/** A report in the results: its sections holding the query, a few shown and the others counted. */
interface ReportGroup {
  sections: HTMLUListElement;
  more: HTMLAnchorElement;
  hidden: number;
  /** Its records holding the words, as the index counted them. */
  count: number;
}

/** The search page: Pagefind's full-text index, re-ranked by literal matches; entity names alone when it cannot load. */
export class SearchPage {
  private readonly root: URL;
  private readonly form: HTMLFormElement;
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private client: SearchClient | null = null;
  private names: NameItem[] = [];
  /** Traditional → simplified: every page is indexed in simplified characters, so queries are folded to them. */
  private fold: Fold = (text) => text;
  private shown = 0;
  private items: HTMLElement[] = [];
  /** Results not loaded yet, and how to load the next batch of them. */
  private rest: Found = { groups: [], others: [] };
  private loadRest: () => Promise<void> = async () => {};
  /** Once the phrase's own pages are all taken: adds those the index cut otherwise (searchInTurn.ts), after them. */
  private widen: (() => Promise<void>) | null = null;
  /** Shows the filters when they are not shown yet. */
  private showFilters: HTMLButtonElement | null = null;
  /** Each search run gets a number, so a late batch of an earlier search is dropped. */
  private runId = 0;
  /** Passages already shown as an excerpt in this search: a sentence repeated on several pages is shown once. */
  private shownPassages = new Set<string>();
  /** Reports listed in this search, by page: their further sections join them. */
  private groups = new Map<string, ReportGroup>();
  /** The query's words as Pagefind searched them (marked in partial matches). */
  private words: string[] = [];
  /** Reports' records holding the words, by report title, as the index counted them. */
  private counts = new Map<string, number>();

  constructor(container: HTMLElement, root: URL) {
    this.root = root;
    this.form = container.querySelector('form')!;
    this.input = this.form.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.status = container.querySelector<HTMLElement>('[data-kg-search-status]')!;
    this.results = container.querySelector<HTMLOListElement>('[data-kg-results]')!;
    this.more = container.querySelector<HTMLButtonElement>('[data-kg-more]')!;
    this.more.addEventListener('click', () => void this.showMore());
    // Names as one types; Enter without a highlighted name searches the full text.
    const listbox = combobox({
      input: this.input,
      options: (value) =>
        suggest(this.names, this.fold(value), 8).map((n) => ({
          id: n.path,
          text: n.name,
          note: L.entityTypes[n.type],
          colour: KIND_COLOURS[n.type],
        })),
      onChoose: (option) => location.assign(pageUrl(this.root, option.id)),
      onEnter: () => {
        this.navigate();
        return true;
      },
    });
    this.input.parentElement!.classList.add('kg-search-input');
    // While a query is typed, the index chunks it needs load: Enter then searches what is loaded.
    let typing: ReturnType<typeof setTimeout> | undefined;
    this.input.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => {
        const query = this.fold(this.input.value.trim());
        if (query && this.client) void this.client.preload(pagefindQueries(query)[0]!).catch(() => {});
      }, 200);
    });
    this.input.insertAdjacentElement('afterend', listbox);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.navigate();
    });
    for (const key of FILTERS) this.select(key)?.addEventListener('change', () => this.navigate());
    window.addEventListener('popstate', () => void this.run());
    this.showFilters = this.form.querySelector<HTMLButtonElement>('[data-kg-show-filters]');
    this.showFilters?.addEventListener('click', () => void this.fillFilters(new URLSearchParams(location.search)));
  }

  async start(): Promise<void> {
    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') ?? '';
    [this.names, this.client, this.fold] = await Promise.all([loadNames(this.root), SearchClient.open(this.root), loadFold(this.root)]);
    // The filters' values and counts (pagefind/filters.json, written with the index) load when asked for: the button,
    // or a link that filters already.
    if (!this.client || FILTERS.some((key) => params.get(key))) await this.fillFilters(params);
    else if (this.showFilters) this.showFilters.hidden = false;
    await this.run();
  }

  private select(key: FilterKey): HTMLSelectElement | null {
    return this.form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
  }

  /** The query and filters go into the URL, so a search can be linked and the back button works. */
  private navigate(): void {
    const params = new URLSearchParams();
    if (this.input.value.trim()) params.set('q', this.input.value.trim());
    for (const key of FILTERS) {
      const value = this.select(key)?.value;
      if (value) params.set(key, value);
    }
    history.pushState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    void this.run();
  }

  private async fillFilters(params: URLSearchParams): Promise<void> {
    if (this.showFilters) this.showFilters.hidden = true;
    this.client?.prepareFilters();
    const available = await loadFilterValues(this.root, this.client !== null);
    for (const key of FILTERS) {
      const select = this.select(key);
      if (select)
        select.closest<HTMLElement>('.kg-filter')!.hidden = fillFilter(select, key, available[key] ?? {}, params.get(key) ?? '') < 2;
    }
  }

  private async run(): Promise<void> {
    // Tests and scripts wait for "done": a search in progress must not look finished.
    document.documentElement.dataset.kgSearch = 'running';
    const params = new URLSearchParams(location.search);
    const query = params.get('q')?.trim() ?? '';
    this.input.value = query;
    for (const key of FILTERS) {
      const select = this.select(key);
      if (select) select.value = params.get(key) ?? '';
    }
    clear(this.results);
    this.runId++;
    this.items = [];
    this.shownPassages = new Set();
    this.groups = new Map();
    this.rest = { groups: [], others: [] };
    this.widen = null;
    this.counts = new Map();
    this.shown = 0;
    this.more.hidden = true;
    document.title = query ? `${query} · ${L.title}` : document.title;
    if (!query) {
      this.status.textContent = this.client ? L.intro : this.root.protocol === 'file:' ? L.offline : L.unavailable;
      this.done();
      return;
    }
    this.status.textContent = L.searching;
    const run = this.runId;
    if (this.client) await this.fullText(query, params);
    else this.namesOnly(this.fold(query), params);
    if (run === this.runId) this.done();
  }

  private async fullText(query: string, params: URLSearchParams): Promise<void> {
    const filters: Record<string, string> = {};
    for (const key of FILTERS) {
      const value = params.get(key);
      if (value) filters[key] = value;
    }
    const run = this.runId;
    const typed = query;
    query = this.fold(query);
    const client = this.client!;
    const sectionsShown = filters.report ? Infinity : SECTIONS_SHOWN;
    const answers = await searchInTurn(client, pagefindQueries(query), filters, sectionsShown, FIRST_BATCH);
    // A newer search started meanwhile (back button, a filter changed): its results win.
    if (run !== this.runId) return;
    performance.mark('kg-search:index'); // for npm run bench: the index searched, nothing of the results loaded yet
    this.rest = answers.rest;
    const terms = queryTerms(query);
    this.words = queryWords(query).replace(/"/g, '').split(' ').filter(Boolean);
    let phrase = false;
    let firstBatch = true;
    const add = (hit: Hit, tier: number) => {
      const item = hit.reader ? this.sectionItem(hit, tier, terms, typed, sectionsShown) : this.hitItem(hit, tier, terms);
      if (item) this.items.push(item);
    };
    // A batch: the next reports, each with its best sections, and the next other pages, re-ranked by what was typed.
    let asked = 0;
    const batch = async () => {
      // Pagefind matches a phrase of several words across punctuation too (整改，措施 for 整改措施), which the literal
      // check then leaves out: after a batch that listed few of its reports, the next loads as many as should fill a page.
      // The first page: a first batch shown at once, then the reports that fill it (not a whole batch more).
      const size = firstBatch ? FIRST_BATCH : asked < BATCH ? BATCH - asked : BATCH;
      const listedShare = asked ? Math.max(this.groups.size / asked, 0.2) : 1;
      const groups = this.rest.groups.splice(0, Math.ceil(size / listedShare));
      asked += groups.length;
      // Reports come before other pages whose text or name holds the words: a batch full of reports needs only a few.
      const others = this.rest.others.splice(0, groups.length < size ? size : size / 4);
      for (const g of groups) this.counts.set(g.report, g.count);
      const budget = (size / BATCH) * SECTIONS_LOADED;
      const each = filters.report ? Infinity : Math.max(1, Math.floor(budget / Math.max(1, groups.length)));
      const data = await client.data([...groups.flatMap((g) => g.refs.slice(0, each)), ...others]);
      if (run !== this.runId) return null;
      const ranked = rerank(
        query,
        data.flatMap((d) => (d ? [toHit(d)] : [])),
        this.names,
      );
      if (firstBatch) phrase = ranked.literal;
      firstBatch = false;
      // The query is a phrase: once a page holds it as typed, pages holding only some of its characters are left out.
      for (const { hit, tier } of ranked.hits) if (!phrase || tier < TIER.partial) add(hit, tier);
      return ranked;
    };
    // The first batch decides whether the words are found as typed; an entity named exactly so comes first even when
    // Pagefind ranked its page low or a filter hid nothing of it.
    const first = await batch();
    if (!first) return;
    performance.mark('kg-search:loaded');
    const listed = new Set(first.hits.filter((r) => r.tier === TIER.exactName).map((r) => r.hit.entity));
    const exact = this.names.filter((n) => first.exactNames.some((e) => e.id === n.id) && !listed.has(n.id));
    const named = exact
      .filter((item) => !filters.type || filters.type === L.entityTypes[item.type])
      .map((item) => nameResult(this.root, item, terms));
    this.items.unshift(...named);
    this.loadRest = async () => {
      if (run === this.runId) await batch();
    };
    this.widen = () => answers.all.then(() => answers.widen());
    // The count: the pages the index found, or those listed when a phrase's last batch left out pages lacking it.
    const status = () => {
      const count = phrase && this.pending() === 0 ? this.items.length : Math.max(answers.total, this.items.length);
      this.status.textContent =
        this.items.length === 0 ? L.none(typed) : phrase || first.exactNames.length > 0 ? L.results(count, typed) : L.partialOnly(typed);
    };
    status();
    await Promise.all([this.showMore(), answers.all]);
    if (run !== this.runId) return;
    // The parts that answered after the first batch: the first page filled with them if short.
    await this.showMore(PAGE);
    if (run === this.runId) status();
  }

  private namesOnly(query: string, params: URLSearchParams): void {
    const type = params.get('type');
    const found = suggest(this.names, query, 200).filter((n) => !type || L.entityTypes[n.type] === type);
    const terms = queryTerms(query);
    for (const item of found) this.items.push(nameResult(this.root, item, terms));
    const notice = this.root.protocol === 'file:' ? L.offline : L.unavailable;
    this.status.textContent = `${notice} ${found.length ? L.results(found.length, query) : L.none(query)}`;
    void this.showMore();
  }

  private pending(): number {
    return this.rest.groups.length + this.rest.others.length;
  }

  /** The next page of results (up to `end`), each batch shown as soon as it is loaded. */
  private async showMore(end = this.shown + PAGE): Promise<void> {
    const run = this.runId;
    for (;;) {
      const next = this.items.slice(this.shown, end);
      append(this.results, ...next);
      // For npm run bench: the first results shown.
      if (this.shown === 0 && next.length > 0) performance.mark('kg-search:first');
      this.shown += next.length;
      const widen = this.pending() === 0 ? this.widen : null;
      this.widen = widen ? null : this.widen;
      if (widen) await widen();
      if (run !== this.runId) return;
      if (this.shown >= end || this.pending() === 0) break;
      await this.loadRest();
      if (run !== this.runId) return;
    }
    this.more.hidden = this.shown >= this.items.length && this.pending() === 0;
  }

  private hitItem(hit: Hit, tier: number, terms: string[]): HTMLElement {
    const href = this.localUrl(hit.url);
    const excerpt = tier < TIER.partial ? literalExcerpt(hit.content, terms, this.shownPassages) : partialExcerpt(hit.content, this.words);
    return el(
      'li',
      { class: 'kg-result', 'data-kind': hit.entity ? 'entity' : 'page' },
      el(
        'p',
        { class: 'kg-result-head' },
        hit.type && el('span', { class: 'kg-result-type', style: this.typeColour(hit.entity) }, hit.type),
        el('a', { href, class: 'kg-result-title' }, hit.title),
        tier === TIER.exactName && el('span', { class: 'kg-result-note' }, L.exact),
        tier === TIER.partial && el('span', { class: 'kg-result-note kg-partial' }, L.partial),
      ),
      excerpt,
    );
  }

  /**
   * A section of a report's reader: listed under its report (a new result for the report's first section, joining it
   * for the others), linked to the sentence that holds the words. Null when it joined a report already listed, or
   * when every place it holds the words was shown already.
   */
  private sectionItem(hit: Hit, tier: number, terms: string[], typed: string, shown: number): HTMLElement | null {
    let excerpt: HTMLElement;
    let target = hit.url;
    let label = hit.section || L.reportStart;
    if (tier < TIER.partial) {
      // A record may hold several sections: the match names its own, whose heading the excerpt then leaves out.
      const heading = (at: number) => headingAt(hit.content, hit.starts, hit.headings, at, hit.folded);
      const inCopy = (at: number) => hit.folded !== undefined && at > hit.folded;
      const from = (at: number) => (inCopy(at) ? 0 : (heading(at)?.end ?? 0));
      // A report is listed even when its passage was shown under another (a sentence the reports share); its further
      // sections only with passages of their own.
      const found =
        literalExcerptAt(hit.content, terms, this.shownPassages, from) ??
        (this.groups.has(hit.page) ? null : literalExcerptAt(hit.content, terms, new Set(), from));
      if (!found) return null;
      excerpt = found.excerpt;
      label = heading(found.at)?.text ?? label;
      const sentence = sentenceAt(hit.starts, found.at, hit.folded);
      if (sentence) target = `${hit.page}#${sentence}`;
    } else excerpt = partialExcerpt(hit.content, this.words);
    const entry = el('li', { class: 'kg-section' }, el('a', { href: this.localUrl(target), class: 'kg-section-title' }, label), excerpt);
    const group = this.groups.get(hit.page);
    if (group) {
      if (group.sections.childElementCount < shown) append(group.sections, entry);
      else group.hidden++;
      this.countMore(group);
      return null;
    }
    const params = new URLSearchParams({ q: typed, report: hit.title });
    const more = el('a', { class: 'kg-more-sections', href: pageUrl(this.root, `search/?${params}`), hidden: true });
    const sections = el('ul', { class: 'kg-subresults', 'aria-label': L.inPage }, entry);
    const created = { sections, more, hidden: 0, count: this.counts.get(hit.title) ?? 0 };
    this.groups.set(hit.page, created);
    this.countMore(created);
    return el(
      'li',
      { class: 'kg-result', 'data-kind': 'page' },
      el(
        'p',
        { class: 'kg-result-head' },
        hit.type && el('span', { class: 'kg-result-type' }, hit.type),
        el('a', { href: this.localUrl(hit.page), class: 'kg-result-title' }, hit.title),
        tier === TIER.partial && el('span', { class: 'kg-result-note kg-partial' }, L.partial),
      ),
      sections,
      el('p', { class: 'kg-more-line' }, more),
    );
  }

  /** A report's sections not shown: those loaded beyond the few shown, or those the index counted and none loaded. */
  private countMore(group: ReportGroup): void {
    const hidden = Math.max(group.hidden, group.count - group.sections.childElementCount);
    group.more.textContent = L.moreInReport(hidden);
    group.more.hidden = hidden <= 0;
  }

  private typeColour(entity: string | undefined): string | undefined {
    const item = entity ? this.names.find((n) => n.id === entity) : undefined;
    return item ? `--type-colour:${KIND_COLOURS[item.type]}` : undefined;
  }

  /** Pagefind's URLs are absolute paths under the base; from disk they would need index.html (never reached: no index there). */
  private localUrl(url: string): string {
    return new URL(url, this.root).href;
  }

  private done(): void {
    document.documentElement.dataset.kgSearch = 'done';
  }
}
