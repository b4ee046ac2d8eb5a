import type { Span } from '../types.ts';
import type { HeadingMatch } from './detectHeading.ts';

/**
 * Numbered lines that are a list's items, not headings: each a whole sentence of clauses ending its line
 * (1.加快建设…，年底前…，确保…。), each item's line right after the one before, with no body of its own between them
 * (a heading heads something), from 1 to the list's end. Of 1. and (1) only: 一、 and (一) head parts however they are
 * written. A run of siblings one of which is a title with its body ((6)继续发展群众办学。群众举办的学校…) is a run of
 * headings, its one-sentence siblings too. Items a sentence introduces that end in ； are parts of that sentence
 * (主要指标是：⏎1. 新增灌溉面积四百万亩；⏎2. …；⏎3. …。), however short; under a heading line (2.规范招投标管理。⏎（1）修订…；
 * ⏎（2）…。) they are read as its subheadings. `lineOf` gives each heading's line.
 */
export function listItems(
  folded: string,
  paragraphs: readonly Span[],
  headings: readonly HeadingMatch[],
  lineOf: ReadonlyMap<HeadingMatch, number>,
): Set<HeadingMatch> {
  const items = new Set<HeadingMatch>();
  const isItem = (h: HeadingMatch) => {
    const p = paragraphs[lineOf.get(h)!]!;
    // The heading ran to a stop that ends the line: a sentence, not a title with its body after it.
    const rest = folded.slice(h.headingEnd, p.end);
    return h.level >= 3 && /^[。;；]$/.test(rest) && /[,，]/.test(h.heading);
  };
  for (let i = 0; i < headings.length; i++) {
    if (headings[i]!.ordinal !== 1) continue;
    const run = [headings[i]!];
    for (let j = i + 1; j < headings.length; j++) {
      const h = headings[j]!;
      const last = run[run.length - 1]!;
      if (h.level !== last.level || h.ordinal !== last.ordinal + 1 || lineOf.get(h)! !== lineOf.get(last)! + 1) break;
      run.push(h);
    }
    // The run must be the whole list: a next sibling further on (after a body) makes them headings.
    const last = run[run.length - 1]!;
    const further = headings.slice(i + run.length).find((h) => h.level <= last.level);
    if (further && further.level === last.level && further.ordinal === last.ordinal + 1) continue;
    if (run.length >= 2 && (run.every(isItem) || partsOfOneSentence(folded, paragraphs, run, lineOf))) for (const h of run) items.add(h);
  }
  return items;
}

/** A sentence introduces the run (…主要指标是：), and every item ends its line with a stop, all but the last with ；. */
function partsOfOneSentence(
  folded: string,
  paragraphs: readonly Span[],
  run: readonly HeadingMatch[],
  lineOf: ReadonlyMap<HeadingMatch, number>,
): boolean {
  const before = paragraphs[lineOf.get(run[0]!)! - 1];
  if (!before || !/[:：]$/.test(folded.slice(before.start, before.end))) return false;
  return run.every((h, i) => {
    const rest = folded.slice(h.headingEnd, paragraphs[lineOf.get(h)!]!.end);
    return h.level >= 3 && (i < run.length - 1 ? /^[;；]$/.test(rest) : /^[。;；]$/.test(rest));
  });
}
