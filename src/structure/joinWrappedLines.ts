import type { Span } from '../types.ts';

// A line ends a paragraph when it ends a sentence or a clause list (。！？；：), closes a quotation or bracket, or is short
// enough to be a title or signature. Text copied from a PDF breaks lines mid-sentence (制定《县委常委会⏎落实…清单》；),
// and an enumerated action read only to the line's end would lose the rest of its clause.
const ENDS_PARAGRAPH = /[。！？!?；;：:”’」』)）】\]》…]$/;
const MIN_WRAPPED_LINE = 12;
// A report is read as wrapped only when many of its body lines stop mid-sentence: a web page's title and signature
// lines stop without punctuation too, and must not run into the paragraph after them.
const MIN_WRAPPED_LINES = 3;
const MIN_WRAPPED_SHARE = 0.4;

/** Whether the report's lines were wrapped at a page width rather than written one paragraph per line. */
function isWrapped(folded: string, lines: readonly Span[], headings: ReadonlyMap<number, number>): boolean {
  let long = 0;
  let open = 0;
  lines.forEach((line, i) => {
    if (headings.has(i) || line.end - line.start < MIN_WRAPPED_LINE) return;
    long++;
    if (!ENDS_PARAGRAPH.test(folded.slice(line.start, line.end))) open++;
  });
  return open >= MIN_WRAPPED_LINES && open >= long * MIN_WRAPPED_SHARE;
}

/**
 * Lines joined into the paragraphs they were wrapped from, for reading sentences and enumerated actions (in a report
 * whose lines were wrapped; else each line stays a paragraph): a line that stops mid-sentence
 * runs on into the next one unless the next is a heading; a heading line runs on only when a body follows its heading on
 * the line ("（一）整改措施。县委…"). `headings` maps heading lines to the end of their heading text; the returned
 * `breaks` index the joined list as heading lines.
 */
export function joinWrappedLines(
  folded: string,
  lines: readonly Span[],
  headings: ReadonlyMap<number, number>,
): { spans: Span[]; breaks: Set<number> } {
  const spans: Span[] = [];
  const breaks = new Set<number>();
  if (!isWrapped(folded, lines, headings)) {
    lines.forEach((line, i) => {
      if (headings.has(i)) breaks.add(spans.length);
      spans.push({ start: line.start, end: line.end });
    });
    return { spans, breaks };
  }
  let open: Span | null = null;
  lines.forEach((line, i) => {
    // A blank line between two lines is a paragraph break whatever the first one ends with.
    if (open && !headings.has(i) && !/\n\s*\n/.test(folded.slice(open.end, line.start))) {
      open.end = line.end;
    } else {
      if (headings.has(i)) breaks.add(spans.length);
      open = { start: line.start, end: line.end };
      spans.push(open);
    }
    const headingEnd = headings.get(i);
    const body = folded.slice(headingEnd === undefined ? line.start : headingEnd, line.end).replace(/^[。.:：\s]+/, '');
    if (ENDS_PARAGRAPH.test(body) || body.length < (headingEnd === undefined ? MIN_WRAPPED_LINE : 1)) open = null;
  });
  return { spans, breaks };
}
