// A precision sample of the report's outline as extracted from real reports, judged by hand: sections (the numbered
// headings 一、 (一) 1. (1)) and measures (the clause after 一是 / 二是 … up to its first 。 or ；), each a heading whose
// bounds a reader checks against ../shared/eval/GOLD_FORMAT.md. Shared by the test and by scripts/mentionSample.ts.
import fs from 'node:fs';
import type { MentionVerdict } from './mentionSample.ts';
import { seededRandom } from '../../src/util/seededRandom.ts';

export type OutlineKind = 'section' | 'measure';

export interface OutlineRow {
  n: number;
  kind: OutlineKind;
  report: string;
  /** The heading's span (headingStart, headingEnd): the text without its number or ordinal. */
  start: number;
  end: number;
  heading: string;
  verdict: MentionVerdict;
  /** misbounded: the right heading; wrong: '-'. */
  right: string;
  note: string;
  /** The line around the heading, the heading in 【】, its number or ordinal before it. */
  context: string;
}

/** What an outline item of an extraction gives the sample. */
export interface OutlineItem {
  kind: OutlineKind;
  report: string;
  headingStart: number;
  headingEnd: number;
  heading: string;
}

// mulberry32 (src/util/seededRandom.ts), as ../shared/eval/audit.mjs: the same sample for the same list and seed on every machine.
const rng = seededRandom;

/** The sections and measures of an extraction.json, in text order (report, start). */
export function outlineOf(extraction: {
  reports: { id: string; sections: { heading: string; headingStart: number; headingEnd: number }[] }[];
  measures: { report: string; heading: string; headingStart: number; headingEnd: number }[];
}): OutlineItem[] {
  const items: OutlineItem[] = [
    ...extraction.reports.flatMap((r) => r.sections.map((s) => ({ kind: 'section' as const, report: r.id, ...pick(s) }))),
    ...extraction.measures.map((m) => ({ kind: 'measure' as const, report: m.report, ...pick(m) })),
  ];
  return items.sort((a, b) => (a.report < b.report ? -1 : a.report > b.report ? 1 : a.headingStart - b.headingStart));
}

const pick = (s: { heading: string; headingStart: number; headingEnd: number }) => ({
  heading: s.heading,
  headingStart: s.headingStart,
  headingEnd: s.headingEnd,
});

/** Per kind, `per[kind]` items drawn uniformly from that kind's items in text order, shuffled with the seed. */
export function drawOutline(
  items: OutlineItem[],
  texts: Map<string, string>,
  seed: number,
  per: Partial<Record<OutlineKind, number>>,
): Omit<OutlineRow, 'verdict' | 'right' | 'note'>[] {
  const rows: Omit<OutlineRow, 'verdict' | 'right' | 'note'>[] = [];
  for (const [kind, n] of Object.entries(per) as [OutlineKind, number][]) {
    const all = items.filter((i) => i.kind === kind);
    const r = rng(seed);
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [all[i], all[j]] = [all[j]!, all[i]!];
    }
    for (const it of all.slice(0, n)) {
      const text = texts.get(it.report) ?? '';
      rows.push({
        n: rows.length + 1,
        kind,
        report: it.report,
        start: it.headingStart,
        end: it.headingEnd,
        heading: text.slice(it.headingStart, it.headingEnd),
        context: contextAround(text, it.headingStart, it.headingEnd),
      });
    }
  }
  return rows;
}

/** The heading in 【】 with up to 12 characters of its line before it and 40 after it (a reader judges its bounds). */
export function contextAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < 12 && text[s - 1] !== '\n') s--;
  let e = end;
  while (e < text.length && e - end < 40 && text[e] !== '\n') e++;
  return `${text.slice(s, start)}【${text.slice(start, end)}】${text.slice(end, e)}`.replace(/\s+/g, ' ');
}

export function readOutlineRows(file: string): OutlineRow[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('n\t'))
    .map((line) => {
      const [n, kind, report, start, end, heading, verdict, right, note, context] = line.split('\t');
      return {
        n: Number(n),
        kind: kind as OutlineKind,
        report: report!,
        start: Number(start),
        end: Number(end),
        heading: heading!,
        verdict: verdict as MentionVerdict,
        right: right!,
        note: note ?? '',
        context: context ?? '',
      };
    });
}

export interface OutlineTally {
  read: number;
  right: number;
  lost: string[];
  wrong: string[];
}

/**
 * The sample's precision on an extraction's outline: a row counts where an item of its kind has its heading span; a
 * misbounded row counts as right where an item of its kind reads its right heading at the place (overlapping the drawn
 * span); a wrong row no longer read drops out.
 */
export function scoreOutline(rows: OutlineRow[], items: OutlineItem[]): Record<OutlineKind, OutlineTally> {
  const out = {} as Record<OutlineKind, OutlineTally>;
  for (const row of rows) {
    const tally = (out[row.kind] ??= { read: 0, right: 0, lost: [], wrong: [] });
    const said = `${row.n} ${row.report} ${row.kind} ${row.heading}`;
    const ofKind = items.filter((i) => i.kind === row.kind && i.report === row.report);
    if (row.verdict === 'misbounded') {
      const fixed = ofKind.some(
        (i) => i.heading === row.right && i.headingStart < row.end + row.right.length && i.headingEnd > row.start - row.right.length,
      );
      if (fixed) {
        tally.read++;
        tally.right++;
        continue;
      }
    }
    const kept = ofKind.some((i) => i.headingStart === row.start && i.headingEnd === row.end);
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
