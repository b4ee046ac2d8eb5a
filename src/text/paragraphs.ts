import type { Span } from '../types.ts';

// Whitespace a line may be padded with: ASCII, ideographic space, no-break space, BOM.
const PAD = /[\s\u3000\u00a0\ufeff]/;

/** Every non-blank line as a span, trimmed of surrounding whitespace. Each line of a report is one paragraph. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    // By char code: text[i] would make a new string for every Chinese character.
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    let s = lineStart;
    let e = i;
    while (s < e && PAD.test(text[s]!)) s++;
    while (e > s && PAD.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    lineStart = i + 1;
  }
  return spans;
}
