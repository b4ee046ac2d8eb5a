// What the search page needs to know of an index part before it loads any result: which report each reader record
// belongs to (so a common word's thousands of records are grouped into reports, and counted, from Pagefind's scores
// alone, and a search within one report asks only the part holding it), and, over the whole index, how many pages
// each filter value has (so the filters show without Pagefind loading its filter indexes, which makes every later
// search count its results per value).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** A part's reader records by report: [report title, its records' Pagefind ids joined by spaces], in index order. */
export type PartRecords = [string, string][];
/** Filter → value → pages holding it (a report's records count once: a page is its URL without the anchor). */
export type FilterCounts = Record<string, Record<string, number>>;

export const RECORDS_FILE = 'records.json';
export const FILTERS_FILE = 'filters.json';

interface Fragment {
  url: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** Reads the fragments Pagefind wrote into `partDir`; collects the part's records by report and adds its pages to `pages`. */
export function readPart(partDir: string, pages: Map<string, Map<string, Set<string>>>): PartRecords {
  const dir = path.join(partDir, 'fragment');
  const byReport = new Map<string, string[]>();
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.pf_fragment')) continue;
    const fragment = readFragment(path.join(dir, file));
    const page = fragment.url.replace(/#.*$/, '');
    for (const [key, values] of Object.entries(fragment.filters ?? {})) {
      let byValue = pages.get(key);
      if (!byValue) pages.set(key, (byValue = new Map()));
      for (const value of values) {
        let set = byValue.get(value);
        if (!set) byValue.set(value, (set = new Set()));
        set.add(page);
      }
    }
    if (fragment.meta?.kind !== 'reader') continue;
    const report = fragment.meta.title ?? page;
    let ids = byReport.get(report);
    if (!ids) byReport.set(report, (ids = []));
    ids.push(file.slice(0, -'.pf_fragment'.length));
  }
  return [...byReport].map(([report, ids]) => [report, ids.join(' ')]);
}

/** Pages per filter value; a report's value counts its reports (1), not its records. */
export function filterCounts(pages: Map<string, Map<string, Set<string>>>): FilterCounts {
  const out: FilterCounts = {};
  for (const [key, byValue] of [...pages].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    out[key] = Object.fromEntries([...byValue].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([value, set]) => [value, set.size]));
  }
  return out;
}

/** A Pagefind fragment: gzipped (or not), a 12-byte signature, then JSON. */
function readFragment(file: string): Fragment {
  let bytes = fs.readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes);
  return JSON.parse(bytes.subarray(12).toString('utf8')) as Fragment;
}
