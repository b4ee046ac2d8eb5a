// Classic scripts of the graph and search: they find the site root from their own URL (…/graph/app.js → …/),
// so the same files work under any base path and from disk (file://), where absolute links and modules fail.

/** The site root as an absolute URL ending in '/', from a script that lives one folder below it. */
export function rootFromScript(script: HTMLOrSVGScriptElement | null): URL {
  const src = script instanceof HTMLScriptElement && script.src ? script.src : location.href;
  return new URL('../', src);
}

/**
 * A page of the site, from its base-relative path (src/site/paths.ts). From disk a folder URL shows a listing,
 * so index.html is spelled out there.
 */
export function pageUrl(root: URL, path: string): string {
  const url = new URL(path, root);
  if (url.protocol === 'file:' && url.pathname.endsWith('/')) url.pathname += 'index.html';
  return url.href;
}

/** Loads a classic script once (works from file://, unlike fetch); resolves when it has run. */
export function loadScript(url: string): Promise<void> {
  const existing = document.querySelector<HTMLScriptElement>(`script[data-kg-src="${CSS.escape(url)}"]`);
  if (existing?.dataset.loaded) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = existing ?? document.createElement('script');
    script.addEventListener('load', () => {
      script.dataset.loaded = '1';
      resolve();
    });
    script.addEventListener('error', () => reject(new Error(`cannot load ${url}`)));
    if (!existing) {
      script.src = url;
      script.dataset.kgSrc = url;
      document.head.appendChild(script);
    }
  });
}
