// What the pages show of the relations a clause states (holds-post, inspects, disciplines, issues, runs, leads): per
// entity, grouped by kind with the sentence each is read from; and every person's posts across reports (who's who).
import type { Entity, Extraction, RelationType, ReportRecord } from '../types.ts';
import { MEANINGFUL_KINDS, RELATION_KINDS } from '../link/relations/relationKinds.ts';
import { sentenceAt } from './downloads/relationRows.ts';
import { legacyAnchor, paths } from './paths.ts';
import { extractionAnchors } from './data/anchors.ts';

/** The other end of a relation: an entity, or a measure (what a body leads). */
export interface RelationEnd {
  id: string;
  name: string;
  type: Entity['type'] | 'measure';
  /** Base-relative path of its page. */
  path: string;
}

/** Where a relation is read: the sentence, and its anchor in the reader. */
export interface RelationSentence {
  report: Pick<ReportRecord, 'id' | 'title'>;
  /** The whole sentence. */
  text: string;
  /** The clause the relation is read from (the evidence): what a list shows of a long sentence. */
  clause: string;
  /** Base-relative path of the sentence in the reader. */
  path: string;
}

export interface RelationItem {
  kind: RelationType;
  /** true when this entity is the source (梁维东 任职 中共东莞市委), false when the target. */
  outgoing: boolean;
  other: RelationEnd;
  title?: string;
  former?: boolean;
  inferred?: boolean;
  sentences: RelationSentence[];
}

export interface RelationGroup {
  kind: RelationType;
  label: string;
  items: RelationItem[];
}

export interface PersonPosts {
  person: Entity;
  posts: { title: string; former: boolean; body: RelationEnd; sentence: RelationSentence | undefined }[];
  /** The other relations of the person (disciplined by, leads …), by kind. */
  other: RelationGroup[];
}

const INDEX = new WeakMap<Extraction, Map<string, RelationGroup[]>>();

/** The relations with a meaning of one entity, strongest kind first; built once per extraction for every entity. */
export function entityRelations(extraction: Extraction, entityId: string): RelationGroup[] {
  let index = INDEX.get(extraction);
  if (!index) {
    index = buildIndex(extraction);
    INDEX.set(extraction, index);
  }
  return index.get(entityId) ?? [];
}

/** Every person with a post, with their posts and other relations across reports, by name. */
export function whosWho(extraction: Extraction): PersonPosts[] {
  const people = extraction.entities.filter((e) => e.type === 'person');
  const out: PersonPosts[] = [];
  for (const person of people) {
    const groups = entityRelations(extraction, person.id);
    const posts = groups.find((g) => g.kind === 'holds-post')?.items.filter((i) => i.outgoing) ?? [];
    if (!groups.length) continue;
    out.push({
      person,
      posts: posts.map((p) => ({ title: p.title ?? '', former: !!p.former, body: p.other, sentence: p.sentences[0] })),
      other: groups.filter((g) => g.kind !== 'holds-post'),
    });
  }
  return out.sort((a, b) => b.posts.length - a.posts.length || cmp(a.person.name, b.person.name));
}

function buildIndex(extraction: Extraction): Map<string, RelationGroup[]> {
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  const measures = new Map(extraction.measures.map((m) => [m.id, m]));
  const reports = new Map(extraction.reports.map((r) => [r.id, r]));
  const anchorOf = extractionAnchors(extraction);
  const end = (id: string): RelationEnd | undefined => {
    const e = entities.get(id);
    if (e) return { id, name: e.name, type: e.type, path: paths.entity(e.type, e.id) };
    const m = measures.get(id);
    if (m)
      return {
        id,
        name: `${m.ordinal}${m.heading}`,
        type: 'measure',
        path: paths.measure(m.report, anchorOf(m.report, id) ?? legacyAnchor(id)),
      };
    return undefined;
  };
  const byEntity = new Map<string, Map<RelationType, RelationItem[]>>();
  const add = (id: string, item: RelationItem) => {
    if (!entities.has(id)) return;
    const kinds = byEntity.get(id) ?? new Map<RelationType, RelationItem[]>();
    kinds.set(item.kind, [...(kinds.get(item.kind) ?? []), item]);
    byEntity.set(id, kinds);
  };
  const meaningful = new Set<RelationType>(MEANINGFUL_KINDS);
  for (const r of extraction.relations) {
    if (!meaningful.has(r.type)) continue;
    const source = end(r.source);
    const target = end(r.target);
    if (!source || !target) continue;
    const sentences = r.evidence.flatMap((ev): RelationSentence[] => {
      const report = reports.get(ev.report);
      if (!report) return [];
      const s = sentenceAt(report, ev.start);
      return [
        {
          report: { id: report.id, title: report.title },
          text: report.text.slice(s?.start ?? ev.start, s?.end ?? ev.end),
          clause: report.text.slice(ev.start, ev.end),
          path: paths.report(report.id, s && (anchorOf(report.id, s.id) ?? s.id)),
        },
      ];
    });
    const facts = { kind: r.type, title: r.title, former: r.former, inferred: r.inferred, sentences };
    add(r.source, { ...facts, outgoing: true, other: target });
    add(r.target, { ...facts, outgoing: false, other: source });
  }
  const out = new Map<string, RelationGroup[]>();
  for (const [id, kinds] of byEntity) {
    out.set(
      id,
      MEANINGFUL_KINDS.filter((k) => kinds.has(k)).map((kind) => ({
        kind,
        label: RELATION_KINDS[kind].label,
        items: kinds.get(kind)!.sort((a, b) => Number(b.outgoing) - Number(a.outgoing) || cmp(a.other.name, b.other.name)),
      })),
    );
  }
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
