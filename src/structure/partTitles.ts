import type { Span } from '../types.ts';
import type { HeadingMatch } from './detectHeading.ts';
import { bareTitleLines } from './unnumberedHeadings.ts';

/**
 * Part titles with no number in a report that numbers its other headings (gwr-1984's 关于国内建设 over 一、…五、, 结束语
 * after them): bare title lines that open a run of 一、 headings starting at 一, or that no numbered heading follows. A bare
 * line before (二) or 2. is a label inside a section, none; a report with no level 1 heading has none. Level 1: the contract's levels stay, 一、 is 1 under it too.
 * `numberedLines`: the lines of the numbered headings, with their heading; `end`: the body's end.
 */
export function partTitles(
  text: string,
  folded: string,
  paragraphs: readonly Span[],
  end: number,
  numberedLines: ReadonlyMap<number, HeadingMatch>,
): Map<number, HeadingMatch> {
  const numbered = [...numberedLines.keys()].sort((a, b) => a - b);
  const out = new Map<number, HeadingMatch>();
  // Parts stand among parts: with no 一、 a bare line beside a 1. is a stray line (a headline in a page of snippets).
  if (![...numberedLines.values()].some((h) => h.level === 1)) return out;
  for (const line of bareTitleLines(folded, paragraphs, end)) {
    if (numberedLines.has(line)) continue;
    const next = numbered.find((l) => l > line);
    const h = next === undefined ? null : numberedLines.get(next)!;
    if (h && !(h.level === 1 && h.ordinal === 1)) continue;
    const p = paragraphs[line]!;
    out.set(line, {
      level: 1,
      number: '',
      ordinal: out.size + 1,
      numberStart: p.start,
      heading: text.slice(p.start, p.end),
      headingStart: p.start,
      headingEnd: p.end,
    });
  }
  return out;
}

/**
 * Whether the report's 第一部分 / 第一章 parts stand over its 一、 headings as part titles do: each part followed by a run
 * of 一、 starting at 一 (the numbering restarts in every part). Where 一、 runs on across parts (第二部分 before 二、) the
 * parts are a level the contract does not have.
 */
export function partsRestartNumbering(headings: readonly HeadingMatch[]): boolean {
  const parts = headings.flatMap((h, i) => (h.part && h.level === 1 ? [i] : []));
  return (
    parts.length > 0 &&
    parts.every((i) => {
      const next = headings.slice(i + 1).find((h) => h.level === 1);
      return next !== undefined && !next.part && next.ordinal === 1;
    })
  );
}
