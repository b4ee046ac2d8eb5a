import type { Span } from '../../types.ts';
import { CodeSet } from '../../text/codeSet.ts';

/** A quoted phrase: [start, end) is the text inside the marks; openAt/closeAt are the marks themselves. */
export interface Quote extends Span {
  openAt: number;
  closeAt: number;
}

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’' };
// Char codes the loop acts on; every other character (nearly all of a report) is skipped without making a string of it.
const MARK_CODES = new CodeSet(['\n', '"', ...Object.keys(PAIRS), ...Object.values(PAIRS)]);
/** Quoted names are short; a longer run is a quoted sentence or an unbalanced mark. */
const MAX_QUOTE = 40;

/**
 * Every quoted phrase on one line: curly “…” and corner 「…」『…』 marks (traditional-script reports) and straight
 * "…" pairs (half-width folding turns ＂ into "), each the innermost run between its own pair of marks.
 */
export function findQuotes(folded: string): Quote[] {
  const quotes: Quote[] = [];
  const open: { mark: string; at: number }[] = [];
  let straight = -1;
  // A closing mark with no opening one before it on its line, which a second such mark may show to be a misprinted opener.
  let stray = -1;
  const places = MARK_CODES.placesIn(folded);
  for (let n = 0; n < places.length; n++) {
    const i = places[n]!;
    const c = folded[i]!;
    if (c === '\n') {
      open.length = 0;
      straight = -1;
      stray = -1;
      continue;
    }
    if (c === '"') {
      if (straight >= 0 && i - straight - 1 <= MAX_QUOTE) {
        if (i - straight > 1) quotes.push({ start: straight + 1, end: i, openAt: straight, closeAt: i });
        straight = -1;
      } else straight = i;
      continue;
    }
    if (c in PAIRS) {
      open.push({ mark: c, at: i });
      continue;
    }
    let k = open.length - 1;
    while (k >= 0 && PAIRS[open[k]!.mark] !== c) k--;
    if (k < 0) {
      // 一个”五讲四美三热爱”的统一的活动: two closing marks on a line that opens none, close together, are a pair whose
      // opener was misprinted.
      if (c === '”' && stray >= 0 && i - stray - 1 >= 1 && i - stray - 1 <= MAX_QUOTE && !open.length) {
        quotes.push({ start: stray + 1, end: i, openAt: stray, closeAt: i });
        stray = -1;
      } else if (c === '”' && !open.length) stray = i;
      continue;
    }
    const at = open[k]!.at;
    open.length = k;
    if (i - at - 1 >= 1 && i - at - 1 <= MAX_QUOTE) quotes.push({ start: at + 1, end: i, openAt: at, closeAt: i });
  }
  return quotes.sort((a, b) => a.start - b.start);
}
