// Every record that crosses a stage of the pipeline (read → normalize → structure → entities → figures → link → site).
// Offsets are JavaScript string indices (UTF-16 code units) into the report's normalized `text`.
// The fields of `Extraction` that ../shared/eval/README.md names are a public contract: keep their names and meaning.

/** A half-open span [start, end) in one report's normalized text. */
export interface Span {
  start: number;
  end: number;
}

/** Where a fact was read: a span in a named report. */
export interface Evidence extends Span {
  report: string;
}

// ─── read ────────────────────────────────────────────────────────────────────

export type SourceFormat = 'txt' | 'md' | 'html';

/** A report file decoded to a string, before normalization. */
/**
 * A heading the file's markup marks (Markdown's # to ######, a paragraph in bold or opening with a bold sentence), as its
 * line of the content writes it or begins: structure ranks a report's unnumbered headings by it.
 */
export interface MarkedHeading {
  text: string;
  /** 1 for #, 6 for ######, 7 for bold. */
  depth: number;
}

export interface RawReport {
  /** Path as given on the command line or found in the folder. */
  path: string;
  /** Basename of the file (the scorer matches on it). */
  file: string;
  format: SourceFormat;
  /** Encoding detected from the bytes, e.g. "UTF-8", "GB18030", "UTF-16LE". */
  encoding: string;
  /** Decoded content (for html: the main text, one block per line; for md: the body without front matter). */
  content: string;
  /** Metadata the file itself states (md front matter, html <title>/<meta>). */
  meta: ReportMeta;
  /** The headings the file's markup marks, in order, where it has markup (.md). */
  marked?: MarkedHeading[];
  /** Stray control characters (NUL, ^Z …) in the decoded file, when there were any: normalize drops them; a warning says so. */
  controlCharacters?: number;
  /** The report's id when the corpus assigned one (two files of one name in two folders); else read from `file`. */
  id?: string;
}

export interface ReportMeta {
  title?: string;
  /** ISO date, YYYY-MM-DD. */
  date?: string;
  issuer?: string;
  source?: string;
}

/** A file that could not be extracted, and why (shown as one line naming the file). */
export interface SkippedFile {
  path: string;
  reason: string;
}

// ─── normalize ───────────────────────────────────────────────────────────────

export interface NormalizedReport {
  id: string;
  file: string;
  format: SourceFormat;
  encoding: string;
  /** The text the site shows and every offset points into. Nothing of the report's own content is dropped. */
  text: string;
  /** The text folded for matching only (traditional → simplified, full-width → half-width); same length as `text`. */
  folded: string;
  /** 'zh-Hant' when the report is written in traditional characters. */
  script: 'zh-Hans' | 'zh-Hant';
  title: string;
  date?: string;
  issuer?: string;
  source?: string;
  /** Lines removed as website chrome (boilerplate, page-break markers), kept so nothing is silently lost. */
  removed: string[];
  /** The headings the file's markup marks (RawReport.marked). */
  marked?: MarkedHeading[];
  /** Why lines that look like chrome were left in the text (removing them would have left no report), when that happened. */
  chromeKept?: string;
}

// ─── structure ───────────────────────────────────────────────────────────────

/** 1 for 一、, 2 for (一), 3 for 1., 4 for (1). */
export type SectionLevel = 1 | 2 | 3 | 4;

/** 'problem' for 关于…问题 headings, 'measure' for headings that state an action, 'other' otherwise. */
export type SectionKind = 'problem' | 'measure' | 'other';

export interface Section extends Span {
  id: string;
  level: SectionLevel;
  /** Heading text without its number. */
  heading: string;
  /** The number as written: "一、", "(一)", "1.", "(1)". */
  number: string;
  kind: SectionKind;
  parent: string | null;
  /** Span of the heading line itself; [start, end) of the section runs to the next heading of the same or higher level. */
  headingStart: number;
  headingEnd: number;
}

export interface Paragraph extends Span {
  id: string;
  section: string | null;
}

export interface Sentence extends Span {
  id: string;
  paragraph: string;
  section: string | null;
}

/** An enumerated rectification action (一是…, 二是…). */
export interface Measure extends Span {
  id: string;
  report: string;
  section: string | null;
  /** The ordinal as written: 一是, 二是 … */
  ordinal: string;
  /** The clause after the ordinal up to its first 。 (or ； where it ends first). */
  heading: string;
  headingStart: number;
  headingEnd: number;
}

/** Where an offset stands in the report's outline: the innermost section and the measure, by id. */
export interface StructurePlace {
  section: string | null;
  measure: string | null;
}

export interface ReportStructure {
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  measures: Measure[];
}

