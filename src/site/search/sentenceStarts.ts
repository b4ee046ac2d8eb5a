// Where each sentence of a search record begins in its text, carried in the record's meta so that a result links to the
// sentence holding the words (report/x/#s-1vexezq), not only to its section. Written at index time, read by the search
// page: one home for the format. "0 h-11i1yri 25 s-3kupoi 61 s-1li45z": start offsets and anchors, space-separated.

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
  const position = folded !== undefined && at > folded ? at - folded - 1 : at;
  let found: string | undefined;
  for (const s of starts) {
    if (s.start > position) break;
    found = s.id;
  }
  return found;
}
