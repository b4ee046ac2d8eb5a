import type { ReportStructure, Span } from '../types.ts';
import { splitTextSentences } from '../text/sentences.ts';

/** The report's sentences: the structure's, or for a structure without them the text split as structure splits it. */
export function sentenceSpans(text: string, structure: ReportStructure): Span[] {
  if (structure.sentences.length) return structure.sentences.map((s) => ({ start: s.start, end: s.end }));
  return splitTextSentences(text);
}
