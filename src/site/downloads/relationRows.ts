import type { Entity, Extraction, Relation, ReportRecord, Sentence } from '../../types.ts';
import { RELATION_KINDS } from '../../link/relations/relationKinds.ts';
import { legacyAnchor, paths } from '../paths.ts';
import { extractionAnchors } from '../data/anchors.ts';
import { containing } from '../spans.ts';

export const RELATION_HEADER = [
  'source',
  'source_name',
  'source_type',
  'target',
  'target_name',
  'target_type',
  'type',
  'label',
  'direction',
  'title',
  'former',
  'inferred',
  'weight',
  'evidence',
  'evidence_sentence',
  'evidence_page',
  'source_page',
  'target_page',
];

/**
 * relations.csv: one row per relation, with the kind's Chinese label and direction, the title of a post, the sentence
 * of its first evidence, and the pages (base-relative: prefix the site's address) of both ends and of that sentence.
 */
export function relationRows(extraction: Extraction): (string | number | boolean | undefined)[][] {
  const entities = new Map<string, Entity>(extraction.entities.map((e) => [e.id, e]));
  const measures = new Map(extraction.measures.map((m) => [m.id, m]));
  const reports = new Map(extraction.reports.map((r) => [r.id, r]));
  const figures = new Map(extraction.figures.map((f) => [f.id, f]));
  // Pages and sentences by their content anchors: the links stay right when a report gains a paragraph.
  const anchorOf = extractionAnchors(extraction);
  const anchor = (report: string, id: string) => anchorOf(report, id) ?? legacyAnchor(id);
  const page = (id: string) => {
    const e = entities.get(id);
    if (e) return paths.entity(e.type, e.id);
    const m = measures.get(id);
    if (m) return paths.measure(m.report, anchor(m.report, id));
    const f = figures.get(id);
    if (f) return paths.figure(f.report, anchor(f.report, id));
    return '';
  };
  const name = (id: string) => entities.get(id)?.name ?? measures.get(id)?.heading;
  const type = (id: string) => entities.get(id)?.type ?? (measures.has(id) ? 'measure' : undefined);
  return extraction.relations.map((r: Relation) => {
    const kind = RELATION_KINDS[r.type];
    const first = r.evidence[0];
    const report = first ? reports.get(first.report) : undefined;
    const sentence = report && first ? sentenceAt(report, first.start) : undefined;
    return [
      r.source,
      name(r.source),
      type(r.source),
      r.target,
      name(r.target),
      type(r.target),
      r.type,
      kind.label,
      kind.directed ? 'directed' : 'undirected',
      r.title,
      String(r.former ?? false),
      String(r.inferred ?? false),
      r.weight,
      r.evidence.map((e) => `${e.report}:${e.start}-${e.end}`).join('|'),
      report && sentence
        ? report.text.slice(sentence.start, sentence.end)
        : report && first
          ? report.text.slice(first.start, first.end)
          : '',
      report ? paths.report(report.id, sentence && anchor(report.id, sentence.id)) : '',
      page(r.source),
      page(r.target),
    ];
  });
}

/** The sentence an offset falls in (sentences sorted and disjoint). */
export function sentenceAt(report: ReportRecord, offset: number): Sentence | undefined {
  return containing(report.sentences, offset);
}
