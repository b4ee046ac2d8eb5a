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
});
