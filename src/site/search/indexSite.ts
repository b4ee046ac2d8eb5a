import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { CompactGraph } from '../graph/compactGraph.ts';
import { GRAPH_JSON } from '../graph/buildGraphAssets.ts';
import { INDEX_LANGUAGE } from './indexLanguage.ts';
import { catalogueFromGraph, pageIndexRecord, pageKind, safeDecode } from './pageIndexRecord.ts';
import { readerRecords, type SearchRecord } from './readerRecords.ts';
import { FILTERS_FILE, filterCounts, readPart, RECORDS_FILE } from './partRecords.ts';

export const PAGEFIND_DIR = 'pagefind';
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Pagefind could not index the site: the message says which step and why. */
export class IndexSiteError extends Error {}

/** Where the index's further parts are listed (dirs relative to pagefind/), for the search page to merge them. */
export const PARTS_FILE = 'parts.json';

/**
 * Characters of records per part of the index: an entity page's HTML, a reader's records' text counted twice. Pagefind
 * holds an index in memory and needs several times that while writing it (measured at 1,000 reports: 3.1 GB for 12
 * million characters of entity pages, 5–6 GB for 12 million of reader text in records of a section each; about 0.5 GB
 * per million characters of reader text in records of 2,000); in parts of this size each stays under about 2.6 GB.
 */
const PART_CHARS = 10_000_000;
const TEXT_WEIGHT = 2;

/** A page as Pagefind's addHTMLFile takes it, or a record of plain text (addCustomRecord). */
type IndexItem = { url: string; content: string } | SearchRecord;

/**
 * Runs Pagefind (its Node API; the extended binary in the npm package segments Chinese) over the built site in
 * `distDir`: entity pages by their names (pageIndexRecord.ts) and readers by their sections (readerRecords.ts), each
 * with filters (type, report, place) and meta (title, type, entity or section) added at index time. Writes distDir/pagefind/: one index, or for a large site one per
 * `partChars` of pages, the first at pagefind/ and the others under pagefind/parts/, listed in pagefind/parts.json
 * (the search page searches them all, on worker threads: src/client/search/searchClient.ts). Beside each part its
 * reader records by report (records.json), and at the top the pages per filter value (filters.json): partRecords.ts.
 */
export async function indexSite(distDir: string, options: { partChars?: number } = {}): Promise<{ pages: number; parts: number }> {
  const partChars = options.partChars ?? PART_CHARS;
  const pages = listPages(distDir);
  const catalogue = catalogueFromGraph(readGraph(distDir), pages.keys());
  const root = path.join(distDir, PAGEFIND_DIR);
  // A previous index would leave fragments of pages that no longer exist.
  fs.rmSync(root, { recursive: true, force: true });
  const parts: string[] = [];
  // Filter → value → pages, over every part: the totals the search page shows beside its filters.
  const filterPages = new Map<string, Map<string, Set<string>>>();
  let batch: IndexItem[] = [];
  let chars = 0;
  let indexed = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const dir = parts.length === 0 ? '' : `parts/${parts.length + 1}/`;
    await writeIndex(batch, path.join(root, dir));
    fs.writeFileSync(path.join(root, dir, RECORDS_FILE), JSON.stringify(readPart(path.join(root, dir), filterPages)));
    parts.push(dir);
    batch = [];
    chars = 0;
  };
  for (const [pagePath, file] of pages) {
    const kind = pageKind(pagePath);
    if (!kind) continue;
    const html = fs.readFileSync(file, 'utf8');
    // Base-relative URLs: the search page tells Pagefind the base it is served under.
    const items: IndexItem[] = [];
    if (kind === 'reader') items.push(...readerRecords(pagePath, html, catalogue));
    else {
      const record = pageIndexRecord(pagePath, html, catalogue);
      if (record !== null) items.push({ url: `/${pagePath}`, content: record });
    }
    if (items.length === 0) continue;
    batch.push(...items);
    chars += items.reduce((n, item) => n + item.content.length * ('language' in item ? TEXT_WEIGHT : 1), 0);
    indexed++;
    if (chars >= partChars) await flush();
  }
  await flush();
  if (parts.length === 0) {
    await writeIndex([], root);
    fs.writeFileSync(path.join(root, RECORDS_FILE), '[]');
  }
  fs.writeFileSync(path.join(root, PARTS_FILE), JSON.stringify(parts.slice(1)));
  fs.writeFileSync(path.join(root, FILTERS_FILE), JSON.stringify(filterCounts(filterPages)));
  return { pages: indexed, parts: Math.max(1, parts.length) };
}

/** One Pagefind index of `records` into `outputPath`, in a Pagefind process of its own (closed after: its memory goes). */
async function writeIndex(records: IndexItem[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE, keepIndexUrl: false });
  if (!index) throw new IndexSiteError(`pagefind: ${errors.join('; ') || 'could not start'}`);
  try {
    for (const record of records) {
      const added = 'language' in record ? await index.addCustomRecord(record) : await index.addHTMLFile(record);
      if (added.errors.length > 0) throw new IndexSiteError(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new IndexSiteError(`pagefind: writing the index: ${written.errors.join('; ')}`);
    // The site has its own search page (src/client/search): Pagefind's ready-made UIs would be dead weight in dist.
    for (const file of UNUSED_FILES) fs.rmSync(path.join(outputPath, file), { force: true });
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** Every page of the built site: base-relative folder path ('entity/place/x/') → its index.html. */
function listPages(distDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== PAGEFIND_DIR && entry.name !== '_astro') walk(full);
      } else if (entry.name === 'index.html') {
        const rel = path.relative(distDir, dir).split(path.sep).join('/');
        pages.set(rel ? `${safeDecode(rel)}/` : '', full);
      }
    }
  };
  walk(distDir);
  return pages;
}

function readGraph(distDir: string): CompactGraph {
  const file = path.join(distDir, GRAPH_JSON);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as CompactGraph;
  } catch (e) {
    throw new IndexSiteError(`${file}: cannot read the graph data the search index needs (${(e as Error).message})`);
  }
}
