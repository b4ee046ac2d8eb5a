import type { Span } from '../types.ts';
import type { HeadingMatch } from './detectHeading.ts';
import { findInlineHeadings } from './findInlineHeadings.ts';

// A page may keep its part headings on lines of their own and run the headings under them into the text, one paragraph
// per part (一、2023年工作回顾⏎过去一年，…增长7.4%。（一）现代农业提质增效。全师…。（二）新型工业化加快推进。…), as a site's
// editor pastes them. Those are read under a heading with no heading line below it (and its next siblings where no line
// of its level follows before a shallower one: （一）…⏎…。（二）…⏎二、…), after a sentence end, when title-sized (a
// numbered clause of running text, （二）国营企业和事业收入共收到11,194,026,000元，…, is a list item) and with their text after
// them on the line. A pasted part holds at least two: one bracketed number after a sentence, its clause ending the line
// (县委召开会议。（一）不是标题的括号数字出现在句中。), is a stray number.
const MAX_TITLE = 30;
const MIN_RUN = 2;
const titleSized = (h: HeadingMatch) => h.heading.length <= MAX_TITLE && !/\d/.test(h.heading);
const textAfter = (folded: string, h: HeadingMatch) => /^[。.:;!?]*[^\s。.:;!?]/.test(folded.slice(h.headingEnd, h.headingEnd + 4));

/**
 * Headings run into the body below each line-start heading whose next line-start heading is not deeper, in document
 * order. `headingParas` maps the paragraphs that are heading lines to their index in `headings`.
 */
export function findHeadingsInBodies(
  text: string,
  folded: string,
  paragraphs: readonly Span[],
  headingParas: ReadonlyMap<number, number>,
  headings: readonly HeadingMatch[],
): HeadingMatch[] {
  // The last line of each heading (a number alone on its line heads the next one too) and the first line of each.
  const lastLine = new Map<number, number>();
  const firstLine = new Map<number, number>();
  for (const [para, h] of headingParas) {
    lastLine.set(h, Math.max(lastLine.get(h) ?? para, para));
    firstLine.set(h, Math.min(firstLine.get(h) ?? para, para));
  }
  const found: HeadingMatch[] = [];
  headings.forEach((h, k) => {
    const next = headings[k + 1];
    const own = lastLine.get(k);
    if ((next && next.level > h.level) || own === undefined) return;
    const end = next ? (firstLine.get(k + 1) ?? paragraphs.length) : paragraphs.length;
    // The heading's own line after its text (（一）现代农业提质增效。全师…。1.数字化棉田。…), then the lines up to the next heading.
    const body: Span[] = [{ start: h.headingEnd, end: paragraphs[own]!.end }, ...paragraphs.slice(own + 1, end)];
    const siblings = !next || next.level < h.level;
    const run = findInlineHeadings(text, folded, body, { level: h.level, ordinal: h.ordinal, siblings }).filter(
      (x) => titleSized(x) && textAfter(folded, x),
    );
    if (run.length >= MIN_RUN) found.push(...run);
  });
  return found;
}