// ─── entities ────────────────────────────────────────────────────────────────

export type EntityType = 'person' | 'place' | 'organization' | 'regulation' | 'campaign';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'regulation', 'campaign'];

/** One occurrence of an entity; `text.slice(start, end)` reads `surface`. */
export interface Mention extends Evidence {
  surface: string;
}

/** A candidate found by one recognizer in one report, before merging. */
export interface EntityCandidate extends Span {
  type: EntityType;
  surface: string;
  /** The canonical name this surface stands for (e.g. 中共东莞市委 for 市委), when the recognizer knows it. */
  canonical?: string;
  /** Recognizer's confidence in [0, 1]; overlapping candidates are resolved by it. */
  score: number;
  /** Which recognizer produced it (for debugging and tests). */
  source: string;
  /** For places: where the place lies (gazetteer code, level, enclosing places), when the recognizer knows it. */
  place?: PlaceInfo;
}

export interface PlaceInfo {
  /** Administrative code from the gazetteer, when the place is in it. */
  code?: string;
  /** country, region (东南亚, 中东) and a foreign city (with its country as path) are places beyond China. */
  level?: 'province' | 'city' | 'county' | 'town' | 'village' | 'zone' | 'feature' | 'country' | 'region';
  /** Names of the enclosing places, outermost first (广东省, 东莞市). */
  path?: string[];
}

export interface Entity {
  /** `${type}:${slug}`, stable across corpora: derived from type and canonical name only. */
  id: string;
  type: EntityType;
  name: string;
  /** Every other surface form seen in the text. */
  aliases: string[];
  mentions: Mention[];
  place?: PlaceInfo;
}

// ─── document ────────────────────────────────────────────────────────────────

/**
 * One report read once for the stages after structure, in the spirit of spaCy's Doc: document/buildDocument makes it from
 * the normalized report and its structure; figures read it; document/withMentions adds the entities' mentions for cases
 * and link. A stage reads these instead of folding, splitting or locating again.
 */
export interface ReportDocument {
  report: NormalizedReport;
  structure: ReportStructure;
  /**
   * What figures, cases and link match on: `report.folded` with full-width ASCII folded (text/foldWidth.foldFullwidthAscii;
   * a no-op on normalize's output), same length as `report.text`.
   */
  folded: string;
  /** Sentence spans sorted by start: the structure's, or for a structure without sentences the text split as structure splits it. */
  sentences: readonly Span[];
  /** Clauses of `sentences[k]`, cut at ,，;；:： (text/clauses.clausesOf), computed when first asked for. */
  clauses(k: number): readonly Span[];
  /** The innermost section and the measure around an offset (text/locator.structureLocator). */
  locate(offset: number): StructurePlace;
  /** Line breaks a hard-wrapped report has inside its sentences (text/wraps.wrapBreaks), ascending. */
  wrapBreaks: readonly number[];
  /** Titles 《…》 (with 〈…〉 inside) on `folded`, outermost pairs, sorted (text/marks). */
  titles: readonly Span[];
  /** Quotations “…” 「…」 『…』 on `folded`, outermost pairs, sorted. */
  quotes: readonly Span[];
}

/** One mention of an entity in a report as cases and link read it, with what its surroundings say about its role. */
export interface ReportMention extends Span {
  entity: Entity;
  /** A person, place or body that can be the subject or place of a quantity (not a document or campaign). */
  actor: boolean;
  /** Named only as the body of a title (市委书记, 县委主要领导): the person acts, not the body. */
  titleOnly: boolean;
  /** Inside 《…》 or “…”: part of a document title or a quoted name. */
  quoted: boolean;
  /** A member of an open list (市公安局、大朗镇等18个单位): an example, not what the count is about. */
  listExample: boolean;
  /** A body named as the owner of an activity (省委巡视对我市…): a modifier, not an actor. */
  activityModifier: boolean;
  /** The head of a longer name the entities do not list (市委整改落实办公室, 东莞党建主题展览, 人才东莞行). */
  partOfName: boolean;
}

/** The document with the report's entities and their mentions: what cases and link read. */
export interface MentionedDocument extends ReportDocument {
  entities: readonly Entity[];
  /** Every mention of `entities` in this report, sorted, nested ones reduced to the longest (document/withMentions). */
  mentions: readonly ReportMention[];
}

// ─── figures ─────────────────────────────────────────────────────────────────

