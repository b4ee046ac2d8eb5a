import type { Span } from '../types.ts';

/** A text with the line breaks of wrapped lines taken out, and where each of its characters stands in the original. */
export interface JoinedText {
  text: string;
  folded: string;
  /** Original offset of each joined offset (one more entry for the end of the text). */
  origin: Int32Array;
}

/**
 * Text copied from a PDF breaks lines mid-sentence (已移送县人民法⏎院审理): names are read on the text with those breaks
 * taken out. A break is a run of whitespace holding a line break inside a sentence (the structure stage joins wrapped
 * lines into sentences; a report written a paragraph per line has none). Undefined when there is nothing to join.
 */
export function joinWraps(text: string, folded: string, sentences: readonly Span[]): JoinedText | undefined {
  const skip = new Uint8Array(text.length);
  let any = false;
  for (const s of sentences) {
    for (let i = text.indexOf('\n', s.start); i >= 0 && i < s.end - 1; i = text.indexOf('\n', i + 1)) {
      let a = i;
      let b = i + 1;
      while (a > s.start && /[ \t\r\u3000]/.test(text[a - 1]!)) a--;
      while (b < s.end && /\s/.test(text[b]!)) b++;
      if (a === s.start || b >= s.end) continue;
      skip.fill(1, a, b);
      any = true;
    }
  }
  if (!any) return undefined;
  const origin = new Int32Array(text.length + 1);
  let t = '';
  let f = '';
  let n = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !skip[i]) {
      origin[n++] = i;
      continue;
    }
    if (i > from) {
      t += text.slice(from, i);
      f += folded.slice(from, i);
    }
    from = i + 1;
  }
  origin[n] = text.length;
  return { text: t, folded: f, origin: origin.slice(0, n + 1) };
}
