import type { MarkedHeading, SectionLevel, Span } from '../types.ts';
import type { HeadingMatch } from './detectHeading.ts';

// A bold first sentence heads the text after it on its line (**建设数据底座。** 完成…): the heading is the sentence without
// its stop.
const STOP = /[\s。.:：;；]+$/;

/**
 * The headings the file's markup marks, found on the lines they stand at or open, in order; each depth the report uses is a
 * level in its order (## 1, ### 2, bold 3). A top heading written once at the report's start is its title, no section.
 * `end`: the body's end; a marked line after it heads nothing of the body.
 */
export function markedHeadings(text: string, paragraphs: readonly Span[], marked: readonly MarkedHeading[], end: number): HeadingMatch[] {
  const found: { mark: MarkedHeading; para: Span }[] = [];
  let at = 0;
  // A mark the text no longer has (a line normalize dropped) is passed over: the marks after it still find their lines.
  for (const mark of marked) {
    const is = (para: Span) => {
      const line = text.slice(para.start, para.end);
      return line === mark.text || (mark.text.length >= 2 && line.startsWith(mark.text));
    };
    let i = at;
    while (i < paragraphs.length && paragraphs[i]!.start < end && !is(paragraphs[i]!)) i++;
    if (i >= paragraphs.length || paragraphs[i]!.start >= end) continue;
    found.push({ mark, para: paragraphs[i]! });
    at = i + 1;
  }
  const top = Math.min(...found.map((f) => f.mark.depth));
  if (found[0]?.para === paragraphs[0] && found.filter((f) => f.mark.depth === top).length === 1) found.shift();
  const depths = [...new Set(found.map((f) => f.mark.depth))].sort((a, b) => a - b);
  const counts = new Map<number, number>();
  const out: HeadingMatch[] = [];
  for (const { mark, para } of found) {
    const rank = depths.indexOf(mark.depth);
    if (rank > 3) continue;
    const ordinal = (counts.get(mark.depth) ?? 0) + 1;
    counts.set(mark.depth, ordinal);
    const heading = mark.text.replace(STOP, '');
    if (!heading) continue;
    out.push({
      level: (rank + 1) as SectionLevel,
      number: '',
      ordinal,
      numberStart: para.start,
      heading,
      headingStart: para.start,
      headingEnd: para.start + heading.length,
    });
  }
  return out;
}
