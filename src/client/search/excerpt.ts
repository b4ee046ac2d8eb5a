import { append, el } from '../graph/dom.ts';

const WINDOW = 36;
const HEAD_CHARS = 80;

/**
 * An excerpt of a page's text around the first place it holds a term, every term marked. Built from plain text with
 * DOM nodes, so nothing from the page is ever parsed as markup. Null when the text holds no term.
 */
export function literalExcerpt(content: string, terms: string[]): HTMLElement | null {
  const positions = terms.map((t) => content.indexOf(t)).filter((i) => i >= 0);
  if (positions.length === 0) return null;
  // A page's first lines are its title and facts; a later occurrence shows the term in a sentence, when there is one.
  const later = terms.map((t) => content.indexOf(t, HEAD_CHARS)).filter((i) => i >= 0);
  const first = later.length > 0 ? Math.min(...later) : Math.min(...positions);
  const start = Math.max(0, first - WINDOW);
  const end = Math.min(content.length, first + WINDOW * 2);
  const text = content.slice(start, end);
  return markTerms(text, terms, start > 0, end < content.length);
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
 * Pagefind's own excerpt (HTML with <mark> around matched words) turned into text and marks: parsed in an inert
 * document, and only its text and marks are copied, so page text shows as text.
 */
export function pagefindExcerpt(html: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const p = el('p', { class: 'kg-excerpt' });
  const nodes = [...(doc.body.firstChild?.childNodes ?? [])];
  nodes.forEach((node, i) => {
    if (node.nodeName === 'MARK') {
      append(p, el('mark', {}, node.textContent ?? ''));
      return;
    }
    // Pagefind puts spaces around the words it segmented out of Chinese; drop those next to a mark.
    let text = node.textContent ?? '';
    if (nodes[i + 1]?.nodeName === 'MARK') text = text.replace(/(?<=[\u3000-\u9fff\uff00-\uffef])\s+$/u, '');
    if (nodes[i - 1]?.nodeName === 'MARK') text = text.replace(/^\s+(?=[\u3000-\u9fff\uff00-\uffef])/u, '');
    append(p, text);
  });
  return p;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
