import type { Entity, Measure, Span } from '../../types.ts';
import type { ReportMention } from '../../types.ts';
import { groupBySpan } from '../../text/spanSearch.ts';

/** One clause of a sentence (split at , ; :) with the mentions that start in it. */
export interface ClauseView extends Span {
  /** Index of its sentence in the report. */
  sentence: number;
  mentions: readonly ReportMention[];
}

/** Everything the relation finders read of one report; built once. */
export interface RelationContext {
  reportId: string;
  /** Folded text (same length as the shown text): what the patterns match on. */
  folded: string;
  clauses: readonly ClauseView[];
  /** Every surface form (name or alias) of an organization of this report that names only one of them. */
  orgByName: ReadonlyMap<string, Entity>;
  /** The same for places. */
  placeByName: ReadonlyMap<string, Entity>;
  /** The report's issuer (signature, title, or the body the inspection reported to), when it is one of its organizations. */
  issuer: readonly Entity[];
  /** Who 我们 / 我市 is: the issuer, else the body the opening speaks for (我代表国务院…, 我受国务院的委托…). */
  voice: readonly Entity[];
  /** The enumerated measures, by start. */
  measures: readonly Measure[];
}

export function relationContext(
  reportId: string,
  folded: string,
  sentenceClauses: readonly (readonly Span[])[],
  mentions: readonly ReportMention[],
  entities: readonly Entity[],
  issuer: readonly Entity[],
  measures: readonly Measure[],
): RelationContext {
  const flat: { span: Span; sentence: number }[] = [];
  sentenceClauses.forEach((clauses, sentence) => clauses.forEach((span) => flat.push({ span, sentence })));
  const groups = groupBySpan(
    flat.map((c) => c.span),
    mentions,
  );
  const clauses = flat.map((c, k) => ({
    start: c.span.start,
    end: c.span.end,
    sentence: c.sentence,
    mentions: groups[k]!.filter((m) => m.end <= c.span.end),
  }));
  const orgByName = namesOf(entities, 'organization');
  return {
    reportId,
    folded,
    clauses,
    orgByName,
    placeByName: namesOf(entities, 'place'),
    issuer,
    voice: issuer.length ? issuer : speakerOf(folded, orgByName),
    measures: [...measures].sort((a, b) => a.start - b.start),
  };
}

function namesOf(entities: readonly Entity[], type: Entity['type']): Map<string, Entity> {
  const out = new Map<string, Entity>();
  const clash = new Set<string>();
  for (const e of entities) {
    if (e.type !== type) continue;
    for (const n of new Set([e.name, ...e.aliases])) {
      const prior = out.get(n);
      if (prior && prior !== e) clash.add(n);
      else out.set(n, e);
    }
  }
  for (const n of clash) out.delete(n);
  return out;
}

/** The measure a clause stands in, if any. */
export function measureAt(ctx: RelationContext, at: Span): Measure | null {
  let best: Measure | null = null;
  for (const m of ctx.measures) {
    if (m.start > at.start) break;
    if (at.end <= m.end) best = m;
  }
  return best;
}

// 我代表国务院，向大会报告政府工作; 我受国务院的委托: a speech says at its opening whom it speaks for.
const SPEAKS_FOR = /我(?:代表|受)([\u4e00-\u9fa5]{2,20}?)(?:的委托|委托|[,，、向])/;

function speakerOf(folded: string, orgByName: ReadonlyMap<string, Entity>): Entity[] {
  const m = SPEAKS_FOR.exec(folded.slice(0, 400));
  const body = m ? orgByName.get(m[1]!) : undefined;
  return body ? [body] : [];
}
