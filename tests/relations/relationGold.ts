// Hand-written relations (tests/fixtures/relations/*/<report>.tsv) against what extractReport reads from the report:
// matched by kind and both ends (any accepted name against an entity's name or aliases, or a measure's heading).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { readReport } from '../../src/read/readReport.ts';
import { MEANINGFUL_KINDS } from '../../src/link/relations/relationKinds.ts';
import type { RelationType, ReportExtraction } from '../../src/types.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const RELATIONS_DIR = path.join(HERE, '..', 'fixtures', 'relations');
const DONGGUAN = path.join(HERE, '..', '..', 'data', 'reports', 'dongguan-2018.txt');

export interface GoldRelation {
  kind: RelationType;
  source: string[];
  target: string[];
  title: string;
  former: boolean;
  inferred: boolean;
  optional: boolean;
  evidence: string;
}

export interface KindScore {
  /** Required gold rows found / all required rows. */
  found: number;
  required: number;
  /** Predictions matching a gold row (required or optional) / predictions. */
  right: number;
  predicted: number;
  misses: string[];
  falseHits: string[];
}

export function readGold(file: string): GoldRelation[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [kind, source, target, title, flags, evidence] = l.split('\t');
      const f = (flags ?? '').split(',');
      return {
        kind: kind as RelationType,
        source: source!.split('|'),
        target: target!.split('|'),
        title: title ?? '',
        former: f.includes('former'),
        inferred: f.includes('inferred'),
        optional: f.includes('optional'),
        evidence: evidence ?? '',
      };
    });
}

/** The report files of a gold folder with their gold: dev/<id>.txt (dongguan from data/reports) and heldout/<id>.txt. */
export function goldSets(set: 'dev' | 'heldout'): { report: string; gold: GoldRelation[] }[] {
  const dir = path.join(RELATIONS_DIR, set);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => {
      const txt = path.join(dir, f.replace(/\.tsv$/, '.txt'));
      return { report: fs.existsSync(txt) ? txt : DONGGUAN, gold: readGold(path.join(dir, f)) };
    });
}

const clean = (s: string) => s.replace(/[\s“”"]/g, '');

export function scoreReport(got: ReportExtraction, gold: readonly GoldRelation[]): Map<RelationType, KindScore> {
  const names = new Map<string, Set<string>>();
  for (const e of got.entities) names.set(e.id, new Set([e.name, ...e.aliases].map(clean)));
  for (const m of got.measures) names.set(m.id, new Set([clean(m.heading)]));
  const label = (id: string) => [...(names.get(id) ?? [id])][0];
  const matches = (id: string, accepted: string[]) => accepted.some((a) => names.get(id)?.has(clean(a)));
  const out = new Map<RelationType, KindScore>();
  for (const kind of MEANINGFUL_KINDS) {
    const rows = gold.filter((g) => g.kind === kind);
    const predicted = got.relations.filter((r) => r.type === kind);
    const hit = (r: (typeof predicted)[number], g: GoldRelation) => matches(r.source, g.source) && matches(r.target, g.target);
    // Gold rows that state one pair twice count once.
    const keyed = new Map<string, GoldRelation>();
    for (const g of rows) {
      const key = `${g.source.join('|')}\u0000${g.target.join('|')}`;
      const prior = keyed.get(key);
      if (!prior || (prior.optional && !g.optional)) keyed.set(key, g);
    }
    const unique = [...keyed.values()];
    const required = unique.filter((g) => !g.optional);
    const misses = required.filter((g) => !predicted.some((r) => hit(r, g)));
    const falseHits = predicted.filter((r) => !unique.some((g) => hit(r, g)));
    out.set(kind, {
      found: required.length - misses.length,
      required: required.length,
      right: predicted.length - falseHits.length,
      predicted: predicted.length,
      misses: misses.map((g) => `${g.source[0]} → ${g.target[0]} (${g.evidence})`),
      falseHits: falseHits.map((r) => `${label(r.source)} → ${label(r.target)}${r.title ? ` [${r.title}]` : ''}`),
    });
  }
  return out;
}

/** Scores of every report of a set, summed per kind. */
export function scoreSet(set: 'dev' | 'heldout'): {
  total: Map<RelationType, KindScore>;
  reports: { report: string; scores: Map<RelationType, KindScore> }[];
} {
  const reports = goldSets(set).map(({ report, gold }) => ({
    report: path.basename(report),
    scores: scoreReport(extractReport(readReport(report)), gold),
  }));
  const total = new Map<RelationType, KindScore>();
  for (const kind of MEANINGFUL_KINDS) {
    const t: KindScore = { found: 0, required: 0, right: 0, predicted: 0, misses: [], falseHits: [] };
    for (const r of reports) {
      const s = r.scores.get(kind)!;
      t.found += s.found;
      t.required += s.required;
      t.right += s.right;
      t.predicted += s.predicted;
      t.misses.push(...s.misses.map((m) => `${r.report}: ${m}`));
      t.falseHits.push(...s.falseHits.map((m) => `${r.report}: ${m}`));
    }
    total.set(kind, t);
  }
  return { total, reports };
}

export const recall = (s: KindScore) => (s.required ? s.found / s.required : 1);
export const precision = (s: KindScore) => (s.predicted ? s.right / s.predicted : 1);
