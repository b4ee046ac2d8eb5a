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
});
