import type { Entity, Extraction, Relation, ReportExtraction, SkippedFile } from './types.ts';
import { nameHash } from './entities/entityId.ts';

const byStart = (a: { report?: string; start: number; end: number }, b: { report?: string; start: number; end: number }) =>
  (a.report ?? '').localeCompare(b.report ?? '') || a.start - b.start || a.end - b.end;

/**
 * Joins per-report extractions into one corpus: one entity per real thing across reports (same type and canonical name),
 * relations summed, everything sorted so that two runs on the same input give byte-identical output.
 */
export function mergeCorpus(parts: ReportExtraction[], skipped: SkippedFile[] = []): Extraction {
  const seenReports = new Map<string, string>();
  const kept: ReportExtraction[] = [];
  const skippedAll = [...skipped];
  for (const part of [...parts].sort((a, b) => a.report.id.localeCompare(b.report.id) || a.report.file.localeCompare(b.report.file))) {
    const prior = seenReports.get(part.report.id);
    if (prior) {
      skippedAll.push({ path: part.report.file, reason: `duplicate report id "${part.report.id}" (already used by ${prior})` });
      continue;
    }
    seenReports.set(part.report.id, part.report.file);
    kept.push(part);
  }

  const entities = mergeEntities(kept.flatMap((p) => p.entities));
  disambiguateIds(entities);
  // Per-report ids are renamed through the report's own entity list, so a slug shared by two names in two reports
  // still points at the right entity.
  const renamed = kept.map((p) => {
    const ids = new Map(p.entities.map((e) => [e.id, entities.get(entityKey(e))!.id]));
    const rename = (id: string) => ids.get(id) ?? id;
    return {
      figures: p.figures.map((f) => ({ ...f, entities: f.entities.map(rename) })),
      cases: p.cases.map((c) => ({ ...c, entities: c.entities.map(rename) })),
      relations: p.relations.map((r) => ({ ...r, source: rename(r.source), target: rename(r.target) })),
    };
  });
  const figures = renamed.flatMap((r) => r.figures);
  const cases = renamed.flatMap((r) => r.cases);
  const relations = mergeRelations(renamed.flatMap((r) => r.relations));

  return {
    version: 1,
    reports: kept.map((p) => p.report),
    measures: kept.flatMap((p) => p.measures),
    entities: [...entities.values()].sort((a, b) => a.id.localeCompare(b.id)),
    figures,
    cases,
    relations,
    skipped: skippedAll.sort((a, b) => a.path.localeCompare(b.path)),
  };
}

const entityKey = (e: Entity) => `${e.type}\u0000${e.name}`;

function mergeEntities(all: Entity[]): Map<string, Entity> {
  const byKey = new Map<string, Entity>();
  for (const e of all) {
    const key = entityKey(e);
    const prior = byKey.get(key);
    if (!prior) {
      byKey.set(key, { ...e, aliases: [...e.aliases], mentions: [...e.mentions] });
      continue;
    }
    prior.aliases = [...new Set([...prior.aliases, ...e.aliases])];
    prior.mentions.push(...e.mentions);
    prior.place ??= e.place;
  }
  for (const e of byKey.values()) {
    e.aliases = e.aliases.filter((a) => a !== e.name).sort();
    e.mentions.sort(byStart);
  }
  return byKey;
}

/** Gives names whose slugs collide ids of their own (slug plus a hash of the name). */
function disambiguateIds(entities: Map<string, Entity>): void {
  const byId = new Map<string, Entity[]>();
  for (const e of entities.values()) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    for (const e of group) e.id = `${id}-${nameHash(e.name)}`;
  }
}

function mergeRelations(all: Relation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const r of all) {
    const key = `${r.type}\u0000${r.source}\u0000${r.target}`;
    const prior = byKey.get(key);
    if (!prior) byKey.set(key, { ...r, evidence: [...r.evidence] });
    else {
      prior.weight += r.weight;
      prior.evidence.push(...r.evidence);
    }
  }
  return [...byKey.values()]
    .map((r) => ({ ...r, evidence: r.evidence.sort(byStart) }))
    .sort((a, b) => a.type.localeCompare(b.type) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}
