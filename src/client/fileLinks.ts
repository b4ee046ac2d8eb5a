// From disk (file://) a link to a folder (…/entities/) opens the browser's folder listing, not the page: there, links
// to a folder are sent to its index.html (the header search box does the same for its form). Over http nothing changes.

/** The URL to open for `href` from a page at `page`: a file:// folder gets index.html, anything else is unchanged. */
export function fileUrl(href: string, page: string): string {
  const url = new URL(href, page);
  if (url.protocol !== 'file:' || !url.pathname.endsWith('/')) return href;
  url.pathname += 'index.html';
  return url.href;
}

export function fixFileLinks(doc: Document): void {
  if (doc.location.protocol !== 'file:') return;
  // Capture: the href is rewritten before the browser follows it, for links present now and links added later.
  const rewrite = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (link) link.href = fileUrl(link.href, doc.location.href);
  };
  doc.addEventListener('click', rewrite, true);
  doc.addEventListener('auxclick', rewrite, true);
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) link.href = fileUrl(link.href, doc.location.href);
}
