// The unit an offset of a report falls in: its sentence, else its paragraph, else its line. Apart from locate.ts so
// that anchors.ts, which locate.ts reads, can use it without an import loop.
import type { Paragraph, Sentence } from '../../types.ts';
import { containing } from '../spans.ts';

/** The sentence holding an offset, else its paragraph (reports without sentence structure). */
export function unitOf(idx: { sentences: Sentence[]; paragraphs: Paragraph[] }, offset: number): Sentence | Paragraph | undefined {
  return containing(idx.sentences, offset) ?? containing(idx.paragraphs, offset);
}

/** The line holding an offset: the unit of a report with no structure at all. */
export function lineAt(text: string, offset: number): { start: number; end: number } {
  const end = text.indexOf('\n', offset);
  return { start: text.lastIndexOf('\n', offset - 1) + 1, end: end < 0 ? text.length : end };
}
