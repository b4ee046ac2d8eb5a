// The views the site's pages read, as src/site/data.ts derives them from the extraction.
import type { Case, Entity, EntityType, Extraction, Figure, Measure, ReportRecord, Section } from '../types.ts';

/** A key-word-in-context line: one mention with the words around it, and where to read it. */
export interface Kwic {
  report: string;
  start: number;
  end: number;
  left: string;
  keyword: string;
  right: string;
  /** The sentence (or paragraph) to link to in the reader; null when the report has no structure. */
  anchor: string | null;
  /** The whole sentence (or paragraph, or line) the mention stands in. */
  sentence: string;
}

/** A piece of text in the reader: plain, an entity mention, or a figure. */
export type Segment =
  { kind: 'text'; text: string } | { kind: 'mention'; text: string; entity: Entity } | { kind: 'figure'; text: string; figure: Figure };

export type BlockPart =
  /** id: the sentence's content anchor; positionId: the anchor earlier builds gave it (by position), kept so old links resolve. */
  { kind: 'sentence'; id: string; positionId: string; segments: Segment[] } | { kind: 'text'; segments: Segment[] };

/** One block of the reader: a section heading, a paragraph, or text between paragraphs (kept: nothing is dropped). */
export interface ReaderBlock {
  kind: 'heading' | 'paragraph' | 'loose';
  /** Content anchor of the block (its paragraph's); null for loose text. */
  id: string | null;
  /** Set for headings, with its content anchor. */
  section: Section | null;
  sectionAnchor: string | null;
  /** Sections whose heading starts in this block but is not the whole block: anchors placed at its start. */
  sectionAnchors: string[];
  /** More anchors placed at its start: position ids of earlier builds, measures and cases that begin in it. */
  extraAnchors: string[];
  start: number;
  end: number;
  parts: BlockPart[];
}

export interface OutlineItem {
  section: Section;
  children: OutlineItem[];
}

export interface ReaderView {
  report: ReportRecord;
  outline: OutlineItem[];
  blocks: ReaderBlock[];
}

export interface MeasureTreeNode {
  section: Section;
  measures: Measure[];
  children: MeasureTreeNode[];
}

export interface MeasureRef {
  measure: Measure;
  /** How many mentions of the entity the measure holds. */
  count: number;
}

export interface EvidenceSentence {
  report: string;
  text: string;
  anchor: string | null;
}

export interface RelatedEntity {
  entity: Entity;
  weight: number;
  evidence: EvidenceSentence[];
}

export interface PlaceLink {
  name: string;
  entity: Entity | null;
}

/** A date stated in a sentence that names the entity: one point of its timeline. */
export interface TimelineEntry {
  /** Normalized date or period (2018-03-12, 2018-03, 2018-03-12/2018-05-14). */
  value: string;
  /** The date as written. */
  text: string;
  report: string;
  sentence: string;
  anchor: string | null;
}

/** An entity's page. Lists are bounded (ENTITY_PAGE_LIMITS in src/site/data/entityView.ts); the counts say how many in all. */
export interface EntityView {
  entity: Entity;
  /** Dates stated beside its mentions, in time order. */
  timeline: TimelineEntry[];
  timelineCount: number;
  mentionCount: number;
  /** Every report naming it, with its mentions in context (none for reports past the page's bound) and how many there are. */
  byReport: { report: ReportRecord; mentions: Kwic[]; total: number }[];
  /** Mentions not shown in context. */
  omitted: number;
  figures: Figure[];
  figureCount: number;
  measures: MeasureRef[];
  measureCount: number;
  /** The entities most often named in the same sentences. */
  related: RelatedEntity[];
  relatedCount: number;
  /** Enclosing places, outermost first (from the gazetteer path and located-in relations). */
  parents: PlaceLink[];
  children: Entity[];
  cases: Case[];
  caseCount: number;
}

export interface MeasureView {
  measure: Measure;
  report: ReportRecord;
  /** The section chain, outermost first. */
  sections: Section[];
  text: string;
  anchor: string | null;
  figures: Figure[];
  entities: { entity: Entity; count: number }[];
  cases: Case[];
}

export interface CaseView {
  item: Case;
  report: ReportRecord;
  section: Section | null;
  measure: Measure | null;
  sentence: string;
  anchor: string | null;
  entities: Entity[];
  figures: Figure[];
}

export interface FigureRow {
  figure: Figure;
  reportTitle: string;
  sectionHeading: string;
  anchor: string | null;
  entities: Entity[];
}

export interface SiteData {
  extraction: Extraction;
  reports: ReportRecord[];
  report(id: string): ReportRecord | undefined;
  entities: Entity[];
  entity(id: string): Entity | undefined;
  /** Entities of a type, most-mentioned first, then by name. */
  entitiesOfType(type: EntityType): Entity[];
  countsByType: Record<EntityType, number>;
  /** Unique measures, figures and cases (first of a duplicated id kept), each with one page. */
  measures: Measure[];
  figures: Figure[];
  cases: Case[];
  measure(id: string): Measure | undefined;
  figure(id: string): Figure | undefined;
  caseById(id: string): Case | undefined;
  section(report: string, id: string | null): Section | undefined;
  reader(reportId: string): ReaderView;
  measureTree(reportId: string): { roots: MeasureTreeNode[]; loose: Measure[] };
  entityView(id: string): EntityView;
  measureView(id: string): MeasureView;
  /** Where a figure, case or measure is cited: its row in its report's figure table, case table or measure list (base-relative). */
  figureLink(figure: Figure): string;
  caseLink(item: Case): string;
  measureLink(measure: Measure): string;
  caseView(id: string): CaseView;
  figureRows(): FigureRow[];
  /** One report's figure rows, cases and measures (indexed once, not filtered per page). */
  figureRowsOf(reportId: string): FigureRow[];
  casesOf(reportId: string): Case[];
  measuresOf(reportId: string): Measure[];
  /** The sentence (or paragraph) holding an offset, as its content anchor. */
  anchorAt(report: string, offset: number): string | null;
  /** The content anchor of a sentence, paragraph, section, figure, measure or case of a report (by extraction id). */
  anchor(report: string, id: string): string;
  sentenceAt(report: string, offset: number): string;
  /** A span of a report as reader segments (mentions linked, figures marked). */
  segmentsOf(report: string, start: number, end: number): Segment[];
  /** The sentence (or paragraph, or line) holding an offset, as reader segments. */
  sentenceSegmentsAt(report: string, offset: number): Segment[];
}
