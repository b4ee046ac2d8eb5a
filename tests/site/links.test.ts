// Every link and asset of the built site resolves when served under a base path (/kg/), fragments included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkChecker } from 'linkinator';
import { builtSite } from '../support/siteBuild.ts';
import { serveDist } from '../support/serveDist.ts';

describe('built site under /kg/', () => {
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    const site = await builtSite();
    server = await serveDist(site.dist, site.base);
  });
  afterAll(() => server?.close());

  it('has zero broken links, and no link leaves the site', async () => {
    const checker = new LinkChecker();
    const origin = new URL(server.url).origin;
    const outside: string[] = [];
    const result = await checker.check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      concurrency: 16,
      linksToSkip: async (link) => {
        if (link.startsWith(origin)) return false;
        outside.push(link);
        return true;
      },
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url} (from ${l.parent})`);
    expect(broken).toEqual([]);
    expect(outside.filter((l) => !l.startsWith('data:'))).toEqual([]);
    expect(result.links.length).toBeGreaterThan(20);
  });
});
