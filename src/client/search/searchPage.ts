import { KIND_COLOURS } from '../graph/colours.ts';
import { append, clear, el } from '../graph/dom.ts';
import { suggest } from '../graph/suggest.ts';
import { searchLabels as L } from '../../site/search/labels.ts';
import { queryTerms, rerank, TIER, type SearchHit } from '../../site/search/rerank.ts';
import { decodeHeadingStarts, decodeSentenceStarts, headingAt, sentenceAt, type SentenceStart } from '../../site/search/sentenceStarts.ts';
import { literalExcerpt, literalExcerptAt, pagefindExcerpt } from './excerpt.ts';
import { loadFold, type Fold } from './foldQuery.ts';
import { loadNames, type NameItem } from './names.ts';
import { combobox } from './combobox.ts';
import { pageUrl } from './siteRoot.ts';

/** Results whose data is loaded and re-ranked; Pagefind's order decides which these are. */
const LOADED = 50;
const PAGE = 20;
/** Sections of one report shown under it; the others are a search filtered by that report away. */
const SECTIONS_SHOWN = 3;
const FILTERS = ['type', 'report', 'place'] as const;
type FilterKey = (typeof FILTERS)[number];

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

interface Hit extends SearchHit {
  type: string;
  excerpt: string;
  /** The page without the section's anchor (a reader's sections are grouped by it). */
  page: string;
  /** A reader section's heading ('' for the part before the first heading). */
  section: string;
  /** Where each sentence of a reader section starts (its anchors), and each heading. */
  starts: SentenceStart[];
  headings: number[];
  /** A section in traditional characters: its length, before the simplified copy that follows it. */
  folded?: number;
}

async function loadHits(results: PagefindResult[]): Promise<Hit[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    reader: d.meta.kind === 'reader',
    title: d.meta.title ?? d.url,
    content: d.content,
    entity: d.meta.entity,
    type: d.meta.type ?? '',
    excerpt: d.excerpt,
    page: d.url.replace(/#.*$/, ''),
    section: d.meta.section ?? '',
    starts: decodeSentenceStarts(d.meta.s),
    headings: decodeHeadingStarts(d.meta.h),
    ...(d.meta.folded ? { folded: Number(d.meta.folded) } : {}),
  }));
}

/** A report in the results: its sections holding the query, a few shown and the others counted. */
interface ReportGroup {
  sections: HTMLUListElement;
  more: HTMLAnchorElement;
  hidden: number;
}

/** The search page: Pagefind's full-text index, re-ranked by literal matches; entity names alone when it cannot load. */
export class SearchPage {
  private readonly root: URL;
  private readonly form: HTMLFormElement;
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private pagefind: PagefindApi | null = null;
  private names: NameItem[] = [];
  /** Traditional → simplified: every page is indexed in simplified characters, so queries are folded to them. */
  private fold: Fold = (text) => text;
  private shown = 0;
  private items: HTMLElement[] = [];
  /** Pagefind results not loaded yet, and how to load the next batch of them. */
  private rest: PagefindResult[] = [];
  private loadRest: () => Promise<void> = async () => {};
  /** Shows the filters (loading them from the index) when they are not shown yet. */
  private showFilters: HTMLButtonElement | null = null;
  /** Each search run gets a number, so a late batch of an earlier search is dropped. */
  private runId = 0;
  /** Passages already shown as an excerpt in this search: a sentence repeated on several pages is shown once. */
  private shownPassages = new Set<string>();
  /** Reports listed in this search, by page: their further sections join them. */
  private groups = new Map<string, ReportGroup>();

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
    [this.names, this.pagefind, this.fold] = await Promise.all([loadNames(this.root), this.loadPagefind(), loadFold(this.root)]);
    // Once Pagefind has its filters loaded, every search counts its results per filter value: with the reports' sections
    // indexed one by one, that took a common word's search at 1,000 reports from 0.5 to 2–3 s. They load when asked for
    // (the button, or a link that filters already).
    if (!this.pagefind || FILTERS.some((key) => params.get(key))) await this.fillFilters(params);
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

