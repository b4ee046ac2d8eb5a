// Compares one report's extraction with a hand-made expectation written in the gold format (GOLD_FORMAT.md), the way the
// project's scorer does: entities by type and any shared name, figures by value and unit with 万/亿 folded in, headings
// by level and text (a prefix of six characters or more counts), measures by heading, figure links by entity name.
import type { ReportExtraction } from '../../src/types.ts';

export interface ExpectedEntity {
  type: string;
  name: string;
  aliases?: string[];
  optional?: boolean;
}
export interface ExpectedFigure {
  value: number;
  unit: string;
  text?: string;
  context?: string;
  entities?: string[];
  optional?: boolean;
}
export interface Expectation {
  file: string;
  entities: ExpectedEntity[];
  figures: ExpectedFigure[];
  sections: { level: number; heading: string }[];
  measures: { heading: string }[];
}

/** Hits, false hits and misses of one area. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** What went wrong, one line each (FN …, FP …), for a readable failure. */
  notes: string[];
}

export type Area = 'person' | 'place' | 'organization' | 'regulation' | 'campaign' | 'figures' | 'links' | 'sections' | 'measures';
export const AREAS: readonly Area[] = [
  'person',
  'place',
  'organization',
  'regulation',
  'campaign',
  'figures',
  'links',
  'sections',
  'measures',
];

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, notes: [] });

/** What a name may differ by without being another name: width, spaces, quotes and brackets, punctuation. */
export function normName(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000"'“”‘’「」『』《》〈〉()（）·•.,，。、:：;；!?！？\-—_]/g, '')
    .toLowerCase();
}

