// What "copy link" beside a sentence copies. A link is only worth sending if it opens for whoever receives it: the site's
// public address when the build was given one (SITE_URL), the page's own address when it is served, and from disk
// (file://, which opens on nobody else's machine) the link relative to the site's root, said so in the tooltip.

export interface CiteContext {
  /** The sentence's anchor: '#s-1vexezq'. */
  hash: string;
  /** The address the page is open at (location.href). */
  pageUrl: string;
  /** The page's public address, when the site was built with SITE_URL: 'https://example.org/kg/report/x/'. */
  publicPage?: string;
  /** The page's path from the site's root: 'report/x/'. */
  sitePath: string;
}

export type CiteKind = 'public' | 'page' | 'relative';

export function citeLink(c: CiteContext): { url: string; kind: CiteKind } {
  if (c.publicPage) return { url: new URL(c.hash, c.publicPage).href, kind: 'public' };
  if (new URL(c.pageUrl).protocol === 'file:') return { url: `${c.sitePath}${c.hash}`, kind: 'relative' };
  return { url: new URL(c.hash, c.pageUrl).href, kind: 'page' };
}
