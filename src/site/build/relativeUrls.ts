// Every URL of a built page made relative to the page (../../entities/ rather than /kg/entities/), so that the same
// dist/ works at /, under any sub-path and from disk (file://), where a root-absolute URL points at the disk's root.
import fs from 'node:fs';
import path from 'node:path';

/** Attributes holding URLs in the pages Astro writes (quoted with "; values are escaped, so no `"` inside). */
const URL_ATTRIBUTE = /(\s(?:href|src|action|poster)=")([^"]*)(")/g;
const TAG = /<[a-zA-Z][^>]*>/g;

/**
 * Rewrites root-absolute URLs under `base` in the tags of one page into URLs relative to the page.
 * `pagePath`: the page's folder relative to the site root ('' for the home page, 'entity/place/x/' for an entity).
 * Text between tags is left alone: a report quoting a URL is data, not a link.
 */
export function relativizeHtml(html: string, pagePath: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const up = '../'.repeat(pagePath.split('/').filter(Boolean).length);
  return html.replace(TAG, (tag) =>
    tag.replace(URL_ATTRIBUTE, (whole, before: string, url: string, after: string) => {
      if (!url.startsWith(b) || url.startsWith('//')) return whole;
      const relative = up + url.slice(b.length);
      return `${before}${relative === '' ? './' : relative.startsWith('#') ? `./${relative}` : relative}${after}`;
    }),
  );
}

/**
 * Rewrites every page of `dir` (index.html files and other .html files at their folder's level). 404.html keeps
 * root-absolute URLs: a server shows it at any depth (/kg/a/b/missing), where relative URLs would lead nowhere.
 */
export function relativizeSite(dir: string, base: string): number {
  let pages = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const folder = path.relative(dir, entry.parentPath).split(path.sep).join('/');
    if (folder === '' && entry.name === '404.html') continue;
    const html = fs.readFileSync(file, 'utf8');
    const pagePath = folder ? `${folder}/` : '';
    const out = relativizeHtml(html, pagePath, base);
    if (out !== html) fs.writeFileSync(file, out);
    pages++;
  }
  return pages;
}
