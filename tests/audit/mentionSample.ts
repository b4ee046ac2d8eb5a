// A precision sample of extracted MENTIONS (one entity, one of its sentences) of real reports, judged by hand: the name
// audit (tests/fixtures/audit/gwr.tsv) asks whether a name is right somewhere; this asks whether each place the name is
// read is right (马克思 is a person, but not inside 马克思列宁主义). Shared by the test and by scripts/mentionSample.ts.
import fs from 'node:fs';
import type { EntityType } from '../../src/types.ts';
import type { FoundMention } from './recallAudit.ts';
import { seededRandom } from '../../src/util/seededRandom.ts';

export type MentionVerdict = 'right' | 'wrong' | 'misbounded';

export interface MentionRow {
  n: number;
  type: EntityType;
  report: string;
  start: number;
  end: number;
  surface: string;
  /** The entity's name when drawn. */
  name: string;
  verdict: MentionVerdict;
  /** misbounded: the right surface (it contains or overlaps the drawn one); wrong: the right type, or '-'. */
  right: string;
  note: string;
  /** The sentence, the drawn span in 【】. */
  sentence: string;
}

export interface Extraction {
  reports: { id: string; text: string }[];
  entities: { type: EntityType; name: string; mentions: { report: string; start: number; end: number }[] }[];
}

/** The stratum sizes of the first draw (seed 1818): the rare types get 35–40 each, person all there are. */
export const PER_TYPE: Record<EntityType, number> = { person: 35, place: 45, organization: 40, regulation: 40, campaign: 40 };

// mulberry32 (src/util/seededRandom.ts), as ../shared/eval/audit.mjs: the same sample for the same list and seed on every machine.
const rng = seededRandom;

const SENTENCE_END = /[。！？\n]/;

/** The sentence around [start, end): from the last end mark before it to the first one after it (kept, unless a break). */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return `${text.slice(s, start)}【${text.slice(start, end)}】${text.slice(end, e)}`.replace(/\s+/g, ' ');
}

/** Per type: the entities sorted by name, shuffled with the seed, the first PER_TYPE; one of each one's mentions, drawn. */
// Fisher–Yates with the seeded generator: the same seed draws the same sample on any machine.
function shuffleInPlace<T>(items: T[], r: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

export function drawMentions(extraction: Extraction, seed: number, per = PER_TYPE): Omit<MentionRow, 'verdict' | 'right' | 'note'>[] {
  const texts = new Map(extraction.reports.map((r) => [r.id, r.text]));
  const rows: Omit<MentionRow, 'verdict' | 'right' | 'note'>[] = [];
  for (const type of Object.keys(per) as EntityType[]) {
    const all = extraction.entities.filter((e) => e.type === type).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    const r = rng(seed);
    shuffleInPlace(all, r);
    for (const e of all.slice(0, per[type])) {
      const m = e.mentions[Math.floor(r() * e.mentions.length)]!;
      rows.push(drawnRow(rows.length + 1, e, m, texts));
    }
  }
  return rows;
}

/**
 * `n` mentions drawn uniformly from all mentions of the five types (a name read often weighs as often as it is read):
 * the mentions in text order (report, start, type), shuffled with the seed, the first `n`.
 */
export function drawByMention(extraction: Extraction, seed: number, n: number): Omit<MentionRow, 'verdict' | 'right' | 'note'>[] {
  const texts = new Map(extraction.reports.map((r) => [r.id, r.text]));
  const key = (m: { report: string; start: number }, type: string) => `${m.report}${String(m.start).padStart(7, '0')}${type}`;
  const all = extraction.entities.flatMap((e) => e.mentions.map((m) => ({ e, m, k: key(m, e.type) }))).sort((a, b) => (a.k < b.k ? -1 : 1));
  const r = rng(seed);
  shuffleInPlace(all, r);
  return all.slice(0, n).map(({ e, m }, i) => drawnRow(i + 1, e, m, texts));
}

/**
 * Per type, `per[type]` mentions drawn uniformly from that type's mentions (the rare types get a sample of their own, and a
 * name read often still weighs as often as it is read): each type's mentions in text order, shuffled with the seed.
 */
export function drawByMentionPerType(
  extraction: Extraction,
  seed: number,
  per: Partial<Record<EntityType, number>>,
): Omit<MentionRow, 'verdict' | 'right' | 'note'>[] {
  const rows: Omit<MentionRow, 'verdict' | 'right' | 'note'>[] = [];
  for (const [type, n] of Object.entries(per) as [EntityType, number][]) {
    const ofType = { ...extraction, entities: extraction.entities.filter((e) => e.type === type) };
    for (const row of drawByMention(ofType, seed, n)) rows.push({ ...row, n: rows.length + 1 });
  }
  return rows;
}

/** The row of a drawn mention, before it is judged: where it stands and the sentence around it. */
function drawnRow(
  n: number,
  e: { type: EntityType; name: string },
  m: { report: string; start: number; end: number },
  texts: Map<string, string>,
): Omit<MentionRow, 'verdict' | 'right' | 'note'> {
  const text = texts.get(m.report) ?? '';
  return {
    n,
    type: e.type,
    report: m.report,
    start: m.start,
    end: m.end,
    surface: text.slice(m.start, m.end),
    name: e.name,
    sentence: sentenceAround(text, m.start, m.end),
  };
}

export function readMentionRows(file: string): MentionRow[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('n\t'))
    .map((line) => {
      const [n, type, report, start, end, surface, name, verdict, right, note, sentence] = line.split('\t');
      return {
        n: Number(n),
        type: type as EntityType,
        report: report!,
        start: Number(start),
        end: Number(end),
        surface: surface!,
        name: name!,
        verdict: verdict as MentionVerdict,
        right: right!,
        note: note ?? '',
        sentence: sentence ?? '',
      };
    });
}

