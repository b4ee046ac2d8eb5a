import type { Span } from '../types.ts';
import { foldWidth } from './foldWidth.ts';
import { splitParagraphs } from './paragraphs.ts';

// A sentence ends at 。！？ (or ASCII !?) outside quotes and brackets: a 。 inside “…” or 《…》 belongs to the quotation.
// ；does not end a sentence: a report's clause after ；often still speaks of the subject named before it
// (市纪委监委收到…886件,已办结799件;收到…7件), and figure linking reads the whole sentence up to 。.
// Matched on width-folded characters, so a （ closed by ) still pairs.
// Scanned by char code: reading folded[i] makes a new one-character string for every Chinese character, and that
// allocation was most of the time structureReport spent.
const code = (c: string) => c.charCodeAt(0);
const TERMINAL = new Set(['。', '!', '?'].map(code));
const PAIRS = new Map(
  Object.entries({ '“': '”', '‘': '’', '《': '》', '〈': '〉', '「': '」', '『': '』', '(': ')', '[': ']', '【': '】' }).map(([o, c]) => [
    code(o),
    code(c),
  ]),
);
const CLOSERS = new Map([...PAIRS].map(([o, c]) => [c, o]));
// Most characters are none of these: one table read per character skips them.
const SPECIAL = new Uint8Array(0x10000);
for (const c of [...TERMINAL, ...PAIRS.keys(), ...CLOSERS.keys()]) SPECIAL[c] = 1;

/**
 * Sentence spans inside [span.start, span.end) of `text`, trimmed; quotes and brackets kept balanced when they are.
 * `folded` is foldWidth(text) when the caller has it already (structureReport), so each paragraph is not folded again.
 */
export function splitSentences(text: string, span: Span, folded?: string): Span[] {
  if (folded !== undefined) return split(folded, span, true) ?? split(folded, span, false)!;
  const own = foldWidth(text.slice(span.start, span.end));
  const local = { start: 0, end: own.length };
  const spans = split(own, local, true) ?? split(own, local, false)!;
  return spans.map((s) => ({ start: s.start + span.start, end: s.end + span.start }));
}

// With `nest` on, returns null when the paragraph's brackets do not balance, so the caller splits again ignoring them.
function split(folded: string, span: Span, nest: boolean): Span[] | null {
  const out: Span[] = [];
  const stack: number[] = [];
  let start = span.start;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(folded[s]!)) s++;
    while (e > s && /\s/.test(folded[e - 1]!)) e--;
    pushCapped(folded, s, e, out);
    start = end;
  };
  for (let i = span.start; i < span.end; i++) {
    const ch = folded.charCodeAt(i);
    if (SPECIAL[ch] === 0) continue;
    if (nest && PAIRS.has(ch)) {
      stack.push(ch);
      continue;
    }
    if (nest && CLOSERS.has(ch)) {
      if (stack[stack.length - 1] !== CLOSERS.get(ch)) return null;
      stack.pop();
      // “…。” closes a quoted sentence that is also the end of the report's sentence.
      if (stack.length === 0 && TERMINAL.has(folded.charCodeAt(i - 1)) && !continuesAfterQuote(folded, i + 1, span.end)) push(i + 1);
      continue;
    }
    if (stack.length === 0 && TERMINAL.has(ch)) {
      let j = i + 1;
      while (j < span.end && TERMINAL.has(folded.charCodeAt(j))) j++;
      push(j);
      i = j - 1;
    }
  }
  if (nest && stack.length) return null;
  push(span.end);
  return out;
}

// After “…。” a sentence goes on when the next character is punctuation that cannot start one (，、的 …).
function continuesAfterQuote(folded: string, i: number, end: number): boolean {
  return i < end && /[,、;:的和与等]/.test(folded[i]!);
}

/**
 * Sentences of a whole text read one paragraph (line) per paragraph, as structureReport reads a report whose lines were
 * not wrapped: for a text that comes without its structure's sentences.
 */
export function splitTextSentences(text: string): Span[] {
  const folded = foldWidth(text);
  return splitParagraphs(text).flatMap((p) => splitSentences(text, p, folded));
}

// No report sentence comes near this (the longest in the development, held-out, news and gwr sets is under 600): a longer
// run is text without stops (a page that lost its punctuation, a list run together), and every later stage reads a
// figure's or a mention's sentence, so an unbounded one makes them quadratic. Longer runs are cut after a clause mark
// or a space near the limit, else at it.
export const MAX_SENTENCE = 1000;
const SOFT_BREAK = new Set([',', '，', ';', '；', '、', ':', '：', ' ', '\u3000', '\n'].map(code));

function pushCapped(folded: string, s: number, e: number, out: Span[]): void {
  while (e - s > MAX_SENTENCE) {
    let cut = s + MAX_SENTENCE;
    for (let k = cut; k > s + MAX_SENTENCE / 2; k--) {
      if (SOFT_BREAK.has(folded.charCodeAt(k - 1))) {
        cut = k;
        break;
      }
    }
    // Never between the halves of a surrogate pair.
    if (cut === s + MAX_SENTENCE && (folded.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
    let pe = cut;
    while (pe > s && /\s/.test(folded[pe - 1]!)) pe--;
    if (pe > s) out.push({ start: s, end: pe });
    s = cut;
    while (s < e && /\s/.test(folded[s]!)) s++;
  }
  if (e > s) out.push({ start: s, end: e });
}
