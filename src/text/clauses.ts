import type { Span } from '../types.ts';
import { firstAtOrAfter } from './spanSearch.ts';
import { CodeSet } from './codeSet.ts';

// Two clause readings, each kept for the stage that was tuned on it: clauseIndex cuts the whole text at every clause and
// sentence mark and line end (a figure's context), clausesOf cuts one sentence at ,，;；:： (who a figure or case is about).

// A clause ends at any of these (full- and half-width): a figure's context never crosses one.
const CLAUSE_OR_SENTENCE_BREAK = new CodeSet(',，。;；:：!！?？\n');
const COLON = 0x3a;
const WIDE_COLON = 0xff1a;
const COMMA = 0x2c;

/** Finds the clause around an offset; built once per report, each lookup a binary search. */
export interface ClauseIndex {
  clauseAt(offset: number): Span;
}

/** `thousands`: the text writes 1,286.5 with a comma inside numbers, which then ends no clause. */
export function clauseIndex(text: string, thousands = false): ClauseIndex {
  const breaks: number[] = [];
  // By character code, one call per break and no match object: figureSlots asks this for every sentence that holds a figure.
  for (let at = CLAUSE_OR_SENTENCE_BREAK.next(text, 0); at >= 0; at = CLAUSE_OR_SENTENCE_BREAK.next(text, at + 1)) {
    const c = text.charCodeAt(at);
    // The colon of a ratio or a time (1:2, 8:30) joins two numbers; it ends no clause.
    if ((c === COLON || c === WIDE_COLON) && isDigitAt(text, at - 1) && isDigitAt(text, at + 1)) continue;
    if (thousands && c === COMMA && isDigitAt(text, at - 1) && /^\d{3}(?!\d)/.test(text.slice(at + 1, at + 5))) continue;
    breaks.push(at);
  }
  return {
    clauseAt(offset: number): Span {
      const lo = firstAtOrAfter(breaks, offset);
      const end = lo < breaks.length ? breaks[lo]! : text.length;
      const start = lo > 0 ? breaks[lo - 1]! + 1 : 0;
      return trimSpan(text, start, end);
    },
  };
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

// Clause breaks inside a sentence (a ratio's colon, 1:2, joins two numbers and breaks nothing).
const CLAUSE_BREAK = new CodeSet(',，;；:：');

/** Clauses of a sentence (or any span), in order, as spans of the report's text; not trimmed. */
export function clausesOf(folded: string, sentence: Span): Span[] {
  const spans: Span[] = [];
  let start = sentence.start;
  // By character code in the text itself: no slice of the sentence and no match object per break (a sentence or two
  // of each report's figures, cases and links ask for their clauses).
  const end = Math.min(sentence.end, folded.length);
  for (let at = CLAUSE_BREAK.next(folded, sentence.start, end); at >= 0; at = CLAUSE_BREAK.next(folded, at + 1, end)) {
    const c = folded.charCodeAt(at);
    if ((c === COLON || c === WIDE_COLON) && digitInside(folded, at - 1, sentence) && digitInside(folded, at + 1, sentence)) continue;
    spans.push({ start, end: at });
    start = at + 1;
  }
  spans.push({ start, end: sentence.end });
  return spans;
}

/** A digit at `i`, inside the sentence (as the sentence's own slice reads its edges). */
function digitInside(s: string, i: number, sentence: Span): boolean {
  return i >= sentence.start && i < sentence.end && isDigitAt(s, i);
}

/** A sentence's parts: ； separates facts that share a sentence (…立案4件,处分4人;立案查处…7起,问责23人). */
export function semicolonParts(folded: string, sentence: Span): Span[] {
  const parts: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    // Char codes: indexing a Han string would make a new one-character string per character.
    const c = folded.charCodeAt(i);
    if (c === 0x3b || c === 0xff1b) {
      if (i > start) parts.push({ start, end: i });
      start = i + 1;
    }
  }
  if (sentence.end > start) parts.push({ start, end: sentence.end });
  return parts;
}

/** Narrows a span past surrounding whitespace (a clause that opens a line may start with an indent). */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
