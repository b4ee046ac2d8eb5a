// Pages carry URLs relative to themselves, so one dist/ serves at /, under /kg/ and from disk.
import { describe, expect, it } from 'vitest';
import { relativizeHtml } from '../../src/site/build/relativeUrls.ts';
import { fileUrl } from '../../src/client/fileLinks.ts';

describe('relativizeHtml', () => {
  const page = [
    '<link rel="stylesheet" href="/kg/_astro/a.css">',
    '<a href="/kg/">首页</a><a href="/kg/entities/">实体</a>',
    '<a class="k" href="/kg/report/dongguan-2018/#s-abc">句</a><a href="#top">上</a>',
    '<form action="/kg/search/" method="get"></form><script defer src="/kg/search/app.js"></script>',
    '<p>报告原文写着 href="/kg/x/"，这是文字，不是链接。</p><a href="https://www.gov.cn/">外链</a>',
  ].join('');

  it('rewrites every URL under the base relative to an entity page three folders down', () => {
    const out = relativizeHtml(page, 'entity/place/da-lang-zhen/', '/kg/');
    expect(out).toContain('href="../../../_astro/a.css"');
    expect(out).toContain('<a href="../../../">首页</a>');
    expect(out).toContain('href="../../../entities/"');
    expect(out).toContain('href="../../../report/dongguan-2018/#s-abc"');
    expect(out).toContain('action="../../../search/"');
    expect(out).toContain('src="../../../search/app.js"');
  });

  it('leaves fragments, other hosts and text between tags alone', () => {
    const out = relativizeHtml(page, 'entity/place/da-lang-zhen/', '/kg/');
    expect(out).toContain('href="#top"');
    expect(out).toContain('href="https://www.gov.cn/"');
    expect(out).toContain('报告原文写着 href="/kg/x/"，这是文字');
  });

  it('gives the home page ./ for the root and plain paths below it', () => {
    const out = relativizeHtml(page, '', '/kg/');
    expect(out).toContain('<a href="./">首页</a>');
    expect(out).toContain('href="entities/"');
    expect(out).toContain('href="_astro/a.css"');
  });

  it('works the same for a site built at /', () => {
    expect(relativizeHtml('<a href="/entities/">x</a>', 'search/', '/')).toBe('<a href="../entities/">x</a>');
  });
});

describe('fileUrl (links opened from disk)', () => {
  it('sends a folder link to its index.html from file://, keeping the fragment', () => {
    expect(fileUrl('../entities/', 'file:///tmp/dist/search/index.html')).toBe('file:///tmp/dist/entities/index.html');
    expect(fileUrl('file:///tmp/dist/report/x/#s-1', 'file:///tmp/dist/index.html')).toBe('file:///tmp/dist/report/x/index.html#s-1');
  });

  it('changes nothing over http or for files', () => {
    expect(fileUrl('../entities/', 'http://localhost/kg/search/')).toBe('../entities/');
    expect(fileUrl('../graph/graph.js', 'file:///tmp/dist/search/index.html')).toBe('../graph/graph.js');
  });
});