export interface Figure extends Span {
  id: string;
  report: string;
  section: string | null;
  measure: string | null;
  /** The number as written (6316.73 for 6316.73万元). */
  value: number;
  /** What follows the number, 万/亿 kept (万元, 公里, %, 个百分点). */
  unit: string;
  /** 万/亿 folded in: 63167300 for 6316.73万元. */
  normalizedValue: number;
  /** Unit without 万/亿 (元 for 万元). */
  baseUnit: string;
  /** Exact surface, `text.slice(start, end)`. */
  text: string;
  /** The clause it stands in. */
  context: string;
  /** 'increase' for 增长/提高/上升, 'decrease' for 下降/减少/降低. */
  change: 'increase' | 'decrease' | null;
  /** 约, 近, 多, 余, 以上 … mark an approximate figure. */
  approximate: boolean;
  /** Ids of the entities it is about. */
  entities: string[];
  /** What it measures, one key across reports (国内生产总值增长 for a growth rate, 国内生产总值 for the level). */
  indicator: string;
  /** The words of its sentence the indicator was read from (folded). */
  indicatorText: string;
  /** The year or span of years it refers to (2015, 2011/2015); null when the report's year is unknown and none is written. */
  period: string | null;
  /** target (planned), outcome (a level reached or a count), change (a change achieved: 增长, 下降, 提高到). */
  status: FigureStatus;
  /** Id of the sentence it stands in. */
  sentence: string | null;
}

export type FigureStatus = 'target' | 'outcome' | 'change';

/** A date or period, normalized for a timeline: 2018-03-12, 2018-03, 2018, or start/end. */
export interface DateMention extends Span {
  id: string;
  report: string;
  text: string;
  value: string;
}

// ─── cases ───────────────────────────────────────────────────────────────────

export type CaseKind = 'investigation' | 'discipline' | 'recovery' | 'accident' | 'trial';

/** An enforcement or incident fact the report states. */
export interface Case extends Span {
  id: string;
  report: string;
  kinds: CaseKind[];
  /** A short label of what happened, from the sentence (e.g. 发生因违建造成5人死亡、1人受伤的恶性事故). */
  summary: string;
  section: string | null;
  measure: string | null;
  /** Ids of the places and bodies it happened in or to. */
  entities: string[];
  /** Ids of the figures it states (cases, people, yuan). */
  figures: string[];
}

// ─── link ────────────────────────────────────────────────────────────────────

export type RelationType =
  | 'holds-post' // person → organization: a post, with its title as written (former when 原)
  | 'inspects' // inspection or 巡察 team → the body or place inspected
  | 'disciplines' // discipline body → the person or body investigated, punished, held accountable, talked to
  | 'issues' // body → the document it issued, drew up or revised
  | 'runs' // body → the campaign it launched or runs
  | 'leads' // body or person → the measure or campaign it leads or answers for
  | 'co-occurs' // entity ↔ entity in the same clause
  | 'figure-about' // figure → entity
  | 'figure-in' // figure → measure or section
  | 'appears-in' // entity → measure
  | 'located-in' // place → parent place
  | 'case-about'; // case → entity

export interface Relation {
  source: string;
  target: string;
  type: RelationType;
  weight: number;
  evidence: Evidence[];
  /** The kind's Chinese label (任职, 巡视巡察 …), from RELATION_KINDS. */
  label?: string;
  /** false for co-occurs (no direction); true for every kind that reads source → target. */
  directed?: boolean;
  /** holds-post: the title as written (市委副书记, 组长, 副局长), without 原. */
  title?: string;
  /** holds-post: the post is a former one (原…). */
  former?: boolean;
  /** The source is the report's issuer, read as the subject of clauses that name none. */
  inferred?: boolean;
}

// ─── the whole ───────────────────────────────────────────────────────────────

/** A report as extraction.json stores it; its measures live in `Extraction.measures`. */
export interface ReportRecord extends Omit<NormalizedReport, 'folded'>, Omit<ReportStructure, 'measures'> {
  dates: DateMention[];
}

/** Everything one report yields, before the corpus is merged. */
export interface ReportExtraction {
  report: ReportRecord;
  measures: Measure[];
  entities: Entity[];
  figures: Figure[];
  cases: Case[];
  relations: Relation[];
}

/** How far a corpus extraction has got, for a progress line. */
export interface CorpusProgress {
  done: number;
  total: number;
  file: string;
  /** Size on disk of the files done so far and of all files listed, for rates and time left. */
  doneBytes: number;
  totalBytes: number;
}

/** extraction.json: the contract of ../shared/eval/README.md plus richer fields. */
export interface Extraction {
  version: 1;
  reports: ReportRecord[];
  measures: Measure[];
  entities: Entity[];
  figures: Figure[];
  cases: Case[];
  relations: Relation[];
  skipped: SkippedFile[];
  /** Reports that were extracted but look wrong (no headings, nothing found): one line each, naming the file. */
  warnings?: SkippedFile[];
}
