// Where each sentence of a search record begins in its text, carried in the record's meta so that a result links to the
// sentence holding the words (report/x/#s-1vexezq), not only to its section; and where its headings begin, so that a
// result names the section it is in. Written at index time, read by the search page: one home for the format.
// Sentences: "0 h-11i1yri 25 s-3kupoi 61 s-1li45z" (start offsets and anchors); headings: "0 412" (start offsets).

export interface SentenceStart {
  start: number;
  id: string;
}

export function encodeSentenceStarts(starts: readonly SentenceStart[]): string {
  return starts.map((s) => `${s.start} ${s.id}`).join(' ');
}

export function decodeSentenceStarts(text: string | undefined): SentenceStart[] {
  const parts = (text ?? '').split(' ').filter(Boolean);
  const out: SentenceStart[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const start = Number(parts[i]);
    if (Number.isInteger(start) && start >= 0) out.push({ start, id: parts[i + 1]! });
  }
  return out;
}

/**
 * The anchor of the sentence holding offset `at` of a record's text. A record in traditional characters is followed by
 * its simplified copy (`folded`: the original's length), each character at the same place: an offset in the copy maps back.
 */
export function sentenceAt(starts: readonly SentenceStart[], at: number, folded?: number): string | undefined {
  const position = original(at, folded);
  let found: string | undefined;
  for (const s of starts) {
    if (s.start > position) break;
    found = s.id;
  }
  return found;
}

/** Offsets in a record's simplified copy map back to its text as written. */
function original(at: number, folded: number | undefined): number {
  return folded !== undefined && at > folded ? at - folded - 1 : at;
}

export function decodeHeadingStarts(text: string | undefined): number[] {
  return (text ?? '')
    .split(' ')
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0);
}

/**
 * The heading of the section holding offset `at` of a record's `content`, and where the section's text after it begins;
 * undefined when the record holds no heading before `at` (the section began in an earlier record).
 */
export function headingAt(
  content: string,
  starts: readonly SentenceStart[],
  headings: readonly number[],
  at: number,
  folded?: number,
): { text: string; end: number } | undefined {
  const position = original(at, folded);
  const start = headings.filter((h) => h <= position).at(-1);
  if (start === undefined) return undefined;
  // A heading is one sentence of the record: it runs to the next sentence's start.
  const next = starts.find((s) => s.start > start)?.start ?? content.length;
  const text = content.slice(start, next).trim();
  return { text, end: start + text.length + 1 };
}
