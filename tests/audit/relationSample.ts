// A precision sample of the relations a clause states (holds-post, issues, runs …: MEANINGFUL_KINDS), each judged by hand
// in the sentence it cites: tests/fixtures/audit/relations-gwr-*.tsv. Shared by the test and by scripts/relationSample.ts.
import fs from 'node:fs';
import type { RelationType } from '../../src/types.ts';
import { MEANINGFUL_KINDS } from '../../src/link/relations/relationKinds.ts';
import { seededRandom } from '../../src/util/seededRandom.ts';
import { sentenceAround } from './mentionSample.ts';

export interface RelationRow {
  n: number;
  kind: RelationType;
  source: string;
  target: string;
  /** holds-post: the title as written; '-' otherwise. */
  title: string;
  report: string;
  /** The cited evidence's span. */
  start: number;
  end: number;
  verdict: 'right' | 'wrong';
  note: string;
  /** The sentence, the evidence in 【】. */
  sentence: string;
}

/** What a relation sample reads of an extraction.json. */
export interface RelationExtraction {
  reports: { id: string; text: string }[];
  entities: { id: string; name: string }[];
  relations: {
    source: string;
    target: string;
    type: RelationType;
    title?: string;
    evidence: { report: string; start: number; end: number }[];
  }[];
}

/** One statement an extraction makes: a relation's kind and ends by name, and one span it cites. */
export interface FoundRelation {
  kind: RelationType;
  source: string;
  target: string;
  report: string;
  start: number;
  end: number;
}

const MEANINGFUL = new Set<RelationType>(MEANINGFUL_KINDS);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every statement of the extraction's meaningful relations, one per cited span. */
export function statementsOf(extraction: RelationExtraction): FoundRelation[] {
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  return extraction.relations
    .filter((r) => MEANINGFUL.has(r.type))
    .flatMap((r) =>
      r.evidence.map((ev) => ({ kind: r.type, source: names.get(r.source) ?? r.source, target: names.get(r.target) ?? r.target, ...ev })),
    );
}

/**
 * `n` relations of the meaningful kinds: sorted by kind, source and target name, shuffled with the seed (mulberry32, the
 * same draw on every machine), the first `n`, each with one of the spans it cites drawn with the same generator.
 */
export function drawRelations(extraction: RelationExtraction, seed: number, n: number): Omit<RelationRow, 'verdict' | 'note'>[] {
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const texts = new Map(extraction.reports.map((r) => [r.id, r.text]));
  const all = extraction.relations
    .filter((r) => MEANINGFUL.has(r.type) && r.evidence.length)
    .map((r) => ({ ...r, sourceName: names.get(r.source) ?? r.source, targetName: names.get(r.target) ?? r.target }))
    .sort((a, b) => byText(a.type, b.type) || byText(a.sourceName, b.sourceName) || byText(a.targetName, b.targetName));
  const random = seededRandom(seed);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, n).map((r, i) => {
    const ev = r.evidence[Math.floor(random() * r.evidence.length)]!;
    return {
      n: i + 1,
      kind: r.type,
      source: r.sourceName,
      target: r.targetName,
      title: r.title ?? '-',
      report: ev.report,
      start: ev.start,
      end: ev.end,
      sentence: sentenceAround(texts.get(ev.report) ?? '', ev.start, ev.end),
    };
  });
}

export function readRelationRows(file: string): RelationRow[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('n\t'))
    .map((line) => {
      const [n, kind, source, target, title, report, start, end, verdict, note, sentence] = line.split('\t');
      return {
        n: Number(n),
        kind: kind as RelationType,
        source: source!,
        target: target!,
        title: title!,
        report: report!,
        start: Number(start),
        end: Number(end),
        verdict: verdict as RelationRow['verdict'],
        note: note ?? '',
        sentence: sentence ?? '',
      };
    });
}

export interface RelationTally {
  /** Right rows the extraction still states. */
  right: number;
  /** Right rows it no longer states. */
  lost: string[];
  /** Wrong rows it still states. */
  wrong: string[];
}

/** A row is still stated where the extraction has its kind and ends citing a span that overlaps the row's. */
export function scoreRelations(rows: readonly RelationRow[], found: readonly FoundRelation[]): RelationTally {
  const tally: RelationTally = { right: 0, lost: [], wrong: [] };
  for (const row of rows) {
    const stated = found.some(
      (f) =>
        f.kind === row.kind &&
        f.source === row.source &&
        f.target === row.target &&
        f.report === row.report &&
        f.start < row.end &&
        f.end > row.start,
    );
    const said = `${row.n} ${row.kind} ${row.source} → ${row.target} (${row.report})`;
    if (row.verdict === 'right') {
      if (stated) tally.right++;
      else tally.lost.push(said);
    } else if (stated) tally.wrong.push(said);
  }
  return tally;
}
