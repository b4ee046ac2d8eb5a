// Scores an extraction against a hand-listed recall sample of real reports (tests/fixtures/audit/gwr-recall.tsv): which
// gold names it found, and how many of its mentions inside the sampled sentences are right. Shared by the test and by
// scripts/recallAudit.ts, so that the numbers in the commit messages can be recomputed on any later main.
import fs from 'node:fs';
import type { EntityType } from '../../src/types.ts';
import { auditFixture } from './auditPaths.ts';

export const RECALL_TSV = auditFixture('gwr-recall.tsv');
/** Campaigns and regulations only, in sentences of gwr and in sentences written by hand (report written-NN). */
export const CAMPAIGNS_TSV = auditFixture('campaigns-recall.tsv');

export const TYPES: EntityType[] = ['person', 'place', 'organization', 'regulation', 'campaign'];

export interface AuditRow {
  sentence: number;
  draw: string;
  report: string;
  start: number;
  end: number;
  kind: 'sentence' | 'gold' | 'optional' | 'extra-right' | 'extra-wrong';
  /** Either type counts; the first is the one the row is tallied under. */
  types: EntityType[];
  name: string;
  also: string[];
  note: string;
}

/** One extracted mention, read from an extraction.json or from extractReport's entities. */
export interface FoundMention {
  report: string;
  start: number;
  end: number;
  type: EntityType;
  surface: string;
}

export interface TypeTally {
  gold: number;
  found: number;
  predicted: number;
  right: number;
  misses: string[];
  wrong: string[];
}

export interface AuditResult {
  byType: Record<EntityType, TypeTally>;
  byStratum: Record<string, { gold: number; found: number; predicted: number; right: number }>;
  /** Extracted mentions that match no row: to be judged by hand and added as extra-right or extra-wrong rows. */
  unjudged: string[];
}

export function readAuditRows(file = RECALL_TSV): AuditRow[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('sentence\t'))
    .map((line) => {
      const [sentence, draw, report, start, end, kind, type, name, also, note] = line.split('\t');
      return {
        sentence: Number(sentence),
        draw: draw!,
        report: report!,
        start: Number(start),
        end: Number(end),
        kind: kind as AuditRow['kind'],
        types: type === '-' ? [] : (type!.split('|') as EntityType[]),
        name: name!,
        also: also ? also.split('|') : [],
        note: note ?? '',
      };
    });
}

/**
 * Why a sample's rows do not read their names where they say, one line per row (none for a sound sample): every name row
 * lies inside its sentence row, in the same report, and the sentence's text there is the name (a line break inside a
 * sentence is shown as a space in the tsv).
 */
export function misplacedRows(rows: AuditRow[]): string[] {
  const sentences = new Map(rows.filter((r) => r.kind === 'sentence').map((r) => [r.sentence, r]));
  const out: string[] = [];
  for (const r of rows) {
    if (r.kind === 'sentence') continue;
    const s = sentences.get(r.sentence);
    if (!s || r.report !== s.report || r.start < s.start || r.end > s.end) out.push(`${r.sentence} ${r.name}: outside its sentence`);
    else if (s.name.slice(r.start - s.start, r.end - s.start) !== r.name.replace(/\n/g, ' '))
      out.push(`${r.sentence} ${r.name}: reads otherwise`);
  }
  return out;
}

// Quote marks are not part of a name (GOLD_FORMAT: names compare without spaces and quote marks).
const bare = (s: string) => s.replace(/[\s“”‘’「」『』《》"']/g, '');

function matches(row: AuditRow, m: FoundMention): boolean {
  if (m.report !== row.report || m.start >= row.end || m.end <= row.start) return false;
  if (!row.types.includes(m.type)) return false;
  const surface = bare(m.surface);
  return [row.name, ...row.also].some((name) => bare(name) === surface);
}

const emptyTally = (): TypeTally => ({ gold: 0, found: 0, predicted: 0, right: 0, misses: [], wrong: [] });

/** `types`: the types the sample lists; mentions of the others are neither right nor wrong. */
export function scoreAudit(rows: AuditRow[], mentions: FoundMention[], types: EntityType[] = TYPES): AuditResult {
  const byType = Object.fromEntries(TYPES.map((t) => [t, emptyTally()])) as Record<EntityType, TypeTally>;
  const byStratum: AuditResult['byStratum'] = {};
  const unjudged: string[] = [];
  const sentences = rows.filter((r) => r.kind === 'sentence');
  const named = rows.filter((r) => r.kind !== 'sentence');
  for (const s of sentences) {
    const inside = mentions.filter((m) => m.report === s.report && m.start < s.end && m.end > s.start && types.includes(m.type));
    const stratum = s.draw.replace(/\d+$/, '');
    const strat = (byStratum[stratum] ??= { gold: 0, found: 0, predicted: 0, right: 0 });
    for (const row of named.filter((r) => r.sentence === s.sentence && r.kind === 'gold')) {
      const tally = byType[row.types[0]!];
      const found = inside.some((m) => matches(row, m));
      tally.gold++;
      strat.gold++;
      if (found) {
        tally.found++;
        strat.found++;
      } else tally.misses.push(`${row.sentence} ${row.report} ${row.name}${row.note ? ` (${row.note})` : ''}`);
    }
    for (const m of inside) {
      const tally = byType[m.type];
      const row = named.find((r) => r.sentence === s.sentence && matches(r, m));
      tally.predicted++;
      strat.predicted++;
      if (row && row.kind !== 'extra-wrong') {
        tally.right++;
        strat.right++;
      } else {
        const said = `${s.sentence} ${m.report} ${m.type} ${m.surface}`;
        tally.wrong.push(row ? `${said} (${row.note})` : said);
        if (!row) unjudged.push(`${said} in ${s.name}`);
      }
    }
  }
  return { byType, byStratum, unjudged };
}

/** The mentions of an extraction.json (offsets into its reports' texts). */
export function mentionsOfExtraction(extraction: {
  reports: { id: string; text: string }[];
  entities: { type: EntityType; mentions: { report: string; start: number; end: number }[] }[];
}): FoundMention[] {
  const texts = new Map(extraction.reports.map((r) => [r.id, r.text]));
  return extraction.entities.flatMap((e) =>
    e.mentions.map((m) => ({ ...m, type: e.type, surface: texts.get(m.report)?.slice(m.start, m.end) ?? '' })),
  );
}

export const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)} (${a}/${b})` : '-');
