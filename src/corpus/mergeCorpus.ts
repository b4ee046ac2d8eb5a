import type { Entity, Evidence, Extraction, Relation, ReportExtraction, SkippedFile } from '../types.ts';
import { resolveIdClashes, stableEntityId } from '../entities/entityId.ts';
import { simplifiedName } from './simplifiedName.ts';
import { concatAll, pushAll } from '../util/arrays.ts';
import { figureRecord } from '../figures/figureRecord.ts';
import { topPostAfterSurname } from '../entities/people/surnamePosts.ts';

/**
 * Joins per-report extractions into one corpus: one entity per real thing across reports (same type and simplified-script
 * canonical name) with its mentions grouped by report, relations summed, a second report with an id already taken skipped
 * with a reason. Everything is sorted, so the output depends only on the set of inputs — not on their order, the number of
 * threads or which finished first — and two runs give byte-identical files.
 */
export function mergeCorpus(parts: ReportExtraction[], skipped: SkippedFile[] = []): Extraction {
  const seenReports = new Map<string, string>();
  const kept: ReportExtraction[] = [];
  const skippedAll = [...skipped];
  for (const part of [...parts].sort((a, b) => cmp(a.report.id, b.report.id) || cmp(a.report.file, b.report.file))) {
    const prior = seenReports.get(part.report.id);
    if (prior) {
      skippedAll.push({ path: part.report.file, reason: `duplicate report id "${part.report.id}" (already used by ${prior})` });
      continue;
    }
    seenReports.set(part.report.id, part.report.file);
    kept.push(part);
  }

  // An entity's key is worked out once (a slug and a hash of its simplified name): it is asked again to rename ids.
  const keys = entityKeys(kept);
  joinSurnamePosts(kept, keys);
  const entities = mergeEntities(concatAll(kept.map((p) => p.entities)), keys);
  assignIds(entities);
  // Per-report ids are renamed through the report's own entity list, so a slug shared by two names in two reports
  // still points at the right entity.
  const renamed = kept.map((p) => {
    const ids = new Map(p.entities.map((e) => [e.id, entities.get(keys.get(e)!)!.id]));
    const rename = (id: string) => ids.get(id) ?? id;
    return {
      measures: [...p.measures].sort(bySpan),
      figures: p.figures.map((f) => figureRecord(f, f, unique(f.entities.map(rename)))).sort(bySpan),
      cases: p.cases.map((c) => ({ ...c, entities: unique(c.entities.map(rename)) })).sort(bySpan),
      relations: p.relations,
      rename,
    };
  });

  return {
    version: 1,
    reports: kept.map((p) => p.report),
    measures: concatAll(renamed.map((r) => r.measures)),
    entities: [...entities.values()].sort((a, b) => cmp(a.id, b.id)),
    figures: concatAll(renamed.map((r) => r.figures)),
    cases: concatAll(renamed.map((r) => r.cases)),
    relations: mergeRelations(renamed),
    skipped: skippedAll.sort((a, b) => cmp(a.path, b.path) || cmp(a.reason, b.reason)),
  };
}

// Code-unit order, not localeCompare: the same in every locale and Node build.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const bySpan = (a: { start: number; end: number; id: string }, b: { start: number; end: number; id: string }) =>
  a.start - b.start || a.end - b.end || cmp(a.id, b.id);

const byEvidence = (a: Evidence, b: Evidence) => cmp(a.report, b.report) || a.start - b.start || a.end - b.end;

const unique = (ids: string[]) => [...new Set(ids)];

// One real thing: the same stable id (which tells namesake places apart) and the same simplified name (which tells apart
// names whose slugs collide).
const entityKey = (e: Entity) => {
  const name = simplifiedName(e.name);
  return `${stableEntityId(e.type, name, e.id)}\u0000${name}`;
};

/**
 * Each entity of each report with its key. A corpus names the same entities report after report: the key of a type, id
 * and name is worked out once (at 1,000 synthetic reports, 0.43 → 0.27 s with their slugs known).
 */
function entityKeys(parts: readonly ReportExtraction[]): Map<Entity, string> {
  const keys = new Map<Entity, string>();
  const known = new Map<string, Map<string, Map<string, string>>>();
  for (const p of parts)
    for (const e of p.entities) {
      const byName = getOrAdd(
        getOrAdd(known, e.type, () => new Map<string, Map<string, string>>()),
        e.id,
        () => new Map<string, string>(),
      );
      keys.set(
        e,
        getOrAdd(byName, e.name, () => entityKey(e)),
      );
    }
  return keys;
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, made: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = made()));
  return value;
}

