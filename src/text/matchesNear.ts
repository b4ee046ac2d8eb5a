import { occurrences, type WordIndex } from './occurrences.ts';

// A regular expression run over a whole report tries a match at each of its tens of thousands of characters, and one
// that opens on an optional part or on common characters cannot skip any. Where every match of it ends at one of a few
// places of the text (after 案 or 罪, before 政府 or 人大 …), found at once through the text's pair index, the
// expression need only be tried at the starts within its longest match's reach before those places.

/**
 * Every match of a global regular expression in `text`, as `text.matchAll(re)` finds them (leftmost first, none
 * overlapping), given places `stops` (ascending) such that every match of `re` ends at one of them and is no longer than
 * `maxLength` and not empty. The expression is tried, sticky, only at the starts within `maxLength` before a stop.
 */
export function matchesEndingAt(text: string, re: RegExp, stops: readonly number[], maxLength: number): RegExpExecArray[] {
  const sticky = stickyOf(re);
  const out: RegExpExecArray[] = [];
  // Matches start at or after the end of the last one; starts below `tried` were tried and failed.
  let from = 0;
  let tried = 0;
  for (let k = 0; k < stops.length; k++) {
    const stop = stops[k]!;
    let s = Math.max(from, tried, stop - maxLength);
    for (; s < stop; s++) {
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (!m) continue;
      if (m[0].length === 0) throw new Error(`matchesEndingAt: an empty match of ${re}`);
      out.push(m);
      from = s + m[0].length;
      break;
    }
    tried = Math.max(tried, s);
  }
  return out;
}

/**
 * Every match of a global regular expression in `text`, as `text.matchAll(re)` finds them (leftmost first, none
 * overlapping), given places `starts` (ascending) such that every match of `re` starts at one of them and is not empty
 * (an expression that opens on one of a few words: the places of those words). The expression is tried, sticky, there only.
 */
export function matchesStartingAt(text: string, re: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const sticky = stickyOf(re);
  const out: RegExpExecArray[] = [];
  // Matches start at or after the end of the last one.
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    if (s < from) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (!m) continue;
    if (m[0].length === 0) throw new Error(`matchesStartingAt: an empty match of ${re}`);
    out.push(m);
    from = s + m[0].length;
  }
  return out;
}

/** Where each occurrence of the words ends in `text`, ascending, each place once. */
export function endsOf(text: string, words: readonly string[] | WordIndex): number[] {
  const list = Array.isArray(words) ? words : (words as WordIndex).words;
  return placesOf(occurrences(text, words), (k, at) => at + list[k]!.length);
}

/** Where each occurrence of the words starts in `text`, ascending, each place once. */
export function startsOf(text: string, words: readonly string[] | WordIndex): number[] {
  return placesOf(occurrences(text, words), (_, at) => at);
}

function placesOf(found: (readonly number[])[], place: (k: number, at: number) => number): number[] {
  const out: number[] = [];
  for (let k = 0; k < found.length; k++) for (const at of found[k]!) out.push(place(k, at));
  out.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i]!;
  out.length = n;
  return out;
}

const stickies = new WeakMap<RegExp, RegExp>();

function stickyOf(re: RegExp): RegExp {
  let sticky = stickies.get(re);
  if (!sticky) stickies.set(re, (sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return sticky;
}
