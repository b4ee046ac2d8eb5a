// Shared by the graph and search browser tests: the site built once per run under /kg/, served on loopback, and chromium.
import type { Browser, Page } from 'playwright-core';
import { builtSite, type BuiltSite } from '../support/siteBuild.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveDist } from '../support/serveDist.ts';

export interface OpenSite {
  site: BuiltSite;
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(): Promise<OpenSite> {
  const site = await builtSite();
  const server = await serveDist(site.dist, site.base);
  const browser = await launchChromium();
  return {
    site,
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A page that records script errors, so a test can assert there were none. */
export async function newPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

/** Share of a screenshot's pixels that are not (near) white: a drawn graph has many. */
export async function inkShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 230 || data[i + 1]! < 230 || data[i + 2]! < 230) ink++;
    return ink / (data.length / 4);
  }, png.toString('base64'));
}

export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.kgGraph === 'ready', null, { timeout: 30_000 });
}
