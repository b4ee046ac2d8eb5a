import type { Span } from '../types.ts';

// A sentence ends at 。！？ (or ASCII !?) outside quotes and brackets: a 。 inside “…” or 《…》 belongs to the quotation.
// ；does not end a sentence: a report's clause after ；often still speaks of the subject named before it
// (市纪委监委收到…886件,已办结799件;收到…7件), and figure linking reads the whole sentence up to 。.
const TERMINAL = new Set(['。', '！', '？', '!', '?']);
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '「': '」', '『': '』', '(': ')', '（': '）', '[': ']', '【': '】' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));

/** Sentence spans inside [span.start, span.end) of `text`, trimmed; quotes and brackets kept balanced when they are. */
export function splitSentences(text: string, span: Span): Span[] {
  return split(text, span, true) ?? split(text, span, false)!;
}

// With `nest` on, returns null when the paragraph's brackets do not balance, so the caller splits again ignoring them.
function split(text: string, span: Span, nest: boolean): Span[] | null {
  const out: Span[] = [];
  const stack: string[] = [];
  let start = span.start;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s|\u3000/.test(text[s]!)) s++;
    while (e > s && /\s|\u3000/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i]!;
    if (nest && PAIRS[ch] !== undefined) {
      stack.push(ch);
      continue;
    }
    if (nest && CLOSERS.has(ch)) {
      if (stack[stack.length - 1] !== CLOSERS.get(ch)) return null;
      stack.pop();
      // “…。” closes a quoted sentence that is also the end of the report's sentence.
      if (stack.length === 0 && TERMINAL.has(text[i - 1]!) && !continuesAfterQuote(text, i + 1, span.end)) push(i + 1);
      continue;
    }
    if (stack.length === 0 && TERMINAL.has(ch)) {
      let j = i + 1;
      while (j < span.end && TERMINAL.has(text[j]!)) j++;
      push(j);
      i = j - 1;
    }
  }
  if (nest && stack.length) return null;
  push(span.end);
  return out;
}

// After “…。” a sentence goes on when the next character is punctuation that cannot start one (，、的 …).
function continuesAfterQuote(text: string, i: number, end: number): boolean {
  return i < end && /[,，、;；:：的和与等]/.test(text[i]!);
}
