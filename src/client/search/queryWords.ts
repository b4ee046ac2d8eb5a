// Pagefind splits a Chinese query into words (Intl.Segmenter) only when it knows the language, which createInstance
// reads from the page's <html lang>: in a search worker there is none, and 整改措施 was searched as one word that no page
// holds (nothing found, then the slow search for pages holding any of its words). The search page splits the query
// here instead, as Pagefind splits it on a Chinese page; split again by Pagefind, its words stay as they are.
import { INDEX_LANGUAGE } from '../../site/search/indexLanguage.ts';
import { queryTerms } from '../../site/search/rerank.ts';

let segmenter: Intl.Segmenter | null | undefined;

/** `query` with its words separated by spaces; a quoted query (Pagefind's phrase search) stays quoted. */
export function queryWords(query: string): string {
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(INDEX_LANGUAGE, { granularity: 'word' }) : null;
  if (!segmenter) return query;
  const quoted = /^\s*"(.+)"\s*$/.exec(query);
  const words: string[] = [];
  for (const { segment } of segmenter.segment(quoted ? quoted[1]! : query)) if (segment.trim()) words.push(segment.trim());
  return quoted ? `"${words.join(' ')}"` : words.join(' ');
}

/**
 * What Pagefind is asked for `query`, in turn until a search finds pages. One word (no spaces) as a phrase first
 * (Pagefind's quoted search): unquoted, an index part that lacks it answers with pages holding some of its characters,
 * which outrank the pages holding it (违规 at 1,000 reports: none of the first 50 results held it). The phrase goes split
 * into its words; a name the splitter only cuts into characters (大朗) is asked whole first, as the index holds it,
 * which loads one index chunk instead of the big ones of 大 and 朗. Partial matches (pages holding some words) last.
 */
export function pagefindQueries(query: string): string[] {
  const words = queryWords(query);
  if (queryTerms(query).length !== 1 || query.includes('"')) return [words];
  const phrase = `"${words}"`;
  if (words === query) return [phrase, words];
  const name = words.split(' ').every((word) => [...word].length === 1);
  return name ? [`"${query}"`, phrase, words] : [phrase, words];
}
