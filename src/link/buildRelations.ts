import type { Case, Entity, Evidence, Figure, Measure, Relation, ReportMention, Span } from '../types.ts';
import { entityId } from '../entities/entityId.ts';
import type { FigureLink } from './figureEntities.ts';
import { groupBySpan } from '../text/spanSearch.ts';

const ev = (report: string, s: Span): Evidence => ({ report, start: s.start, end: s.end });

// The relations of figures and cases are pushed in loops, not made by flatMap: flatMap's arrays, one per figure, cost ten
// times the loop (hundreds of figures a report).

/** figure → entity, with the figure and the mention that names the entity as evidence. */
export function figureAboutRelations(reportId: string, figures: readonly Figure[], links: ReadonlyMap<string, FigureLink[]>): Relation[] {
  const out: Relation[] = [];
  for (const f of figures) {
    for (const l of links.get(f.id) ?? []) {
      out.push({ source: f.id, target: l.entityId, type: 'figure-about', weight: 1, evidence: [ev(reportId, f), ev(reportId, l.mention)] });
    }
  }
  return out;
}

/** figure → the measure and the innermost section it stands in. */
export function figureInRelations(reportId: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  for (const f of figures) {
    if (f.measure !== null) out.push({ source: f.id, target: f.measure, type: 'figure-in', weight: 1, evidence: [ev(reportId, f)] });
    if (f.section !== null) out.push({ source: f.id, target: f.section, type: 'figure-in', weight: 1, evidence: [ev(reportId, f)] });
  }
  return out;
}

/** entity → measure it is named in; weight = number of mentions there. */
export function appearsInRelations(reportId: string, measures: readonly Measure[], mentions: readonly ReportMention[]): Relation[] {
  const sorted = [...measures].sort((a, b) => a.start - b.start);
  const groups = groupBySpan(sorted, mentions);
  const out: Relation[] = [];
  sorted.forEach((measure, k) => {
    const byEntity = new Map<string, Evidence[]>();
    for (const m of groups[k]!) {
      if (m.end > measure.end) continue;
      const list = byEntity.get(m.entity.id);
      if (list) list.push(ev(reportId, m));
      else byEntity.set(m.entity.id, [ev(reportId, m)]);
    }
    for (const [source, evidence] of byEntity)
      out.push({ source, target: measure.id, type: 'appears-in', weight: evidence.length, evidence });
  });
  return out;
}

/**
 * entity ↔ entity named in the same clause (never across the , and ; of a chained sentence, whose parts are about
 * different things); weight = number of clauses, evidence = those clauses.
 */
export function coOccurrenceRelations(reportId: string, clauses: readonly Span[], mentions: readonly ReportMention[]): Relation[] {
  const sorted = [...clauses].sort((a, b) => a.start - b.start);
  const groups = groupBySpan(sorted, mentions);
  const pairs = new Map<string, Relation>();
  sorted.forEach((sentence, k) => {
    // Most clauses name one entity or none: no pair.
    if (groups[k]!.length < 2) return;
    const ids = [...new Set(groups[k]!.filter((m) => m.end <= sentence.end).map((m) => m.entity.id))].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        const prior = pairs.get(key);
        if (prior) {
          prior.weight++;
          prior.evidence.push(ev(reportId, sentence));
        } else {
          pairs.set(key, { source: ids[i]!, target: ids[j]!, type: 'co-occurs', weight: 1, evidence: [ev(reportId, sentence)] });
        }
      }
    }
  });
  return [...pairs.values()];
}

/**
 * place → parent place, up the gazetteer path (大朗镇 → 东莞市 → 广东省); a town's body → its town. A parent this report names is linked by its
 * entity id; one it does not name keeps the id its entity would have (entityId('place', name)), so the site can still
 * show the gazetteer's hierarchy. Evidence: the child's first mention in this report.
 */
export function locatedInRelations(reportId: string, entities: readonly Entity[]): Relation[] {
  const byName = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'place') continue;
    for (const n of [e.name, ...e.aliases]) if (!byName.has(n)) byName.set(n, e.id);
  }
  const idOf = (name: string) => byName.get(name) ?? entityId('place', name);
  const out = new Map<string, Relation>();
  for (const e of entities) {
    if (e.type === 'organization' && e.place?.path?.length) {
      // A town's body lies in its town (黄陂镇党委 → 黄陂镇); the town's own entity carries the chain above it.
      const first = e.mentions.find((m) => m.report === reportId);
      const target = idOf(e.place.path[e.place.path.length - 1]!);
      if (first)
        out.set(`${e.id}\u0000${target}`, { source: e.id, target, type: 'located-in', weight: 1, evidence: [ev(reportId, first)] });
      continue;
    }
    if (e.type !== 'place' || !e.place?.path?.length) continue;
    const first = e.mentions.find((m) => m.report === reportId);
    if (!first) continue;
    // 东莞市's towns hang off a pseudo-area named after the city: drop repeated names, and the place's own name.
    const path = e.place.path.filter((n, i, a) => n !== a[i - 1]);
    const chain = path[path.length - 1] === e.name ? path : [...path, e.name];
    for (let i = chain.length - 1; i > 0; i--) {
      const source = i === chain.length - 1 ? e.id : idOf(chain[i]!);
      const target = idOf(chain[i - 1]!);
      if (source === target) continue;
      const key = `${source}\u0000${target}`;
      if (!out.has(key)) out.set(key, { source, target, type: 'located-in', weight: 1, evidence: [ev(reportId, first)] });
    }
  }
  return [...out.values()];
}

/** case → each entity it happened in or to, with the case's sentence as evidence. */
export function caseAboutRelations(reportId: string, cases: readonly Case[]): Relation[] {
  const out: Relation[] = [];
  for (const c of cases)
    for (const target of c.entities) out.push({ source: c.id, target, type: 'case-about', weight: 1, evidence: [ev(reportId, c)] });
  return out;
}