function canonFigure(value: number, unit: string): { v: number; u: string } {
  let v = value;
  let u = unit.trim().replace(/^[余多]/, '');
  const mult: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
  if (mult[u[0] ?? '']) {
    v *= mult[u[0]!]!;
    u = u.slice(1).replace(/^[余多]/, '');
  }
  if (u === '％') u = '%';
  return { v, u };
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function headingMatch(gold: string, pred: string): boolean {
  const g = normName(gold);
  const p = normName(pred);
  if (!g || !p) return false;
  if (g === p) return true;
  const [s, l] = g.length <= p.length ? [g, p] : [p, g];
  return s.length >= 6 && l.startsWith(s);
}

/** Per-area tallies of one report's extraction against its expectation. Pure. */
export function compareExpectation(expected: Expectation, got: ReportExtraction): Record<Area, Tally> {
  const out = Object.fromEntries(AREAS.map((a) => [a, tally()])) as Record<Area, Tally>;
  const namesOf = (e: { name: string; aliases?: readonly string[] }) =>
    new Set([e.name, ...(e.aliases ?? [])].map(normName).filter(Boolean));
  const meets = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

  // Entities: one real thing, one node; a second prediction for the same thing is a false hit.
  const gold = expected.entities.map((e) => ({ ...e, names: namesOf(e), hit: false }));
  for (const pe of got.entities) {
    const t = out[pe.type as Area];
    const names = namesOf(pe);
    const same = gold.find((g) => g.type === pe.type && meets(g.names, names));
    if (same) {
      if (same.optional) continue;
      if (same.hit) {
        t.fp++;
        t.notes.push(`FP duplicate ${pe.name}`);
      } else {
        same.hit = true;
        t.tp++;
      }
      continue;
    }
    if (gold.some((g) => g.optional && meets(g.names, names))) continue;
    t.fp++;
    t.notes.push(`FP ${pe.name}`);
  }
  for (const g of gold) {
    if (g.hit || g.optional) continue;
    out[g.type as Area].fn++;
    out[g.type as Area].notes.push(`FN ${g.name}`);
  }

  const goldNames = (n: string) => {
    const names = new Set([normName(n)]);
    for (const g of gold) if (g.names.has(normName(n))) for (const x of g.names) names.add(x);
    return names;
  };

  // Figures, each expected one matched to an unused predicted one of equal value and unit (the one in its context first).
  const byId = new Map(got.entities.map((e) => [e.id, e]));
  const pred = got.figures.map((f) => ({ f, c: canonFigure(f.value, f.unit), used: false }));
  const order = [...expected.figures.filter((g) => !g.optional), ...expected.figures.filter((g) => g.optional)];
  for (const g of order) {
    const c = canonFigure(g.value, g.unit);
    const cands = pred.filter((p) => !p.used && c.u !== '' && sameValue(c.v, p.c.v) && p.c.u.startsWith(c.u));
    const inContext = cands.find(
      (p) =>
        g.context && normName(g.context).includes(normName(p.f.text)) && normName(p.f.context).includes(normName(g.context).slice(0, 6)),
    );
    const hit = inContext ?? cands[0];
    if (g.optional) {
      if (hit) hit.used = true;
      continue;
    }
    if (!hit) {
      out.figures.fn++;
      out.figures.notes.push(`FN ${g.text ?? g.value + g.unit} · ${g.context ?? ''}`);
      continue;
    }
    hit.used = true;
    out.figures.tp++;
    // Links are read where the expectation names entities: each named one found is a hit, each other one linked a false hit.
    // A link names its entity by any of the expectation's names for it (辽宁省卫生健康委员会 for the node read as 省卫生健康委).
    if (!g.entities?.length) continue;
    // A second node of one entity linked too is a false hit, as a second node is among the entities.
    const linked = hit.f.entities.map((id) => byId.get(id)).filter((e) => e !== undefined);
    const used = new Set<number>();
    for (const n of g.entities) {
      const want = goldNames(n);
      const j = linked.findIndex((e, k) => !used.has(k) && meets(namesOf(e), want));
      if (j >= 0) {
        used.add(j);
        out.links.tp++;
      } else {
        out.links.fn++;
        out.links.notes.push(`FN ${hit.f.text} → ${n}`);
      }
    }
    for (const [k, e] of linked.entries()) {
      if (!used.has(k)) {
        out.links.fp++;
        out.links.notes.push(`FP ${hit.f.text} → ${e.name}`);
      }
    }
  }
  for (const p of pred) {
    if (p.used) continue;
    out.figures.fp++;
    out.figures.notes.push(`FP ${p.f.text} · ${p.f.context}`);
  }

  const headings = (area: Area, want: { level?: number; heading: string }[], have: { level?: number; heading: string }[]) => {
    const used = new Set<number>();
    for (const g of want) {
      const i = have.findIndex(
        (p, j) => !used.has(j) && (g.level === undefined || p.level === g.level) && headingMatch(g.heading, p.heading),
      );
      if (i >= 0) {
        used.add(i);
        out[area].tp++;
      } else {
        out[area].fn++;
        out[area].notes.push(`FN ${g.level ?? ''} ${g.heading}`);
      }
    }
    have.forEach((p, j) => {
      if (used.has(j)) return;
      out[area].fp++;
      out[area].notes.push(`FP ${p.level ?? ''} ${p.heading}`);
    });
  };
  headings(
    'sections',
    expected.sections,
    got.report.sections.map((s) => ({ level: s.level, heading: s.heading })),
  );
  headings(
    'measures',
    expected.measures,
    got.measures.map((m) => ({ heading: m.heading })),
  );
  return out;
}

/** Sums tallies of several reports, area by area. */
export function sumTallies(all: Record<Area, Tally>[]): Record<Area, Tally> {
  const out = Object.fromEntries(AREAS.map((a) => [a, tally()])) as Record<Area, Tally>;
  for (const r of all) {
    for (const a of AREAS) {
      out[a].tp += r[a].tp;
      out[a].fp += r[a].fp;
      out[a].fn += r[a].fn;
      out[a].notes.push(...r[a].notes);
    }
  }
  return out;
}

export const precision = (t: Tally) => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1);
export const recall = (t: Tally) => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1);
