import type { NormalizedReport, ReportDocument, ReportStructure, Span } from '../types.ts';
import { foldFullwidthAscii } from '../text/foldWidth.ts';
import { splitTextSentences } from '../text/sentences.ts';
import { clausesOf } from '../text/clauses.ts';
import { structureLocator } from '../text/locator.ts';
import { wrapBreaks } from '../text/wraps.ts';
import { markedSpans, QUOTE_MARKS, TITLE_MARKS } from '../text/marks.ts';

/**
 * The report read once for the stages after structure: figures, cases and link take this instead of each folding the text,
 * sorting the sentences, building a locator and finding the marks again. Pure; built once per report by extractReport.
 */
export function buildDocument(report: NormalizedReport, structure: ReportStructure): ReportDocument {
  const folded = foldFullwidthAscii(report.folded);
  // A structure always has sentences for a report with text; one built by hand may not, and is read the way structure reads.
  const sentences: Span[] = structure.sentences.length
    ? structure.sentences.map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start)
    : splitTextSentences(report.text);
  const clauses: (Span[] | undefined)[] = [];
  return {
    report,
    structure,
    folded,
    sentences,
    clauses: (k) => (clauses[k] ??= clausesOf(folded, sentences[k]!)),
    locate: structureLocator(structure),
    wrapBreaks: wrapBreaks(folded, structure.sentences),
    titles: markedSpans(folded, TITLE_MARKS),
    quotes: markedSpans(folded, QUOTE_MARKS),
  };
}
