// Entry of search/worker.js (bundled at build time): a PartSearch on a thread of its own, answering the search page's
// messages { id, method, args } with { id, result } or { id, error }; a search also posts { id, progress } for each
// part as it answers, before its result.
import { gunzipPagefindFetches } from './nativeGunzip.ts';
import { PartSearch, type PartAnswer } from './partSearch.ts';

gunzipPagefindFetches(self);

const search = new PartSearch();
type Progress = (answer: PartAnswer) => void;
const methods: Record<string, (progress: Progress, ...args: never[]) => Promise<unknown>> = {
  init: (_, root: string, baseUrl: string, dirs: string[]) => search.init(root, baseUrl, dirs),
  search: (progress, query: string, filters: Record<string, string>, sections: number, near?: number) =>
    search.search(query, filters, sections, progress, near),
  preload: (_, query: string) => search.preload(query),
  prepareFilters: () => search.prepareFilters().then(() => undefined),
};

self.addEventListener('message', (event: MessageEvent<{ id: number; method: string; args: never[] }>) => {
  const { id, method, args } = event.data;
  const run = methods[method];
  if (!run) return self.postMessage({ id, error: `unknown method ${method}` });
  run((progress) => self.postMessage({ id, progress }), ...args).then(
    (result) => self.postMessage({ id, result }),
    (e: unknown) => self.postMessage({ id, error: e instanceof Error ? e.message : String(e) }),
  );
});
