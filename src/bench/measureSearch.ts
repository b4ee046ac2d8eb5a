// Full-text search of a built site in chromium: how long a query takes from pressing Enter on the search page to the
// first results shown and to the first page listed, and how long Pagefind's own query and the data of its first results take, each in a fresh browser
// context (nothing of the index cached), as a reader's first search after opening the page.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { median } from './median.ts';

/** The bench's queries: a town of the default report, a policy term, a common word, and a phrase in every report. */
export const SEARCH_QUERIES = ['大朗', '乡村振兴', '违规', '整改措施'];
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface SearchMeasurement {
  query: string;
  /** Enter pressed on the search page → first results shown (ms), one per run (the search page's mark kg-search:first). */
  firstMs: number[];
  /** Enter pressed on the search page → results listed, every part of the index answered (ms), one per run. */
  pageMs: number[];
  /** Of pageMs: until the index answered (the search page's mark kg-search:index), then the first results' data loaded. */
  indexMs: number[];
  loadMs: number[];
  /** The same, filtered by the first report listed (ms), one per run. */
  filteredMs: number[];
  /** Bytes fetched for the search on the search page (index chunks and fragments), last run. */
  bytes: number;
  /** Results listed on the first screen, reports among them, and the count the page states. */
  listed: number;
  reports: number;
  status: string;
}

export async function measureSearch(dist: string, queries = SEARCH_QUERIES, runs = 5): Promise<SearchMeasurement[]> {
  if (!fs.existsSync(`${dist}/pagefind/pagefind.js`)) throw new Error(`${dist} holds no search index`);
  const server = await serve(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-quic'],
  });
  try {
    const out = queries.map(
      (query) =>
        ({
          query,
          firstMs: [],
          pageMs: [],
          indexMs: [],
          loadMs: [],
          filteredMs: [],
          bytes: 0,
          listed: 0,
          reports: 0,
          status: '',
        }) as SearchMeasurement,
    );
    // Queries by turns, so a slow moment of a shared machine spreads over all of them.
    for (let run = 0; run < runs; run++) {
      for (const m of out) {
        const page = await onSearchPage(browser, server.url, m.query);
        m.firstMs.push(page.firstMs);
        m.pageMs.push(page.ms);
        m.indexMs.push(page.indexMs);
        m.loadMs.push(page.loadMs);
        m.bytes = page.bytes;
        m.listed = page.listed;
        m.reports = page.reports;
        m.status = page.status;
        // The same search within the first report listed (the link beside a report's sections, or the report filter).
        if (page.firstReport) m.filteredMs.push((await onSearchPage(browser, server.url, m.query, page.firstReport)).ms);
      }
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** One line per query: medians and ranges of the runs. */
export function formatSearch(ms: SearchMeasurement[]): string[] {
  const span = (xs: number[]) => `${fmt(median(xs))} s (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
  return ms.map(
    (m) =>
      `search ${m.query}: Enter → first results ${span(m.firstMs)}, all listed ${span(m.pageMs)}` +
      (m.indexMs.every(Number.isFinite) ? ` (index ${fmt(median(m.indexMs))} s, first results' data ${fmt(median(m.loadMs))} s)` : '') +
      (m.filteredMs.length ? `, within one report ${span(m.filteredMs)}` : '') +
      `, ${(m.bytes / 1e6).toFixed(2)} MB fetched, ${m.listed} results listed (${m.reports} reports) — ${m.status}`,
  );
}
const fmt = (ms: number) => (ms / 1000).toFixed(2);

async function freshPage(browser: Browser, url: string): Promise<{ context: BrowserContext; bytes: () => number; reset: () => void }> {
  return openPage(browser, `${url}search/`);
}

async function openPage(browser: Browser, url: string): Promise<{ context: BrowserContext; bytes: () => number; reset: () => void }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let bytes = 0;
  context.on('requestfinished', (req) => {
    void req
      .sizes()
      .then((s) => (bytes += s.responseBodySize + s.responseHeadersSize))
      .catch(() => {});
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.kgSearch === 'done', null, { timeout: 60_000 });
  return { context, bytes: () => bytes, reset: () => (bytes = 0) };
}

/** Enter pressed on a fresh search page (with `report` chosen in its filter when given) until the results are listed. */
async function onSearchPage(browser: Browser, url: string, query: string, report?: string) {
  const { context, bytes, reset } = report
    ? await openPage(browser, `${url}search/?${new URLSearchParams({ report })}`)
    : await freshPage(browser, url);
  const page = context.pages()[0]!;
  try {
    reset();
    await page.evaluate(() => {
      const w = window as unknown as { kgT0?: number; kgT1?: number };
      // On the window, capturing: before the search box's own handlers.
      window.addEventListener('keydown', (e) => e.key === 'Enter' && (w.kgT0 = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (document.documentElement.dataset.kgSearch === 'done' && w.kgT0 !== undefined) w.kgT1 ??= performance.now();
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-kg-search'] });
    });
    await page.fill('#kg-q', query);
    await page.press('#kg-q', 'Enter');
    await page.waitForFunction(() => (window as unknown as { kgT1?: number }).kgT1 !== undefined, null, { timeout: 60_000 });
    const { ms, firstMs, indexMs, loadMs } = await page.evaluate(() => {
      const w = window as unknown as { kgT0: number; kgT1: number };
      // No function declared in here: tsx would wrap it in a helper the page does not have.
      const [index, loaded, first] = ['kg-search:index', 'kg-search:loaded', 'kg-search:first'].map(
        (n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN,
      );
      return {
        ms: w.kgT1 - w.kgT0,
        firstMs: (first! >= w.kgT0 ? first! : w.kgT1) - w.kgT0,
        indexMs: index! - w.kgT0,
        loadMs: loaded! - index!,
      };
    });
    const listed = await page.locator('.kg-result').count();
    const reports = await page.locator('.kg-result[data-kind="page"]').count();
    const status = (await page.locator('[data-kg-search-status]').textContent())?.trim() ?? '';
    const firstReport =
      (await page
        .locator('.kg-result[data-kind="page"] .kg-result-title')
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => null)) ?? undefined;
    return { ms, firstMs, indexMs, loadMs, bytes: bytes(), listed, reports, status, firstReport };
  } finally {
    await context.close();
  }
}

async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: false, single: false });
  const server = http.createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
