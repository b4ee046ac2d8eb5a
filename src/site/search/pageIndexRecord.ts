import * as cheerio from 'cheerio';
import { ENTITY_TYPES, type EntityType } from '../../types.ts';
import { NODE_KINDS, type CompactGraph } from '../graph/compactGraph.ts';
import { detectScript, foldText, toTraditional } from '../../text/foldText.ts';
import { paths } from '../paths.ts';
import { searchLabels as L } from './labels.ts';

/**
 * The kinds of page the search indexes; the rest (home, lists, tables of figures, cases and measures, graph, downloads)
 * only point to these or repeat their sentences. A reader is indexed by its sections (readerRecords.ts).
 */
export type PageKind = 'entity' | 'reader';

/** What the index knows of the site: entity names and reports, read from the graph data in dist. */
export interface SiteCatalogue {
  /** Base-relative entity page path → entity. */
  entities: Map<string, { id: string; name: string; type: EntityType; reports: string[]; aliases: string[]; parents: string[] }>;
  /** Report id → title. */
  reports: Map<string, string>;
  /** Every page of the site, base-relative and decoded ('entity/place/x/'): resolves links whatever the base path. */
  pages: Set<string>;
}

// Page URLs as src/site/paths.ts makes them (base-relative, folder style).
const PAGE_PATTERNS: [PageKind, RegExp][] = [
  ['entity', /^entity\/[^/]+\/[^/]+\/$/],
  ['reader', /^report\/[^/]+\/$/],
];

export function pageKind(path: string): PageKind | null {
  for (const [kind, pattern] of PAGE_PATTERNS) if (pattern.test(path)) return kind;
  return null;
}

export function catalogueFromGraph(graph: CompactGraph, pages: Iterable<string>): SiteCatalogue {
  const reports = new Map(graph.r.map(([id, title]) => [id, title]));
  const entities: SiteCatalogue['entities'] = new Map();
  const located = new Map<number, number[]>();
  for (let i = 0; i + 3 < graph.e.length; i += 4) {
    // located-in edges are stored sorted by id, not child→parent: keep both directions and let place pages use them.
    if (graph.e[i + 3]! & 4) {
      located.set(graph.e[i]!, [...(located.get(graph.e[i]!) ?? []), graph.e[i + 1]!]);
      located.set(graph.e[i + 1]!, [...(located.get(graph.e[i + 1]!) ?? []), graph.e[i]!]);
    }
  }
  graph.n.forEach(([id, name, kindIndex, , , , , reportRef, aliases], index) => {
    const kind = NODE_KINDS[kindIndex];
    if (!kind || !(ENTITY_TYPES as readonly string[]).includes(kind)) return;
    const type = kind as EntityType;
    const reportIds = (typeof reportRef === 'number' ? [reportRef] : reportRef).map((r) => graph.r[r]?.[0]).filter((r): r is string => !!r);
    const parents = (located.get(index) ?? []).map((other) => graph.n[other]?.[1]).filter((n): n is string => !!n);
    entities.set(safeDecode(paths.entity(type, id)), { id, name, type, reports: reportIds, aliases: aliases ?? [], parents });
  });
  return { entities, reports, pages: new Set(pages) };
}

/**
 * An entity page prepared for Pagefind: its main content marked as the body, its name weighted, and filters (type,
 * report, place) and meta (title, type, entity) added, so that results say what they are. Only its name (and
 * aliases) is indexed: the rest of the page quotes sentences of the readers, where each is indexed once. Returns null
 * for other pages (a reader is indexed by its sections: readerRecords.ts). Attributes the page already carries are kept.
 */
