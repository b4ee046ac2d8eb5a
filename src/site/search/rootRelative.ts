/**
 * The relative path from a page to the site root ('' at the root, '../../' two folders down). Links written this
 * way work under any base path and from disk, where absolute links point at the file system's root.
 */
export function rootRelative(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  let rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  // A page URL is a folder (trailingSlash: always); a file name at the end (…/index.html) is not a level.
  rest = rest.replace(/[^/]*\.html$/, '');
  const depth = rest.split('/').filter(Boolean).length;
  return '../'.repeat(depth);
}
