// What "copy link" beside a sentence copies: a link that opens for whoever receives it.
import { describe, expect, it } from 'vitest';
import { citeLink } from '../../src/client/reader/citeLink.ts';

const hash = '#s-1vexezq';
const sitePath = 'report/dongguan-2018/';

describe('citeLink', () => {
  it('copies the public address when the site was built with one, even from disk', () => {
    const publicPage = 'https://example.org/kg/report/dongguan-2018/';
    for (const pageUrl of ['file:///home/a/dist/report/dongguan-2018/index.html', 'http://localhost:4321/report/dongguan-2018/']) {
      expect(citeLink({ hash, pageUrl, publicPage, sitePath })).toEqual({
        url: 'https://example.org/kg/report/dongguan-2018/#s-1vexezq',
        kind: 'public',
      });
    }
  });

  it("copies the served page's own address when there is no public one", () => {
    expect(citeLink({ hash, pageUrl: 'http://127.0.0.1:4321/kg/report/dongguan-2018/#s-old', sitePath })).toEqual({
      url: 'http://127.0.0.1:4321/kg/report/dongguan-2018/#s-1vexezq',
      kind: 'page',
    });
  });

  it('from disk without a public address, copies the link relative to the site, never a file: URL', () => {
    const link = citeLink({ hash, pageUrl: 'file:///home/a/dist/report/dongguan-2018/index.html', sitePath });
    expect(link).toEqual({ url: 'report/dongguan-2018/#s-1vexezq', kind: 'relative' });
    expect(link.url).not.toMatch(/^file:/);
  });
});
