import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { CompactGraph } from '../graph/compactGraph.ts';
import { GRAPH_JSON } from '../graph/buildGraphAssets.ts';
import { catalogueFromGraph, pageIndexRecord, safeDecode } from './pageIndexRecord.ts';

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

/**
 * Runs Pagefind (its Node API; the extended binary in the npm package segments Chinese) over the built site in
 * `distDir`: reader, entity, measure, figure and case pages, each with filters (type, report, place) and meta
 * (title, type, entity) added at index time (src/site/search/pageIndexRecord.ts). Writes distDir/pagefind/.
 */
export async function indexSite(distDir: string): Promise<{ pages: number }> {
  const pages = listPages(distDir);
  const catalogue = catalogueFromGraph(readGraph(distDir), pages.keys());
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh', keepIndexUrl: false });
  if (!index) throw new IndexSiteError(`pagefind: ${errors.join('; ') || 'could not start'}`);
  try {
    let indexed = 0;
    for (const [pagePath, file] of pages) {
      const html = pageIndexRecord(pagePath, fs.readFileSync(file, 'utf8'), catalogue);
      if (html === null) continue;
      // Base-relative URLs: the search page tells Pagefind the base it is served under.
      const added = await index.addHTMLFile({ url: `/${pagePath}`, content: html });
      if (added.errors.length > 0) throw new IndexSiteError(`pagefind: ${file}: ${added.errors.join('; ')}`);
      indexed++;
    }
    // A previous index would leave fragments of pages that no longer exist.
    fs.rmSync(path.join(distDir, PAGEFIND_DIR), { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: path.join(distDir, PAGEFIND_DIR) });
    if (written.errors.length > 0) throw new IndexSiteError(`pagefind: writing the index: ${written.errors.join('; ')}`);
    // The site has its own search page (src/client/search): Pagefind's ready-made UIs would be dead weight in dist.
    for (const file of UNUSED_FILES) fs.rmSync(path.join(distDir, PAGEFIND_DIR, file), { force: true });
    return { pages: indexed };
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