/**
 * A report that calls someone only by surname and top post (毛主席 in gwr-1958) cannot tell who it is; a report that names
 * him in full and so (毛泽东 … 毛主席 in gwr-1964) can. The short form joins the one person the other reports give it to;
 * given to two (李总理 for 李鹏 and for 李克强), it stays apart.
 */
function joinSurnamePosts(parts: readonly ReportExtraction[], keys: Map<Entity, string>): void {
  const holders = new Map<string, Set<string>>();
  for (const p of parts)
    for (const e of p.entities)
      if (e.type === 'person')
        for (const a of e.aliases) {
          const alias = simplifiedName(a);
          if (topPostAfterSurname(alias) && alias !== simplifiedName(e.name))
            holders.set(alias, (holders.get(alias) ?? new Set()).add(keys.get(e)!));
        }
  for (const p of parts)
    for (const e of p.entities) {
      if (e.type !== 'person') continue;
      const found = holders.get(simplifiedName(e.name));
      if (found?.size === 1) keys.set(e, [...found][0]!);
    }
}

function mergeEntities(all: Entity[], keys: ReadonlyMap<Entity, string>): Map<string, Entity> {
  const byKey = new Map<string, Entity>();
  for (const e of all) {
    const key = keys.get(e)!;
    const prior = byKey.get(key);
    if (!prior) {
      // The key names the entity: an entity joined to another (joinSurnamePosts) takes that one's id and name.
      const [id, name] = key.split('\u0000') as [string, string];
      byKey.set(key, { ...e, id, name, aliases: [e.name, ...e.aliases], mentions: [...e.mentions] });
      continue;
    }
    prior.aliases.push(e.name);
    pushAll(prior.aliases, e.aliases);
    pushAll(prior.mentions, e.mentions);
    prior.place ??= e.place;
  }
  for (const e of byKey.values()) {
    e.aliases = [...new Set(e.aliases)].filter((a) => a !== e.name).sort(cmp);
    e.mentions.sort(byEvidence);
  }
  return byKey;
}

/**
 * An entity's id is a function of its type and canonical name (entityId; for a place whose name the gazetteer gives to
 * several places, also of its city), whatever report it came from, so it survives reports being added or removed. Should
 * two names still share one, resolveIdClashes gives all but one a longer hash, so no two entities share an id.
 */
function assignIds(entities: Map<string, Entity>): void {
  resolveIdClashes([...entities.values()]);
}

/**
 * The relations of every report, their ids renamed to the corpus's, one per type, source, target and title, their weights
 * summed. Each is copied once, renamed as it is merged; keys stay strings: numbering the ids and keying by a number made of
 * two was slower (a number past 2³⁰ is an object of its own to V8's maps; 40 copies, 66.8 → 76.0 ms).
 */
function mergeRelations(parts: readonly { relations: readonly Relation[]; rename: (id: string) => string }[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const p of parts)
    for (const r of p.relations) {
      let source = p.rename(r.source);
      let target = p.rename(r.target);
      // Co-occurrence has no direction: one pair, whichever way round a report's linker wrote it.
      if (r.type === 'co-occurs' && source > target) [source, target] = [target, source];
      // Two posts of one person in one body (党组书记 and 局长) stay two relations.
      const key = `${r.type}\u0000${source}\u0000${target}\u0000${r.title ?? ''}`;
      const prior = byKey.get(key);
      if (!prior) byKey.set(key, { ...r, source, target, evidence: [...r.evidence] });
      else {
        prior.weight += r.weight;
        pushAll(prior.evidence, r.evidence);
        // Inferred only while no report states the source outright.
        if (prior.inferred && !r.inferred) delete prior.inferred;
      }
    }
  // Each merged relation is this merge's own copy (evidence too): sorted in place, where there is more than one (most
  // relations have one piece of evidence, and a sort call costs more than its comparisons then).
  const merged = [...byKey.values()];
  for (const r of merged) if (r.evidence.length > 1) r.evidence.sort(byEvidence);
  return merged.sort((a, b) => cmp(a.type, b.type) || cmp(a.source, b.source) || cmp(a.target, b.target));
}
