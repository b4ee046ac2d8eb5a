import type { Segmentation } from './segment.ts';
import type { CodeSet } from '../text/codeSet.ts';

// The words of a report that open or close on a character of a set, found from the places of those characters in the
// report (CodeSet.placesIn: one pass over the report's characters shared by every set that asks), not by testing each of
// its words: a recognizer whose cue is a rare word's first or last character visits the few words that carry it. No word
// flag is spent on it (wordTable.ts has 62, most of them taken).

/** The indexes of the words of `seg` (the segmentation of `folded`) whose first character is in `chars`, ascending. */
export function wordsOpeningOn(seg: Segmentation, folded: string, chars: CodeSet): number[] {
  const out: number[] = [];
  const places = chars.placesIn(folded);
  for (let n = 0; n < places.length; n++) {
    const at = places[n]!;
    const k = seg.tokenAt[at]!;
    if (k >= 0 && seg.tokens[k]!.start === at) out.push(k);
  }
  return out;
}

/** The indexes of the words of `seg` (the segmentation of `folded`) whose last character is in `chars`, ascending. */
export function wordsClosingOn(seg: Segmentation, folded: string, chars: CodeSet): number[] {
  const out: number[] = [];
  const places = chars.placesIn(folded);
  for (let n = 0; n < places.length; n++) {
    const at = places[n]!;
    const k = seg.tokenAt[at]!;
    if (k >= 0 && seg.tokens[k]!.end === at + 1) out.push(k);
  }
  return out;
}