export interface MentionTally {
  /** Rows whose mention (or, for a misbounded one, its right span) the extraction still reads. */
  read: number;
  /** Of those, the ones right now: a right row kept, a misbounded row read with its right span. */
  right: number;
  /** Right rows no longer read (lost recall, not precision). */
  lost: string[];
  /** Wrong or misbounded rows still read as drawn. */
  wrong: string[];
}

/**
 * The sample's precision on an extraction: a row counts where the extraction reads its span with its type; a misbounded
 * row counts as right where the extraction reads its right span (found around the drawn one) instead; a wrong row the
 * extraction no longer reads drops out.
 */
export function scoreMentions(rows: MentionRow[], mentions: FoundMention[], texts: Map<string, string>): Record<EntityType, MentionTally> {
  const out = {} as Record<EntityType, MentionTally>;
  const at = new Set(mentions.map((m) => `${m.report}:${m.start}:${m.end}:${m.type}`));
  for (const row of rows) {
    const tally = (out[row.type] ??= { read: 0, right: 0, lost: [], wrong: [] });
    const said = `${row.n} ${row.report} ${row.type} ${row.surface}`;
    const kept = at.has(`${row.report}:${row.start}:${row.end}:${row.type}`);
    if (row.verdict === 'misbounded') {
      const fixed = rightSpan(row, texts.get(row.report) ?? '');
      if (fixed && at.has(`${row.report}:${fixed[0]}:${fixed[1]}:${row.type}`)) {
        tally.read++;
        tally.right++;
        continue;
      }
    }
    if (!kept) {
      if (row.verdict === 'right') tally.lost.push(said);
      continue;
    }
    tally.read++;
    if (row.verdict === 'right') tally.right++;
    else tally.wrong.push(`${said} (${row.note})`);
  }
  return out;
}

/** Where a misbounded row's right surface lies: the occurrence nearest the drawn span that overlaps or holds it. */
export function rightSpan(row: MentionRow, text: string): [number, number] | undefined {
  const from = Math.max(0, row.start - row.right.length);
  const i = text.indexOf(row.right, from);
  if (i < 0 || i > row.end) return undefined;
  return [i, i + row.right.length];
}