  private async loadPagefind(): Promise<PagefindApi | null> {
    // Module scripts do not load from file://: there the search falls back to names.
    if (this.root.protocol === 'file:') return null;
    try {
      const url = new URL('pagefind/pagefind.js', this.root).href;
      const api = (await import(/* webpackIgnore: true */ url)) as PagefindApi;
      await api.options({ baseUrl: this.root.pathname, excerptLength: 40 });
      await api.init?.();
      // A large site's index comes in parts (src/site/search/indexSite.ts): merged into one search.
      const parts = await fetch(new URL('pagefind/parts.json', this.root))
        .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
        .catch(() => []);
      for (const part of parts) await api.mergeIndex(new URL(`pagefind/${part}`, this.root).href, { baseUrl: this.root.pathname });
      return api;
    } catch {
      return null;
    }
  }

  private async fillFilters(params: URLSearchParams): Promise<void> {
    if (this.showFilters) this.showFilters.hidden = true;
    let available: Record<string, Record<string, number>> = {};
    if (this.pagefind) {
      try {
        available = await this.pagefind.filters();
      } catch {
        available = {};
      }
    } else {
      available = { type: Object.fromEntries(Object.values(L.entityTypes).map((label) => [label, 0])) };
    }
    for (const key of FILTERS) {
      const select = this.select(key);
      if (!select) continue;
      const values = Object.entries(available[key] ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
      clear(select);
      append(select, el('option', { value: '' }, L.any));
      for (const [value, count] of values) append(select, el('option', { value }, count ? `${value}（${count}）` : value));
      const wanted = params.get(key) ?? '';
      select.value = values.some(([value]) => value === wanted) ? wanted : '';
      select.closest<HTMLElement>('.kg-filter')!.hidden = values.length < 2;
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
    this.rest = [];
    this.shown = 0;
    this.more.hidden = true;
    document.title = query ? `${query} · ${L.title}` : document.title;
    if (!query) {
      this.status.textContent = this.pagefind ? L.intro : this.root.protocol === 'file:' ? L.offline : L.unavailable;
      this.done();
      return;
    }
    this.status.textContent = L.searching;
    const run = this.runId;
    if (this.pagefind) await this.fullText(query, params);
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
    // One word is searched as a phrase first (Pagefind's quoted search): unquoted, an index part that lacks the word
    // answers with pages holding some of its characters, which outrank the pages holding it (违规 at 1,000 reports: none
    // of the first 50 results held it). Only when no page holds the phrase are partial matches searched for.
    const exact = queryTerms(query).length === 1 && !query.includes('"') ? await this.pagefind!.search(`"${query}"`, { filters }) : null;
    const search = exact && exact.results.length > 0 ? exact : await this.pagefind!.search(query, { filters });
    const hits = await loadHits(search.results.slice(0, LOADED));
    // A newer search started meanwhile (back button, a filter changed): its results win.
    if (run !== this.runId) return;
    const ranked = rerank(query, hits, this.names);
    const terms = queryTerms(query);

    // An entity named exactly so comes first even when Pagefind ranked its page low or a filter hid nothing of it.
    const listed = new Set(ranked.hits.filter((r) => r.tier === TIER.exactName).map((r) => r.hit.entity));
    const typeFilter = filters.type;
    for (const item of this.names.filter((n) => ranked.exactNames.some((e) => e.id === n.id) && !listed.has(n.id))) {
      if (typeFilter && typeFilter !== L.entityTypes[item.type]) continue;
      this.items.push(this.nameItem(item, terms));
    }
    // The query is a phrase: once a page holds it as typed, pages holding only some of its characters are left out.
    const phrase = ranked.literal;
    const wanted = (hits: typeof ranked.hits) => (phrase ? hits.filter((r) => r.tier < TIER.partial) : hits);
    const sectionsShown = filters.report ? Infinity : SECTIONS_SHOWN;
    const add = (hit: Hit, tier: number) => {
      const item = hit.reader ? this.sectionItem(hit, tier, terms, typed, sectionsShown) : this.hitItem(hit, tier, terms);
      if (item) this.items.push(item);
    };
    for (const { hit, tier } of wanted(ranked.hits)) add(hit, tier);
    // Beyond the first batch, results load as the reader asks for more, re-ranked batch by batch.
    this.rest = search.results.slice(LOADED);
    this.loadRest = async () => {
      if (run !== this.runId) return;
      const batch = this.rest.splice(0, LOADED);
      for (const { hit, tier } of wanted(rerank(query, await loadHits(batch), this.names).hits)) add(hit, tier);
    };

    const total = phrase && this.rest.length === 0 ? this.items.length : Math.max(search.results.length, this.items.length);
    this.status.textContent =
      this.items.length === 0
        ? L.none(typed)
        : ranked.literal || ranked.exactNames.length > 0
          ? L.results(total, typed)
          : L.partialOnly(typed);
    await this.showMore();
  }

  private namesOnly(query: string, params: URLSearchParams): void {
    const type = params.get('type');
    const found = suggest(this.names, query, 200).filter((n) => !type || L.entityTypes[n.type] === type);
    const terms = queryTerms(query);
    for (const item of found) this.items.push(this.nameItem(item, terms));
    const notice = this.root.protocol === 'file:' ? L.offline : L.unavailable;
    this.status.textContent = `${notice} ${found.length ? L.results(found.length, query) : L.none(query)}`;
    void this.showMore();
  }

  private async showMore(): Promise<void> {
    if (this.shown + PAGE > this.items.length && this.rest.length > 0) await this.loadRest();
    const next = this.items.slice(this.shown, this.shown + PAGE);
    append(this.results, ...next);
    this.shown += next.length;
    this.more.hidden = this.shown >= this.items.length && this.rest.length === 0;
  }

  private nameItem(item: NameItem, terms: string[]): HTMLElement {
    const exact = terms.join(' ') === item.name || item.aliases.includes(terms.join(' '));
    const aliases = item.aliases.length ? `${item.aliases.join('、')}` : '';
    return el(
      'li',
      { class: 'kg-result', 'data-kind': 'entity' },
      el(
        'p',
        { class: 'kg-result-head' },
        el('span', { class: 'kg-result-type', style: `--type-colour:${KIND_COLOURS[item.type]}` }, L.entityTypes[item.type]),
        el('a', { href: pageUrl(this.root, item.path), class: 'kg-result-title' }, item.name),
        exact && el('span', { class: 'kg-result-note' }, L.exact),
      ),
      aliases && el('p', { class: 'kg-excerpt' }, aliases),
    );
  }

  private hitItem(hit: Hit, tier: number, terms: string[]): HTMLElement {
    const href = this.localUrl(hit.url);
    const excerpt = tier < TIER.partial ? literalExcerpt(hit.content, terms, this.shownPassages) : pagefindExcerpt(hit.excerpt);
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
      const found = literalExcerptAt(hit.content, terms, this.shownPassages, (at) => (inCopy(at) ? 0 : (heading(at)?.end ?? 0)));
      if (!found) return null;
      excerpt = found.excerpt;
      label = heading(found.at)?.text ?? label;
      const sentence = sentenceAt(hit.starts, found.at, hit.folded);
      if (sentence) target = `${hit.page}#${sentence}`;
    } else excerpt = pagefindExcerpt(hit.excerpt);
    const entry = el('li', { class: 'kg-section' }, el('a', { href: this.localUrl(target), class: 'kg-section-title' }, label), excerpt);
    const group = this.groups.get(hit.page);
    if (group) {
      if (group.sections.childElementCount < shown) append(group.sections, entry);
      else {
        group.hidden++;
        group.more.textContent = L.moreInReport(group.hidden);
        group.more.hidden = false;
      }
      return null;
    }
    const params = new URLSearchParams({ q: typed, report: hit.title });
    const more = el('a', { class: 'kg-more-sections', href: pageUrl(this.root, `search/?${params}`), hidden: true });
    const sections = el('ul', { class: 'kg-subresults', 'aria-label': L.inPage }, entry);
    this.groups.set(hit.page, { sections, more, hidden: 0 });
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
