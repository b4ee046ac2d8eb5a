import traditionalToSimplified from 'opencc-js/dict/TSCharacters';

/**
 * Traditional → simplified characters as one string of pairs ("東东莞莞…" minus the identical ones), from OpenCC's
 * character dictionary: the search page folds a query with it, so a query in either script finds both (every page is
 * indexed in simplified characters; a traditional page also carries a hidden simplified copy).
 */
export function foldPairs(): string {
  let pairs = '';
  for (const entry of traditionalToSimplified.split('|')) {
    const [from, to] = entry.split(' ');
    if (from?.length === 1 && to?.length === 1 && from !== to) pairs += from + to;
  }
  return pairs;
}

export function foldScript(pairs: string): string {
  return `window.__KG_FOLD__=${JSON.stringify(pairs)};\n`;
}
