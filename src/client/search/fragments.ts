// The data of a result (Pagefind's "fragment" of a page or record: its URL, text and meta), loaded on the search page's
// own thread rather than in the search worker that found it: that worker may still be searching other parts of the
// index, and the first results would wait for it.
import type { PagefindResultData } from './partSearch.ts';

/** Pagefind's files start, once gunzipped, with this signature. */
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  content: string;
  meta?: Record<string, string>;
}

const cache = new Map<string, Promise<PagefindResultData | null>>();

/**
 * The fragment `id` of the index part at `base` (its folder's URL), as Pagefind's result.data() gives it: its URL under
 * `baseUrl` (the site's path) and its text without the word breaks (U+200B) Pagefind put between Chinese words. Null
 * when it cannot load.
 */
export function loadFragment(base: string, id: string, baseUrl: string): Promise<PagefindResultData | null> {
  const url = `${base}fragment/${id}.pf_fragment`;
  let loaded = cache.get(url);
  if (!loaded) {
    loaded = fetchFragment(url)
      .then((f) => ({
        url: `${baseUrl}/${f.url}`.replace(/\/+/g, '/'),
        content: f.content.replace(/\u200B/g, ''),
        meta: f.meta ?? {},
      }))
      .catch(() => null);
    cache.set(url, loaded);
  }
  return loaded;
}

async function fetchFragment(url: string): Promise<Fragment> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] === 0x1f && bytes[1] === 0x8b)
    bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  if (!text.startsWith(SIGNATURE)) throw new Error(`${url}: not a Pagefind fragment`);
  return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
}
