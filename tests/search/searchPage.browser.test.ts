// Search in chromium, on the site built from data/reports under /kg/: the Pagefind index, the re-ranking by exact
// names, the header box, and the names-only search of a site opened from disk.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/chromium.ts';
import { newPage, openSite, type OpenSite } from '../graph/browserSite.ts';

const run = hasChromium();
let open: OpenSite;

beforeAll(async () => {
  if (run) open = await openSite();
});
afterAll(async () => {
  await open?.close();
});

async function search(page: Page, query: string, base = open.url): Promise<{ title: string; kind: string; href: string }[]> {
  await page.goto(`${base}search/${base.startsWith('file:') ? 'index.html' : ''}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.documentElement.dataset.kgSearch === 'done', null, { timeout: 30_000 });
  return page.$$eval('.kg-result', (items) =>
    items.map((li) => {
      const a = li.querySelector<HTMLAnchorElement>('.kg-result-title')!;
      return { title: a.textContent ?? '', kind: (li as HTMLElement).dataset.kind ?? '', href: a.href };
    }),
  );
}

describe.skipIf(!run)('the search page', () => {
  it('lists the 大朗镇 page first for 大朗镇, and following it lands there', async () => {
    const { page, errors } = await newPage(open.browser);
    const results = await search(page, '大朗镇');
    expect(results[0]).toMatchObject({ title: '大朗镇', kind: 'entity' });
    // One entry for the entity, not its page twice (the names index and Pagefind agree on it).
    expect(results.filter((r) => r.title === '大朗镇')).toHaveLength(1);
    await page.screenshot({ path: path.join(open.site.dist, '..', 'search-page.png'), fullPage: false });
    await page.locator('.kg-result-title').first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toMatch(/^\/kg\/entity\/place\/[^/]+\/$/);
    expect(await page.locator('h1').textContent()).toContain('大朗镇');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts the report reader and the 大朗镇 page first for 大朗, repeats no excerpt, and marks only 大朗', async () => {
    const { page } = await newPage(open.browser);
    const results = await search(page, '大朗');
    const types = await page.$$eval('.kg-result-type', (t) => t.map((e) => e.textContent));
    const top3 = results.slice(0, 3).map((r, i) => `${types[i]} ${r.title}`);
    expect(top3.some((r) => r.startsWith('报告原文'))).toBe(true);
    expect(top3).toContain('地点 大朗镇');
    // A sentence repeated on several pages is shown once.
    const excerpts = await page.$$eval('.kg-result', (items) =>
      items
        .slice(0, 10)
        .map((li) => li.querySelector(':scope > .kg-excerpt')?.textContent ?? '')
        .filter(Boolean),
    );
    expect(new Set(excerpts).size).toBe(excerpts.length);
    // A phrase: 广大 or 三大 hold 大 but not 大朗.
    const marks = await page.$$eval('.kg-result mark', (m) => m.map((e) => e.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['大朗']));
    // No table headers in excerpts.
    expect((await page.locator('[data-kg-results]').textContent())!).not.toMatch(/事件\s*类型\s*地点与单位/);
    await page.close();
  });

  it('finds 大朗镇 from its name in traditional characters, 大朗鎮', async () => {
    const { page } = await newPage(open.browser);
    const results = await search(page, '大朗鎮');
    expect(results[0]).toMatchObject({ title: '大朗镇', kind: 'entity' });
    await page.close();
  });

  it('returns no entity page first for a name absent from the corpus', async () => {
    const { page } = await newPage(open.browser);
    const results = await search(page, '不存在的词');
    if (results.length > 0) expect(results[0]!.kind).not.toBe('entity');
    expect(await page.locator('[data-kg-search-status]').textContent()).toMatch(/没有找到/);
    await page.close();
  });

  it('marks the words of a query no page holds whole in the excerpts of its partial matches', async () => {
    const { page, errors } = await newPage(open.browser);
    const results = await search(page, '违规大朗');
    expect(results.length).toBeGreaterThan(0);
    expect(await page.locator('[data-kg-search-status]').textContent()).toContain('部分字词');
    // The excerpts are built from the page's text around the words Pagefind searched (违规, 大, 朗), each marked.
    const marks = await page.$$eval('.kg-result mark', (m) => m.map((e) => e.textContent));
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(['违规', '大', '朗']).toContain(mark);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what each result is and finds the report text itself', async () => {
    const { page } = await newPage(open.browser);
    const results = await search(page, '违规发放津贴');
    expect(results.length).toBeGreaterThan(0);
    const types = await page.$$eval('.kg-result-type', (t) => t.map((e) => e.textContent));
    expect(types).toContain('报告原文');
    await page.close();
  });

  it('searches a phrase of several words as a phrase: 整改措施 counts only the sections holding it', async () => {
    const { page, errors } = await newPage(open.browser);
    await search(page, '整改措施');
    const report = page.locator('.kg-result').filter({ has: page.locator('.kg-subresults') });
    expect(await report.count()).toBe(1);
    const shown = await report.locator('.kg-section').count();
    expect(shown).toBeGreaterThan(0);
    for (const text of await report.locator('.kg-section .kg-excerpt').allTextContents()) expect(text).toContain('整改措施');
    // The sections it says are left are those the report's own search lists: no section holding 整改 and 措施 apart
    // (searched as one word in the search worker, the phrase found nothing and every section holding both was counted).
    const more = report.locator('.kg-more-sections');
    const hidden = (await more.isVisible()) ? Number(/(\d+)/.exec((await more.textContent()) ?? '')?.[1]) : 0;
    await page.goto(`${open.url}search/?${new URLSearchParams({ q: '整改措施', report: '中共东莞市委关于省委巡视整改进展情况的通报' })}`);
    await page.waitForFunction(() => document.documentElement.dataset.kgSearch === 'done');
    const all = await page.locator('.kg-section .kg-excerpt').allTextContents();
    expect(all.length).toBe(shown + hidden);
    for (const text of all) expect(text).toContain('整改措施');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a phrase where the index cut its words otherwise: 市民服务中心 in 高质量发展和市民服务中心建设', async () => {
    // Pagefind's indexer read 和市 as a word there (和市|民|服务|中心), where the query starts with 市民: the phrase
    // search alone found the report's other section holding it, not this one.
    const { page, errors } = await newPage(open.browser);
    await page.goto(
      `${open.url}search/?${new URLSearchParams({ q: '市民服务中心', report: '中共东莞市委关于省委巡视整改进展情况的通报' })}`,
    );
    await page.waitForFunction(() => document.documentElement.dataset.kgSearch === 'done');
    const excerpts = await page.locator('.kg-section .kg-excerpt').allTextContents();
    expect(excerpts.some((text) => text.includes('和市民服务中心建设'))).toBe(true);
    expect(excerpts.length).toBe(2);
    for (const text of excerpts) expect(text).toContain('市民服务中心');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows results twenty at a time, loading more from the index on demand', async () => {
    const { page } = await newPage(open.browser);
    // 东莞: some forty entity pages and the reader (figures, cases and measures are rows of the report's tables, not pages).
    const first = await search(page, '东莞');
    expect(first.length).toBe(20);
    await page.locator('[data-kg-more]').click();
    await expect.poll(() => page.locator('.kg-result').count()).toBeGreaterThan(20);
    await page.close();
  });

  it('lists a report once with its best sections, counts the others, and links to them all', async () => {
    const { page, errors } = await newPage(open.browser);
    await search(page, '违规');
    const reports = page.locator('.kg-result').filter({ has: page.locator('.kg-subresults') });
    expect(await reports.count()).toBe(1);
    const shown = await reports.locator('.kg-section').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(3);
    // The index counts the report's records holding the word without loading them: the link says how many more.
    const more = reports.locator('.kg-more-sections');
    const hidden = Number(/(\d+)/.exec((await more.textContent()) ?? '')?.[1]);
    expect(hidden).toBeGreaterThan(0);
    await more.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('report'));
    await page.waitForFunction(() => document.documentElement.dataset.kgSearch === 'done');
    expect(await page.locator('select[name="report"]').inputValue()).toBe('中共东莞市委关于省委巡视整改进展情况的通报');
    const all = await page.locator('.kg-section').count();
    expect(all).toBeGreaterThan(shown);
    expect(all).toBeLessThanOrEqual(shown + hidden);
    expect(await page.locator('.kg-more-sections:visible').count()).toBe(0);
    for (const text of await page.locator('.kg-section .kg-excerpt').allTextContents()) expect(text).toContain('违规');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts reports, not their sections, beside the type filter', async () => {
    const { page } = await newPage(open.browser);
    await search(page, '违规');
    await page.locator('[data-kg-show-filters]').click();
    // The values load once asked for.
    await expect.poll(() => page.locator('select[name="type"] option').allTextContents()).toContain('报告原文（1）');
    // Each report is one: its option carries no count.
    expect(await page.locator('select[name="report"] option').allTextContents()).toContain('中共东莞市委关于省委巡视整改进展情况的通报');
    await page.close();
  });

  it('filters by type', async () => {
    const { page } = await newPage(open.browser);
    await search(page, '镇');
    // The filters load when asked for (pagefind/filters.json).
    await page.locator('[data-kg-show-filters]').click();
    await page.locator('select[name="type"]').selectOption('地点');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === '地点');
    await page.waitForFunction(() => document.documentElement.dataset.kgSearch === 'done');
    const types = await page.$$eval('.kg-result-type', (t) => t.map((e) => e.textContent));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['地点']));
    await page.close();
  });
});

describe.skipIf(!run)('the header search box', () => {
  it('suggests entity names as one types and goes to the chosen page', async () => {
    const { page, errors } = await newPage(open.browser);
    await page.goto(open.url);
    const input = page.locator('#kg-header-q');
    await input.click();
    await input.pressSequentially('大朗');
    const suggestion = page.locator('.kg-search-box .kg-suggestion', { hasText: '大朗镇' }).first();
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    await input.press('ArrowDown');
    await input.press('Enter');
    await page.waitForURL(/\/kg\/entity\/place\//);
    expect(await page.locator('h1').textContent()).toContain('大朗镇');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('submits other queries to the search page', async () => {
    const { page } = await newPage(open.browser);
    await page.goto(`${open.url}figures/`);
    await page.locator('#kg-header-q').fill('津贴');
    await page.locator('#kg-header-q').press('Enter');
    await page.waitForURL(/\/kg\/search\/\?q=/);
    await page.waitForFunction(() => document.documentElement.dataset.kgSearch === 'done');
    expect(await page.locator('#kg-q').inputValue()).toBe('津贴');
    await page.close();
  });
});

describe.skipIf(!run)('search from disk (file://)', () => {
  it('finds an entity by name from the names index when Pagefind cannot load', async () => {
    const { page, errors } = await newPage(open.browser);
    const base = pathToFileURL(open.site.dist).href + '/';
    const results = await search(page, '大朗', base);
    expect(results[0]).toMatchObject({ title: '大朗镇', kind: 'entity' });
    expect(results[0]!.href).toMatch(/^file:.*\/entity\/place\/[^/]+\/index\.html$/);
    expect(await page.locator('[data-kg-search-status]').textContent()).toContain('本地文件');
    expect(errors).toEqual([]);
    await page.close();
  });
});
