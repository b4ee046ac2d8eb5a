import { loadScript } from './siteRoot.ts';

declare global {
  interface Window {
    __KG_FOLD__?: string;
  }
}

export type Fold = (text: string) => string;

let loading: Promise<Fold> | undefined;

/** The query folder (traditional → simplified), from search/fold.js; the identity when it cannot load. */
export function loadFold(root: URL): Promise<Fold> {
  loading ??= loadScript(new URL('search/fold.js', root).href)
    .then(() => foldWith(window.__KG_FOLD__ ?? ''))
    .catch(() => (text: string) => text);
  return loading;
}

export function foldWith(pairs: string): Fold {
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) table.set(pairs[i]!, pairs[i + 1]!);
  return (text) => (table.size === 0 ? text : [...text].map((c) => table.get(c) ?? c).join(''));
}