export function pageIndexRecord(path: string, html: string, catalogue: SiteCatalogue): string | null {
  if (pageKind(path) !== 'entity') return null;
  const $ = cheerio.load(html);
  const main = $('[data-pagefind-body]').first().length ? $('[data-pagefind-body]').first() : $('main').first();
  if (!main.length) return null;
  main.attr('data-pagefind-body', '');
  main.children().each((_, child) => {
    const node = $(child);
    if (!node.is('h1') && node.find('h1').length === 0) node.attr('data-pagefind-ignore', 'all');
  });
  const h1 = main.find('h1').first();
  if (h1.length && h1.attr('data-pagefind-weight') === undefined) h1.attr('data-pagefind-weight', '10');

  const filters: [string, string][] = [];
  const meta: [string, string][] = [];
  const entity = catalogue.entities.get(path);
  const title = entity?.name ?? (h1.text().replace(/\s+/g, ' ').trim() || $('title').text().trim());
  meta.push(['title', title], ['kind', 'entity']);
  if (entity) {
    const typeLabel = L.entityTypes[entity.type];
    filters.push(['type', typeLabel]);
    meta.push(['type', typeLabel], ['entity', entity.id]);
    for (const report of entity.reports) filters.push(['report', catalogue.reports.get(report) ?? report]);
    if (entity.type === 'place') for (const place of [entity.name, ...entity.parents]) filters.push(['place', place]);
    // Aliases weigh like the name: searching 东莞 finds 东莞市's page as searching 东莞市 does; so do the names in
    // traditional characters (東莞市), for readers who type them.
    const names = [...new Set([...entity.aliases, ...[entity.name, ...entity.aliases].map(toTraditional)])].filter(
      (n) => n !== entity.name,
    );
    if (names.length > 0) main.append($('<p hidden data-pagefind-weight="10"></p>').text(names.join(' ')));
  } else {
    // An entity page the graph does not know (should not happen) is still indexed, as a page of its type folder.
    const typeLabel = entityTypeOf(path);
    filters.push(['type', typeLabel]);
    meta.push(['type', typeLabel]);
  }

  // A name in traditional characters is also indexed in simplified ones (hidden), so 东莞 finds 東莞.
  const text = h1.text();
  if (detectScript(text) === 'zh-Hant') main.append($('<div hidden></div>').text(foldText(text)));

  // One element per value, the value in an attribute: report titles may hold commas, which Pagefind's inline form splits on.
  const holder = $('<div hidden></div>');
  for (const [key, value] of dedupe(filters))
    holder.append($('<span></span>').attr('data-value', value).attr('data-pagefind-filter', `${key}[data-value]`));
  for (const [key, value] of dedupe(meta))
    holder.append($('<span></span>').attr('data-value', value).attr('data-pagefind-meta', `${key}[data-value]`));
  main.append(holder);
  // Pagefind gets only what it indexes: the page's body without the parts it would skip. An entity page of a large
  // corpus is megabytes of quotes and tables around a name; handed whole to Pagefind, 1,000 reports' pages took its
  // indexer past 5 GB of memory.
  main.find('[data-pagefind-ignore="all"]').remove();
  const lang = $('html').attr('lang') ?? 'zh-CN';
  return `<!doctype html><html lang="${lang.replace(/[^A-Za-z-]/g, '')}"><head><meta charset="utf-8"></head><body>${$.html(main)}</body></html>`;
}

/** A link's target as a base-relative page path ('' when it leaves the site or is not a page). */
export function sitePath(href: string, from: string, pages: Set<string>): string {
  if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return '';
  // Links may be relative or absolute under the base path: resolve, then drop leading folders until a page matches.
  const url = new URL(href, `http://site/${from}`);
  const segments = safeDecode(url.pathname.replace(/index\.html$/, ''))
    .split('/')
    .filter(Boolean);
  for (let skip = 0; skip < segments.length; skip++) {
    const candidate = `${segments.slice(skip).join('/')}/`;
    if (pages.has(candidate)) return candidate;
  }
  return '';
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function entityTypeOf(path: string): string {
  const type = path.split('/')[1] as EntityType;
  return L.entityTypes[type] ?? type;
}

function dedupe(pairs: [string, string][]): [string, string][] {
  const seen = new Set<string>();
  return pairs.filter(([k, v]) => {
    const key = `${k}\u0000${v}`;
    if (!v || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
