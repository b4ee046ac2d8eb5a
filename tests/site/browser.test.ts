// In a real browser, under /kg/: home → a place's page → one of its mentions → that sentence in the reader, in view.
// Screenshots go to tests/screenshots/ (git-ignored) to be looked at.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchChromium } from '../support/chromium.ts';
import { builtSite } from '../support/siteBuild.ts';
import { serveDist } from '../support/serveDist.ts';

const SHOTS = path.resolve('tests/screenshots');

describe.runIf(hasChromium())('site in a browser', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const outside: string[] = [];

  beforeAll(async () => {
    const site = await builtSite();
    server = await serveDist(site.dist, site.base);
    browser = await launchChromium();
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(width = 1280, height = 900): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    const origin = new URL(server.url).origin;
    page.on('request', (req) => {
      if (!req.url().startsWith(origin) && !req.url().startsWith('data:')) outside.push(req.url());
    });
    return page;
  }

  it('follows home → place → mention → sentence in the reader', async () => {
    const page = await open();
    await page.goto(server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.screenshot({ path: path.join(SHOTS, 'home.png'), fullPage: true });

    const place = page.locator('main a.ent-place').first();
    const name = (await place.textContent())!.trim();
    await place.click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toMatch(/^\/kg\/entity\/place\/[a-z0-9-]+\/$/);
    await expect.poll(() => page.locator('h1').textContent()).toContain(name);
    await page.screenshot({ path: path.join(SHOTS, 'place.png'), fullPage: true });

    const mention = page.locator('.kwic a.k').first();
    expect((await mention.textContent())!.length).toBeGreaterThan(0);
    await mention.click();
    await page.waitForLoadState('load');
    const url = new URL(page.url());
    expect(url.pathname).toMatch(/^\/kg\/report\/[^/]+\/$/);
    expect(url.hash.length).toBeGreaterThan(1);
    const target = page.locator(url.hash);
    await expect.poll(() => target.isVisible()).toBe(true);
    const inView = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'reader.png') });
    await page.close();
  });

  it("opens an old figure page's URL at the figure's row in its report's table", async () => {
    const page = await open();
    // Earlier builds had a page per figure; the 404 page sends the reader to the row, which keeps the old id.
    await page.goto(new URL('figure/dongguan-2018-f6/', server.url).href);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/kg/figures/dongguan-2018/');
    expect(new URL(page.url()).hash).toBe('#dongguan-2018-f6');
    const row = page.locator('#dongguan-2018-f6').locator('xpath=ancestor::tr');
    expect(await row.getAttribute('id')).toMatch(/^f-[0-9a-z]+$/);
    await expect.poll(() => row.isVisible()).toBe(true);
    await page.close();
  });

  it('reads on a phone: no horizontal page scroll on a place page, home, the reader and the figures table', async () => {
    const page = await open(390, 844);
    await page.goto(server.url);
    const href = await page.locator('main a.ent-place').first().getAttribute('href');
    for (const [url, shot] of [
      [new URL(href!, server.url).href, 'phone-place.png'],
      [server.url, 'phone-home.png'],
      [new URL('report/dongguan-2018/', server.url).href, 'phone-reader.png'],
      [new URL('figures/', server.url).href, 'phone-figures.png'],
    ] as const) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await page.screenshot({ path: path.join(SHOTS, shot), fullPage: true });
    }
    await page.close();
  });

  it('is keyboard-navigable: the skip link comes first and moves focus to main', async () => {
    const page = await open();
    await page.goto(server.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('reaches a town from the place index: its mentions, cases and place hierarchy', async () => {
    const page = await open();
    await page.goto(new URL('entities/place/', server.url).href);
    await page.getByRole('link', { name: '大朗镇', exact: true }).first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toContain('大朗镇');
    expect(await page.locator('.kwic li').count()).toBeGreaterThan(0);
    expect(await page.locator('a.ent-place', { hasText: '东莞市' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'town.png'), fullPage: true });
    await page.close();
  });

  it('copies a sentence link with the button beside it', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(new URL('report/dongguan-2018/', server.url).href);
    const cite = page.locator('.reader-text a.cite').nth(5);
    const id = (await cite.getAttribute('href'))!;
    await cite.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(new URL(`report/dongguan-2018/${id}`, server.url).href);
    expect(new URL(page.url()).hash).toBe(id);
    await context.close();
  });

  it('sorts an entity index by name and filters the figures table by unit', async () => {
    const page = await open();
    await page.goto(new URL('entities/place/', server.url).href);
    const names = () =>
      page.locator('[data-entity-table] tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.name!));
    const byMentions = await names();
    await page.getByRole('button', { name: '按名称' }).click();
    const byName = await names();
    expect(byName).toEqual([...byMentions].sort(new Intl.Collator('zh-CN').compare));
    await page.getByRole('button', { name: '按提及次数' }).click();
    expect(await names()).toEqual(byMentions);

    await page.goto(new URL('figures/', server.url).href);
    const units = await page
      .locator('select[name="unit"] option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
    expect(units.length).toBeGreaterThan(1);
    await page.selectOption('select[name="unit"]', units[0]);
    const shown = await page
      .locator('table#figures-table tbody tr:not([hidden])')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.unit));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([units[0]]));
    await page.screenshot({ path: path.join(SHOTS, 'figures.png') });
    await page.close();
  });

  it('sorts and filters the case table, on the case index and on a town page (one table script)', async () => {
    const page = await open();
    await page.goto(new URL('cases/', server.url).href);
    const form = page.locator('form[data-table-filters="cases-table"]');
    await expect.poll(() => form.isVisible()).toBe(true);
    const rows = page.locator('#cases-table tbody tr:not([hidden])');
    const total = await rows.count();
    expect(total).toBeGreaterThan(3);
    // By figures, largest first: the first figure of each row, as a number.
    await page.locator('#cases-table th[data-key="figures"] button').click();
    await page.locator('#cases-table th[data-key="figures"] button').click();
    expect(await page.locator('#cases-table th[data-key="figures"]').getAttribute('aria-sort')).toBe('descending');
    const values = await rows.evaluateAll((trs) => trs.map((r) => Number((r as HTMLElement).dataset.figures || -Infinity)));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // By kind: only rows of that kind, and the count says how many.
    const kind = await page.locator('select[name="kind"] option').nth(1).getAttribute('value');
    await page.selectOption('select[name="kind"]', kind!);
    const kinds = await rows.evaluateAll((trs) => trs.map((r) => (r as HTMLElement).dataset.kindCodes!.split(' ')));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.length).toBeLessThan(total);
    for (const k of kinds) expect(k).toContain(kind);
    expect(await form.locator('output[name="count"]').textContent()).toBe(String(kinds.length));

    await page.goto(new URL('entity/place/da-lang-zhen-ae4a/', server.url).href);
    await expect.poll(() => page.locator('#cases ~ form[data-table-filters="cases-table"]').isVisible()).toBe(true);
    expect(await page.locator('#cases-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#cases-table th[data-key] button').count()).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: path.join(SHOTS, 'town-cases.png'), fullPage: true });
    await page.close();
  });

  it('made no request to another host', () => {
    expect(outside).toEqual([]);
  });
});
