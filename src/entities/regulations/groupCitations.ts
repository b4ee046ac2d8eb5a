import { stripTrailingNote } from './issuerPrefix.ts';
import { CodeSet } from '../../text/codeSet.ts';

// Words a report drops or adds when it cites the same document again (…的实施意见 / …的意见, 若干意见 / 意见).
const FILLERS = new Set(['实施', '的', '若干', '具体', '暂行', '试行', '的实施', '工作']);
// Most characters of a title open no filler: they are passed over before any filler is tried there.
const FILLER_FIRST = new CodeSet([...FILLERS].map((f) => f[0]!));
/** The shared head must carry the identity of the document; a short title differing by 实施 may be another one. */
const MIN_SHARED = 0.8;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether two cited titles name one document: equal once a trailing note in brackets is dropped, or equal but for one
 * filler word inserted near the end (the longer shares ≥ 80% of its characters as a prefix with the shorter).
 * Titles differing by a year, a place, a body or any other content word stay apart.
 */
export function isSameDocument(a: string, b: string): boolean {
  if (a === b) return true;
  const x = stripTrailingNote(a);
  const y = stripTrailingNote(b);
  if (x === y) return true;
  const [long, short] = x.length >= y.length ? [x, y] : [y, x];
  const extra = long.length - short.length;
  if (extra < 1 || extra > 3) return false;
  const head = commonPrefix(long, short);
  if (head < MIN_SHARED * long.length) return false;
  const inserted = long.slice(head, head + extra);
  return long.slice(head + extra) === short.slice(head) && FILLERS.has(inserted);
}

/**
 * Groups distinct titles that name one document; each title maps to the group's canonical name, the longest citation
 * (the first one when two are equally long), so that the fullest form is the entity's name.
 */
export function groupCitations(titles: string[]): Map<string, string> {
  const distinct = [...new Set(titles)];
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  // Not every pair (a long report cites thousands of distinct titles): the titles that can name one document are those
  // equal once their notes are dropped, and those whose noteless form is another's with one filler word taken out.
  const stripped = distinct.map(stripTrailingNote);
  const byStripped = new Map<string, number[]>();
  stripped.forEach((x, i) => {
    const ids = byStripped.get(x);
    if (ids) ids.push(i);
    else byStripped.set(x, [i]);
  });
  for (const ids of byStripped.values()) for (const j of ids) join(ids[0]!, j);
  stripped.forEach((x, i) => {
    for (let p = FILLER_FIRST.next(x, 0); p >= 0; p = FILLER_FIRST.next(x, p + 1)) {
      for (const filler of FILLERS) {
        if (!x.startsWith(filler, p)) continue;
        for (const j of byStripped.get(x.slice(0, p) + x.slice(p + filler.length)) ?? []) {
          if (isSameDocument(distinct[i]!, distinct[j]!)) join(i, j);
        }
      }
    }
  });
  const best = new Map<number, string>();
  distinct.forEach((t, i) => {
    const root = find(i);
    const cur = best.get(root);
    if (cur === undefined || t.length > cur.length) best.set(root, t);
  });
  return new Map(distinct.map((t, i) => [t, best.get(find(i))!]));
}
