// The built site opened from disk (file://), as someone sent it as a zip would: styled, every menu link opens its page,
// and the name search finds 大朗镇.
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../support/chromium.ts';
import { builtSite, type BuiltSite } from '../support/siteBuild.ts';

describe.runIf(hasChromium())('the site from disk', () => {
  let browser: Browser;
  let site: BuiltSite;
  let home: string;

  beforeAll(async () => {
    site = await builtSite();
    browser = await launchChromium();
    home = pathToFileURL(site.dist).href + '/index.html';
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('styles the home page and opens a page for every menu link', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(home);
    // The stylesheet loads: the header has its colour (unstyled, it would be transparent).
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    );
    const count = await page.locator('.site-nav a').count();
    expect(count).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < count; i++) {
      await page.goto(home);
      await page.waitForLoadState('load');
      await page.locator('.site-nav a').nth(i).click();
      await page.waitForLoadState('load');
      expect(page.url(), `menu link ${i}`).toMatch(/^file:.*\/index\.html$/);
      expect(await page.locator('main h1').count(), page.url()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.styleSheets.length), page.url()).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds 大朗镇 with the header search box', async () => {
    const page = await browser.newPage();
    await page.goto(home);
    const input = page.locator('#kg-header-q');
    await input.click();
    await input.pressSequentially('大朗');
    await input.press('Enter');
    await page.waitForURL(/search\/index\.html\?q=/);
    await page.waitForFunction(() => document.documentElement.dataset.kgSearch === 'done');
    expect(await page.locator('.kg-result-title').first().textContent()).toBe('大朗镇');
    // The page says why only names are searched, and how to search the text.
    expect(await page.locator('[data-kg-search-status]').textContent()).toContain('本地文件');
    await page.locator('.kg-result-title').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toContain('大朗镇');
    await page.close();
  });

  it('copies a sentence link relative to the site, not a file: URL, and says so (built without SITE_URL)', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(pathToFileURL(site.dist).href + '/report/dongguan-2018/index.html');
    const cite = page.locator('.reader-text a.cite').nth(5);
    await expect.poll(() => cite.getAttribute('title')).toMatch(/相对链接/);
    const id = (await cite.getAttribute('href'))!;
    await cite.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`report/dongguan-2018/${id}`);
    await context.close();
  });

  it('sorts and filters tables from disk (the table script is a classic script)', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(site.dist).href + '/cases/index.html');
    await expect.poll(() => page.locator('form[data-table-filters="cases-table"]').isVisible()).toBe(true);
    await page.locator('#cases-table th[data-key="what"] button').click();
    expect(await page.locator('#cases-table th[data-key="what"]').getAttribute('aria-sort')).toBe('ascending');
    await page.close();
  });
});
