// Anchors that last: each sentence, paragraph, section, figure, measure and case of a report is anchored by a short
// hash of its normalized text (with an occurrence number when the same text comes again), not by its position, so a
// link someone published still points at the same sentence after a paragraph is added above it.
import type { Case, Extraction, Figure, Measure, Paragraph, ReportRecord, Sentence } from '../../types.ts';
import { byStart } from '../spans.ts';
import { lineAt, unitOf } from './units.ts';

/** What a report's anchors are made from: its records, each list sorted by start. */
export interface AnchorSource {
  report: ReportRecord;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  figures: Figure[];
  measures: Measure[];
  cases: Case[];
}

/** Width and space do not change what a sentence says: a re-typed full-width comma keeps its anchor. */
export function normalizeForAnchor(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** FNV-1a (32 bits) in base 36: six or seven ASCII characters, valid in an HTML id and a URL fragment. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Gives each key its anchor: prefix-hash, then prefix-hash-2, -3 … for the same text again. */
function keyer(prefix: string) {
  const seen = new Map<string, number>();
  return (text: string) => {
    const base = `${prefix}-${shortHash(normalizeForAnchor(text))}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

/** Extraction id (sentence, paragraph, section, figure, measure, case) → content anchor, for one report. */
export function reportAnchors(idx: AnchorSource): Map<string, string> {
  const text = idx.report.text;
  const slice = (u: { start: number; end: number }) => text.slice(u.start, u.end);
  const anchors = new Map<string, string>();
  const sentence = keyer('s');
  for (const s of idx.sentences) anchors.set(s.id, sentence(slice(s)));
  const paragraph = keyer('p');
  for (const p of idx.paragraphs) anchors.set(p.id, paragraph(slice(p)));
  const section = keyer('h');
  for (const s of [...idx.report.sections].sort((a, b) => a.headingStart - b.headingStart))
    anchors.set(s.id, section(`${s.number}${s.heading}`));
  // A figure by its sentence and its own text: 437宗 in the same sentence keeps its anchor wherever the sentence moves.
  const figure = keyer('f');
  for (const f of idx.figures) anchors.set(f.id, figure(`${slice(unitOf(idx, f.start) ?? lineAt(text, f.start))}\u0000${f.text}`));
  const measure = keyer('m');
  for (const m of idx.measures) anchors.set(m.id, measure(slice(m)));
  const caseKey = keyer('c');
  for (const c of idx.cases) anchors.set(c.id, caseKey(slice(c)));
  return anchors;
}

/**
 * Content anchors for code that holds the extraction but not the site's indexes (downloads, graph data): records grouped by
 * report once, each report's anchors made on first use. Same anchors as the pages (one function makes both).
 */
export function extractionAnchors(extraction: Extraction): (reportId: string, id: string) => string | undefined {
  const group = <T extends { report: string; start: number; end: number }>(list: T[]) => {
    const by = new Map<string, T[]>();
    for (const x of list) (by.get(x.report) ?? by.set(x.report, []).get(x.report)!).push(x);
    for (const xs of by.values()) xs.sort(byStart);
    return by;
  };
  const figures = group(extraction.figures);
  const measures = group(extraction.measures);
  const cases = group(extraction.cases);
  const reports = new Map(extraction.reports.map((r) => [r.id, r]));
  const made = new Map<string, Map<string, string>>();
  return (reportId, id) => {
    let map = made.get(reportId);
    if (!map) {
      const report = reports.get(reportId);
      map = report
        ? reportAnchors({
            report,
            sentences: [...report.sentences].sort(byStart),
            paragraphs: [...report.paragraphs].sort(byStart),
            figures: figures.get(reportId) ?? [],
            measures: measures.get(reportId) ?? [],
            cases: cases.get(reportId) ?? [],
          })
        : new Map();
      made.set(reportId, map);
    }
    return map.get(id);
  };
}
