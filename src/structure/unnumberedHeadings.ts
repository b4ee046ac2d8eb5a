import type { SectionLevel, Span } from '../types.ts';
import type { HeadingMatch } from './detectHeading.ts';
import { countHan } from '../read/countHan.ts';

// Headings written with no number, for a report that numbers none: a bullet before a title (■ 基本情况), a title in
// 【】 on its own line (【强化源头管控】), or a bare title line (审计整改工作部署推进情况): short, no stop, no space between
// words (a table's header), and a paragraph of sentences under it. Each style is a level, in the order the report first
// uses them (■ parts, 【】 subparts under them).
const BULLET = /^([■□◆◇●○▲△▶►★☆])\s*/;
const BRACKETED = /^【([^【】]{2,24})】$/;
const TITLE_MAX = 24;
// A figure or date opens no title, a year may (2023年工作总结); a date alone on its line is a signature's.
const NO_TITLE = /[。，,；;：:！？!?、\s]|^(?!\d{4}年)\d|^[（(]|[)）]$|^\d{4}年\d{1,2}月/;
// Matched on folded lines, where ；！？ are half-width.
const SENTENCE = /[。；;！!？?]/;
const ENDED = /[。；;！？!?”」]$/;
// 各位代表！, 同志们： — whom a speech addresses, on a line of its own.
const ADDRESS = /^[^。，,；;\s]{2,12}[！!:：]$/;

interface Candidate {
  style: string;
  line: number;
  headingStart: number;
  headingEnd: number;
}

const bodyLine = (line: string) => SENTENCE.test(line) && countHan(line) >= 20;

/**
 * The report's unnumbered headings, from the lines after its first sentence and before `end` (its signature). A bare title
 * line counts only where a body line follows it, or another title line and then a body line (a part and its first
 * subpart); a line the text writes more than once (a page's running header) is none.
 */
export function unnumberedHeadings(text: string, folded: string, paragraphs: readonly Span[], end: number): HeadingMatch[] {
  let found = candidates(folded, paragraphs, end);
  // One bare title line in a text is a stray line (a byline, a news item's headline), not the text's outline.
  if (found.filter((c) => c.style === 'title' || c.style === 'part').length === 1)
    found = found.filter((c) => c.style !== 'title' && c.style !== 'part');
  const styles: string[] = [];
  for (const c of found) if (!styles.includes(c.style)) styles.push(c.style);
  // Parts rank above the titles under them, whichever the report writes first.
  if (styles.includes('part') && styles.includes('title')) {
    styles.splice(styles.indexOf('part'), 1);
    styles.splice(styles.indexOf('title'), 0, 'part');
  }
  const counts = new Map<string, number>();
  return found
    .filter((c) => styles.indexOf(c.style) < 4)
    .map((c) => {
      const ordinal = (counts.get(c.style) ?? 0) + 1;
      counts.set(c.style, ordinal);
      return heading(text, paragraphs, c, (styles.indexOf(c.style) + 1) as SectionLevel, ordinal);
    });
}

/** The bare title lines (short, no stop, a body under them) of a report, by line: its unnumbered part titles. */
export function bareTitleLines(folded: string, paragraphs: readonly Span[], end: number): number[] {
  return candidates(folded, paragraphs, end)
    .filter((c) => c.style === 'title' || c.style === 'part')
    .map((c) => c.line);
}

/** A candidate line as a heading of `level`, with no number. */
function heading(text: string, paragraphs: readonly Span[], c: Candidate, level: SectionLevel, ordinal: number): HeadingMatch {
  const start = paragraphs[c.line]!.start;
  return {
    level,
    number: '',
    ordinal,
    numberStart: start,
    heading: text.slice(c.headingStart, c.headingEnd),
    headingStart: c.headingStart,
    headingEnd: c.headingEnd,
  };
}

function candidates(folded: string, paragraphs: readonly Span[], end: number): Candidate[] {
  const lines = paragraphs.map((p) => folded.slice(p.start, p.end));
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(l, (seen.get(l) ?? 0) + 1);
  const first = lines.findIndex(bodyLine);
  if (first < 0) return [];
  const found: Candidate[] = [];
  const bareTitle = (i: number) => {
    const l = lines[i];
    return l !== undefined && l.length <= TITLE_MAX && countHan(l) >= 2 && !NO_TITLE.test(l) && seen.get(l) === 1;
  };
  for (let i = first + 1; i < paragraphs.length && paragraphs[i]!.start < end; i++) {
    const p = paragraphs[i]!;
    const l = lines[i]!;
    const bullet = BULLET.exec(l);
    if (bullet) {
      const title = l.slice(bullet[0].length);
      if (title.length <= TITLE_MAX && !SENTENCE.test(title) && countHan(title) >= 2)
        found.push({ style: bullet[1]!, line: i, headingStart: p.start + bullet[0].length, headingEnd: p.end });
      continue;
    }
    const bracketed = BRACKETED.exec(l);
    if (bracketed) {
      found.push({ style: '【】', line: i, headingStart: p.start + 1, headingEnd: p.end - 1 });
      continue;
    }
    // A title follows a finished sentence, the title above it or a short line (a list's last item: 11月30日　完成初验): a
    // line after a full line cut off mid-sentence is that sentence's end.
    const before = lines[i - 1]!;
    if (!bareTitle(i) || !(ENDED.test(before) || bareTitle(i - 1) || before.length <= TITLE_MAX)) continue;
    // A title over a title and its body heads a part, one level above the titles its body follows.
    // An address to the audience may open its body (结束语⏎各位代表！⏎…).
    const body = (k: number) => bodyLine(lines[k] ?? '') || (ADDRESS.test(lines[k] ?? '') && bodyLine(lines[k + 1] ?? ''));
    const style = body(i + 1) ? 'title' : bareTitle(i + 1) && body(i + 2) ? 'part' : null;
    if (style) found.push({ style, line: i, headingStart: p.start, headingEnd: p.end });
  }
  return found;
}
