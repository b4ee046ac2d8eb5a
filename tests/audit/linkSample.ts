// A precision sample of figure LINKS (a figure and an entity it is said to be about) of real reports, judged by hand:
// tests/fixtures/audit/links-gwr-*.tsv. Shared by the test and by anyone re-scoring a sample on an extraction.
import fs from 'node:fs';
import type { EntityType } from '../../src/types.ts';
import { seededRandom } from '../../src/util/seededRandom.ts';
import { sentenceAround } from './mentionSample.ts';

export interface LinkRow {
  n: number;
  report: string;
  /** The figure's span. */
  start: number;
  end: number;
  figure: string;
  type: EntityType;
  /** The linked entity's name. */
  entity: string;
  verdict: 'right' | 'wrong';
  /** For a wrong link, the entity the figure is about where the sentence names one; '-' otherwise. */
  right: string;
  note: string;
  sentence: string;
}

export function readLinkRows(file: string): LinkRow[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('n\t'))
    .map((line) => {
      const [n, report, start, end, figure, type, entity, verdict, right, note, sentence] = line.split('\t');
      return {
        n: Number(n),
        report: report!,
        start: Number(start),
        end: Number(end),
        figure: figure!,
        type: type as EntityType,
        entity: entity!,
        verdict: verdict as LinkRow['verdict'],
        right: right!,
        note: note ?? '',
        sentence: sentence ?? '',
      };
    });
}

/** One link an extraction makes: the figure's report and span, the entity's type and name. */
export interface FoundLink {
  report: string;
  start: number;
  end: number;
  type: EntityType;
  name: string;
}

export interface LinkTally {
  /** Right rows the extraction still links. */
  right: number;
  /** Right rows it no longer links (lost recall, not precision). */
  lost: string[];
  /** Wrong rows it still links. */
  wrong: string[];
  /** Links it makes on the sampled figures that no row judges (a new link, to be judged). */
  unjudged: string[];
}

const key = (l: { report: string; start: number; end: number; type: string }, name: string) =>
  `${l.report}:${l.start}:${l.end}:${l.type}:${name}`;

/**
 * The sample's links on an extraction: right rows kept, wrong rows still made, and the links made on a sampled figure
 * that no row names (new since the sample was judged: judge them and add a row).
 */
export function scoreLinks(rows: LinkRow[], links: FoundLink[]): LinkTally {
  const made = new Set(links.map((l) => key(l, l.name)));
  const judged = new Set(rows.map((r) => key(r, r.entity)));
  const figures = new Set(rows.map((r) => `${r.report}:${r.start}:${r.end}`));
  const out: LinkTally = { right: 0, lost: [], wrong: [], unjudged: [] };
  for (const r of rows) {
    const said = `${r.n} ${r.report} ${r.figure} → ${r.entity}`;
    const linked = made.has(key(r, r.entity));
    if (r.verdict === 'right') {
      if (linked) out.right++;
      else out.lost.push(said);
    } else if (linked) out.wrong.push(`${said} (${r.note})`);
  }
  for (const l of links)
    if (figures.has(`${l.report}:${l.start}:${l.end}`) && !judged.has(key(l, l.name)))
      out.unjudged.push(`${l.report} ${l.start} → ${l.type} ${l.name}`);
  return out;
}

/** An extraction's figures with their links, as drawLinkFigures reads them. */
export interface LinkExtraction {
  reports: { id: string; text: string }[];
  entities: { id: string; type: EntityType; name: string }[];
  figures: { report: string; start: number; end: number; text: string; entities: string[] }[];
}

/**
 * The link rows of `n` figures drawn from those that link an entity, in reports whose id passes `keep`: the figures in
 * text order (report, start), shuffled with the seed (mulberry32, Fisher–Yates), the first `n`, each with every link it
 * makes (a figure judged whole, so that a sample's test can ask for every link on its figures).
 */
export function drawLinkFigures(
  extraction: LinkExtraction,
  seed: number,
  n: number,
  keep: (report: string) => boolean = () => true,
): Omit<LinkRow, 'verdict' | 'right' | 'note'>[] {
  const texts = new Map(extraction.reports.map((r) => [r.id, r.text]));
  const byId = new Map(extraction.entities.map((e) => [e.id, e]));
  const figures = extraction.figures
    .filter((f) => f.entities.length > 0 && keep(f.report))
    .sort((a, b) => (a.report < b.report ? -1 : a.report > b.report ? 1 : a.start - b.start));
  const r = seededRandom(seed);
  for (let i = figures.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [figures[i], figures[j]] = [figures[j]!, figures[i]!];
  }
  const rows: Omit<LinkRow, 'verdict' | 'right' | 'note'>[] = [];
  for (const f of figures.slice(0, n)) {
    const text = texts.get(f.report) ?? '';
    for (const id of f.entities) {
      const e = byId.get(id);
      if (!e) continue;
      rows.push({
        n: rows.length + 1,
        report: f.report,
        start: f.start,
        end: f.end,
        figure: f.text,
        type: e.type,
        entity: e.name,
        sentence: sentenceAround(text, f.start, f.end),
      });
    }
  }
  return rows;
}
