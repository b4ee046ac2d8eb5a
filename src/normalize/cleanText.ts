import { isLicenceNote, isSiteChrome, PAGE_BREAK } from './isSiteChrome.ts';
import { joinBrokenLines, type SourceLine } from './joinBrokenLines.ts';
import { countHan } from '../read/countHan.ts';

export interface CleanedText {
  /** One line per paragraph, no blank lines, no leading or trailing whitespace on any line. */
  text: string;
  /** Every chrome line and page-break marker taken out, in document order. */
  removed: string[];
  /** Why lines that look like chrome were kept (removing them would have left no report), when that happened. */
  chromeKept?: string;
}

// Invisible characters that web pages leave in copied text (zero-width spaces, soft hyphens, stray BOMs) and control
// characters (a DOS end-of-file ^Z, NULs from a bad conversion): not content, and they would break matching.
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD\x00-\x08\x0e-\x1f\x7f]/g;
// Two or more spaces of any kind (or a tab, or a no-break space) inside a line become one space; a single ideographic
// space between items is the report's own spacing and stays.
const INNER_SPACE = /[ \t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\f\v\u00A0\u2000-\u200A\u202F\u205F]/g;
// What a page may carry after its licence note (a note on the licence, the licence's name, a wiki's hidden flags):
// the page's footer, bounded so that a report's own closing text can never go with it.
const MAX_FOOTER_AFTER_LICENCE = 300;

/** A line of the report's body: a real sentence, not a title, label or signature. */
function isBodyLine(line: string): boolean {
  return countHan(line) >= 30 && /[。；！？]/.test(line);
}

/**
 * Newlines unified, page-break markers and website chrome around the report removed, whitespace collapsed, lines a saved
 * page broke inside a sentence joined. Chrome is only looked for before the first and after the last body line: inside the
 * body every line is the report's. Removal never takes the report: when it would leave no body line, nothing is removed.
 */
export function cleanText(content: string): CleanedText {
  const source: SourceLine[] = [];
  let afterBlank = false;
  for (const raw of content.replace(INVISIBLE, '').split(/\r\n?|\n|\u2028|\u2029/)) {
    const markers = raw.match(PAGE_BREAK);
    const line = (markers ? raw.replace(PAGE_BREAK, '') : raw).trim().replace(INNER_SPACE, ' ');
    if (line || markers) {
      source.push({ line, afterBlank, ...(markers ? { markers: markers.join('') } : {}) });
      afterBlank = false;
    } else afterBlank = true;
  }
  const lines = joinBrokenLines(source);
  // A reprint or licence notice is a full sentence too, but it marks the edge of the page, not the report's body.
  const body = lines.map((l) => isBodyLine(l.line) && !isSiteChrome(l.line));
  let first = body.indexOf(true);
  let last = body.lastIndexOf(true);
  const footer = footerStart(lines, first);
  if (footer !== -1 && footer <= last) last = body.lastIndexOf(true, footer - 1);
  if (first === -1 || last === -1) [first, last] = [lines.length, -1];
  const isChrome = (line: string, i: number) => (footer !== -1 && i >= footer) || ((i < first || i > last) && isSiteChrome(line));

  const removed: string[] = [];
  const kept: string[] = [];
  let chromeHan = 0;
  lines.forEach(({ line, markers }, i) => {
    if (markers) removed.push(markers);
    if (!line) return;
    if (isChrome(line, i)) {
      removed.push(line);
      chromeHan += countHan(line);
    } else kept.push(line);
  });
  // Chrome is short; a text whose every sentence would go is a report in a shape the rules did not foresee.
  if (chromeHan > 0 && !kept.some(isBodyLine) && lines.some((l) => isBodyLine(l.line))) {
    return {
      text: lines
        .map((l) => l.line)
        .filter(Boolean)
        .join('\n'),
      removed: lines.flatMap((l) => (l.markers ? [l.markers] : [])),
      chromeKept: 'removing them would have left no sentence of the report',
    };
  }
  return { text: kept.join('\n'), removed };
}

/**
 * Index of the licence note that ends a saved page (本作品…属于公有领域; 版权所有…) when only a short footer follows it, else -1.
 * The note and what follows are the page's, not the report's; it comes after the report's first sentence (`firstBody`).
 */
function footerStart(lines: readonly SourceLine[], firstBody: number): number {
  let after = 0;
  for (let i = lines.length - 1; i > firstBody; i--) {
    const { line } = lines[i]!;
    if (isLicenceNote(line)) return i;
    after += line.length;
    if (after > MAX_FOOTER_AFTER_LICENCE) return -1;
  }
  return -1;
}
