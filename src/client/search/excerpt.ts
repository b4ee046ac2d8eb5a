import { append, el } from '../graph/dom.ts';

const WINDOW = 36;
const HEAD_CHARS = 80;
const CORE = 12;

/**
 * An excerpt of a page's text around a place it holds a term, every term marked. Built from plain text with DOM nodes,
 * so nothing from the page is ever parsed as markup. Null when the text holds no term, or when every place it holds
 * one was already shown by an earlier result (`seen`, shared by the results of one search): a sentence repeated on
 * several pages is shown once.
 */
export function literalExcerpt(content: string, terms: string[], seen: Set<string> = new Set()): HTMLElement | null {
  return literalExcerptAt(content, terms, seen)?.excerpt ?? null;
}

/**
 * The same, with the offset of the match it shows (to link to the sentence holding it). `from` gives, for a match, where
 * its excerpt may begin at the earliest (after the heading of its section, which the result shows already).
 */
export function literalExcerptAt(
  content: string,
  terms: string[],
  seen: Set<string> = new Set(),
  from: (at: number) => number = () => 0,
): { excerpt: HTMLElement; at: number } | null {
  for (const at of termPositions(content, terms)) {
    // The words right around the match say whether it is the same passage as one already shown.
    const key = content.slice(Math.max(0, at - CORE), at + CORE);
    if (seen.has(key)) continue;
    seen.add(key);
    const least = from(at);
    const start = Math.max(at >= least ? least : 0, at - WINDOW);
    const end = Math.min(content.length, at + WINDOW * 2);
    return { excerpt: markTerms(content.slice(start, end), terms, start > 0, end < content.length), at };
  }
  return null;
}

/** Where the text holds a term: past its first lines first (a page opens with its title and facts), then those. */
function termPositions(content: string, terms: string[]): number[] {
  const positions: number[] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let i = content.indexOf(term); i >= 0; i = content.indexOf(term, i + term.length)) positions.push(i);
  }
  positions.sort((a, b) => a - b);
  return [...positions.filter((i) => i >= HEAD_CHARS), ...positions.filter((i) => i < HEAD_CHARS)];
}

export function markTerms(text: string, terms: string[], before = false, after = false): HTMLElement {
  const p = el('p', { class: 'kg-excerpt' });
  if (before) append(p, '…');
  const pattern = new RegExp(terms.filter(Boolean).map(escapeRegExp).join('|'), 'g');
  let last = 0;
  for (const match of terms.length ? text.matchAll(pattern) : []) {
    const at = match.index ?? 0;
    if (match[0].length === 0) continue;
    append(p, text.slice(last, at), el('mark', {}, match[0]));
    last = at + match[0].length;
  }
  append(p, text.slice(last));
  if (after) append(p, '…');
  return p;
}

/**
 * An excerpt of a page holding only some of the query's words (`words`, as Pagefind searched them): around the first
 * place it holds one of them, each marked; its opening when it holds none as written.
 */
export function partialExcerpt(content: string, words: string[]): HTMLElement {
  const length = WINDOW * 3;
  return literalExcerpt(content, words) ?? markTerms(content.slice(0, length), [], false, content.length > length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
