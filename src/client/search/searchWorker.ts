// Entry of search/worker.js (bundled at build time): a PartSearch on a thread of its own, answering the search page's
// messages { id, method, args } with { id, result } or { id, error }.
import { gunzipPagefindFetches } from './nativeGunzip.ts';
import { PartSearch } from './partSearch.ts';

gunzipPagefindFetches(self);

const search = new PartSearch();
const methods: Record<string, (...args: never[]) => Promise<unknown>> = {
  init: (root: string, baseUrl: string, dirs: string[]) => search.init(root, baseUrl, dirs),
  search: (query: string, filters: Record<string, string>, sections: number) => search.search(query, filters, sections),
  data: (serial: number, refs: number[]) => search.data(serial, refs),
  preload: (query: string) => search.preload(query),
  prepareFilters: () => search.prepareFilters().then(() => undefined),
};

self.addEventListener('message', (event: MessageEvent<{ id: number; method: string; args: never[] }>) => {
  const { id, method, args } = event.data;
  const run = methods[method];
  if (!run) return self.postMessage({ id, error: `unknown method ${method}` });
  run(...args).then(
    (result) => self.postMessage({ id, result }),
    (e: unknown) => self.postMessage({ id, error: e instanceof Error ? e.message : String(e) }),
  );
});
