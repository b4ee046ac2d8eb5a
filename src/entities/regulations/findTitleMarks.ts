import type { Span } from '../../types.ts';
import { CodeSet } from '../../text/codeSet.ts';

/** A span between title marks: the name inside the marks, and how deeply it is nested. */
export interface TitleSpan extends Span {
  /** 0 for an outermost title, 1 for a title cited inside another (〈…〉 inside 《…》). */
  depth: number;
}

// Folded text has half-width forms, so ＜＞ arrive here as <>; 〈〉 and 《》 are not full-width forms and stay as written.
const OPEN: Record<string, string> = { '《': '》', '〈': '〉', '<': '>', '﹤': '﹥', '︽': '︾' };
const CLOSERS = new Set(Object.values(OPEN));
// Char codes the loop acts on; every other character (nearly all of a report) is skipped without making a string of it.
const MARK_CODES = new CodeSet(['\n', ...Object.keys(OPEN), ...CLOSERS]);
/** A real title is short; an unmatched 《 must not swallow a page. */
const MAX_TITLE = 160;

/**
 * Every title in 《…》 (or 〈…〉 / <…> nested inside one, or 〈…〉 standing alone), matched with a stack so that
 * 《东莞市贯彻落实〈广东省…行动计划〉的实施方案》 yields the outer title with its 〈…〉 kept as written and the inner one.
 * A title never runs over a line break followed by another (a blank line or a new paragraph), nor over MAX_TITLE chars.
 * Lone '<' '>' (comparisons, "1<2") are only title marks inside a 《…》.
 */
export function findTitleMarks(folded: string): TitleSpan[] {
  const found: TitleSpan[] = [];
  const stack: { open: string; at: number }[] = [];
  const places = MARK_CODES.placesIn(folded);
  // `i` steps past the second mark of a pair read with the first (<<, >>), which is then not read again.
  for (let n = 0, i = -1; n < places.length; n++) {
    if (places[n]! <= i) continue;
    i = places[n]!;
    const c = folded[i]!;
    if (c === '\n') {
      // A title may be broken by one line break (copied from PDF) but not by a paragraph end with nothing open inside.
      if (stack.length && (folded[i + 1] === '\n' || i - stack[0]!.at > MAX_TITLE)) stack.length = 0;
      continue;
    }
    // <<…>>: book-title marks typed as two ASCII angle brackets (or folded from ＜＜…＞＞).
    if (c === '<' && folded[i + 1] === '<') {
      stack.push({ open: '<<', at: i + 1 });
      i++;
      continue;
    }
    if (c === '>' && folded[i + 1] === '>' && stack.some((s) => s.open === '<<')) {
      let k = stack.length - 1;
      while (stack[k]!.open !== '<<') k--;
      const start = stack[k]!.at + 1;
      stack.length = k;
      if (i - start >= 2 && i - start <= MAX_TITLE && /[\u3400-\u9fff]/.test(folded.slice(start, i)))
        found.push({ start, end: i, depth: k });
      i++;
      continue;
    }
    if (c in OPEN) {
      const ascii = c === '<';
      if (ascii && !stack.some((s) => s.open === '《' || s.open === '<<')) continue;
      if (c === '《' && folded[i + 1] === '《') continue; // 《《 typo: the second one opens
      stack.push({ open: c, at: i });
      continue;
    }
    if (!CLOSERS.has(c)) continue;
    // Close the innermost matching opener; openers left unclosed inside it were stray marks.
    let k = stack.length - 1;
    while (k >= 0 && OPEN[stack[k]!.open] !== c) k--;
    if (k < 0) continue;
    const { at } = stack[k]!;
    stack.length = k;
    // 《 人民日报 》: the padding inside the marks is layout, not part of the name.
    let start = at + 1;
    let end = i;
    while (start < end && /\s/.test(folded[start]!)) start++;
    while (end > start && /\s/.test(folded[end - 1]!)) end--;
    if (end - start < 2 || end - start > MAX_TITLE) continue;
    const inside = folded.slice(start, end);
    if (!/[\u3400-\u9fff]/.test(inside)) continue; // <br>, <<>> and other non-titles
    // A line break inside a title is a wrapped line only if no sentence ends before it: else a 《 was left unclosed.
    if (inside.includes('\n') && /[。,;!?]/.test(inside)) continue;
    found.push({ start, end, depth: k });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
