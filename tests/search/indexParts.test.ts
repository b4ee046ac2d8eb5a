// A large site's search index is written in parts (Pagefind's memory grows with an index, several-fold while writing it),
// listed in pagefind/parts.json and merged by the search page: a sentence of the reader, indexed in a later part than
// the entity pages, is still found.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/site/search/indexSite.ts';
import { hasChromium, launchChromium } from '../support/chromium.ts';
import { builtSite } from '../support/siteBuild.ts';
import { serveDist } from '../support/serveDist.ts';

let dist: string;
let base: string;
let parts: string[];

beforeAll(async () => {
  const site = await builtSite();
  base = site.base;
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-index-parts-'));
  fs.cpSync(site.dist, dist, { recursive: true });
  // Parts of 50,000 characters of records: the Dongguan site's index in several.
  await indexSite(dist, { partChars: 50_000 });
  parts = JSON.parse(fs.readFileSync(path.join(dist, 'pagefind', 'parts.json'), 'utf8')) as string[];
}, 600_000);
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('an index in parts', () => {
  it('writes each part as an index of its own, listed in parts.json', () => {
    expect(parts.length).toBeGreaterThan(0);
    for (const part of ['', ...parts]) expect(fs.existsSync(path.join(dist, 'pagefind', part, 'pagefind-entry.json')), part).toBe(true);
  });

  it('writes beside each part its reader records by report, and the pages per filter value at the top', () => {
    const title = '中共东莞市委关于省委巡视整改进展情况的通报';
    let records = 0;
    for (const part of ['', ...parts]) {
      const dir = path.join(dist, 'pagefind', part);
      const byReport = JSON.parse(fs.readFileSync(path.join(dir, 'records.json'), 'utf8')) as [string, string][];
      for (const [report, ids] of byReport) {
        expect(report).toBe(title);
        // Each id is one of the part's results (Pagefind's fragment of the record).
        for (const id of ids.split(' ')) expect(fs.existsSync(path.join(dir, 'fragment', `${id}.pf_fragment`)), id).toBe(true);
        records += ids.split(' ').length;
      }
    }
    expect(records).toBeGreaterThan(10);
    const filters = JSON.parse(fs.readFileSync(path.join(dist, 'pagefind', 'filters.json'), 'utf8')) as Record<
      string,
      Record<string, number>
    >;
    // One report, whatever its number of records; entity pages one each.
    expect(filters.type!['报告原文']).toBe(1);
    expect(filters.type!['地点']).toBeGreaterThan(1);
    expect(filters.report![title]).toBeGreaterThan(1);
  });

  it.runIf(hasChromium())('is searched as one: the reader, indexed last, is found', async () => {
    const server = await serveDist(dist, base);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}search/?q=${encodeURIComponent('违规发放津贴')}`);
      await page.waitForFunction(() => document.documentElement.dataset.kgSearch === 'done', null, { timeout: 30_000 });
      const types = await page.$$eval('.kg-result-type', (items) => items.map((e) => e.textContent));
      expect(types).toContain('报告原文');
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it.runIf(hasChromium())('waits for a slow part holding the only report, and lists that report first', async () => {
    // The part holding the reader's records answers last: its index chunks are held back.
    const readerPart = ['', ...parts].find(
      (part) => JSON.parse(fs.readFileSync(path.join(dist, 'pagefind', part, 'records.json'), 'utf8')).length > 0,
    );
    const server = await serveDist(dist, base);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route(`**/pagefind/${readerPart}index/**`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await page.goto(`${server.url}search/?q=${encodeURIComponent('违规')}`);
      await page.waitForFunction(() => document.documentElement.dataset.kgSearch === 'done', null, { timeout: 30_000 });
      const types = await page.$$eval('.kg-result-type', (items) => items.map((e) => e.textContent));
      expect(types[0]).toBe('报告原文');
      const hrefs = await page.$$eval('.kg-result-title', (items) => items.map((a) => (a as HTMLAnchorElement).href));
      expect(new Set(hrefs).size).toBe(hrefs.length);
      for (const text of await page.locator('.kg-section .kg-excerpt').allTextContents()) expect(text).toContain('违规');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
