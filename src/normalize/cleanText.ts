import { isSiteChrome, PAGE_BREAK } from './isSiteChrome.ts';
import { countHan } from '../read/countHan.ts';

export interface CleanedText {
  /** One line per paragraph, no blank lines, no leading or trailing whitespace on any line. */
  text: string;
  /** Every chrome line and page-break marker taken out, in document order. */
  removed: string[];
}

// Invisible characters that web pages leave in copied text (zero-width spaces, soft hyphens, stray BOMs) and control
// characters (a DOS end-of-file ^Z, NULs from a bad conversion): not content, and they would break matching.
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD\x00-\x08\x0e-\x1f\x7f]/g;
const EDGE_SPACE = /^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/g;
// Two or more spaces of any kind (or a tab, or a no-break space) inside a line become one space; a single ideographic
// space between items is the report's own spacing and stays.
const INNER_SPACE = /[ \t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\f\v\u00A0\u2000-\u200A\u202F\u205F]/g;

/** A line of the report's body: a real sentence, not a title, label or signature. */
function isBodyLine(line: string): boolean {
  return countHan(line) >= 30 && /[。；！？]/.test(line);
}

/**
 * Newlines unified, page-break markers and website chrome around the report removed, whitespace collapsed.
 * Chrome is only looked for before the first and after the last body line: inside the body every line is the report's.
 */
export function cleanText(content: string): CleanedText {
  const lines: { line: string; markers: string | null }[] = [];
  for (const raw of content.replace(INVISIBLE, '').split(/\r\n?|\n|\u2028|\u2029/)) {
    const markers = raw.match(PAGE_BREAK);
    const line = raw.replace(PAGE_BREAK, '').replace(EDGE_SPACE, '').replace(INNER_SPACE, ' ');
    if (line || markers) lines.push({ line, markers: markers ? markers.join('') : null });
  }
  // A reprint notice is a full sentence too, but it marks the edge of the page, not the report's body.
  const body = lines.map((l) => isBodyLine(l.line) && !isSiteChrome(l.line));
  let first = body.indexOf(true);
  let last = body.lastIndexOf(true);
  if (first === -1) [first, last] = [lines.length, -1];
  const removed: string[] = [];
  const kept: string[] = [];
  lines.forEach(({ line, markers }, i) => {
    if (markers) removed.push(markers);
    if (!line) return;
    if ((i < first || i > last) && isSiteChrome(line)) removed.push(line);
    else kept.push(line);
  });
  return { text: kept.join('\n'), removed };
}
