import type { EntityContext } from '../context.ts';
import { afterPostOrRole } from './personRoles.ts';
import { cueAfter, cueBefore, type NameHit } from './untitledNames.ts';
import { TRANSLITERATION_CODES, TURKIC_NAME_CHARS, TURKIC_NAME_CODES } from './transliteration.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { isHan } from '../../text/han.ts';

// A Uyghur's or Kazakh's name is the own name and the father's written one after the other, with a middle dot between
// them or, as often in reports and news, without one (县长艾尔肯吐尼亚孜, 院长买买提明艾则孜同志): five characters or more
// of the transliteration tables and the Turkic names' own syllables, one at least of the latter (吐, 孜, 买, 则). Without
// the dot only where the words around say it is a person: a post or a kind of person right before it, and after it 同志,
// a mark, a function word or a person's act.
const MIN_NAME = 5;
const MAX_NAME = 10;
// What ends such a name: a mark or non-Han character, or a preposition, conjunction or particle.
const STOP = new Set([...'在和与同及跟向对为将也还已曾就于等的是说称了以因被']);
// Tags of a word of the language inside the run that says it is no name (加强/v, 大力/d): a name's syllables are read as
// unknown words, names, places or single characters.
const ORDINARY_TAG = /^(v|vd|vn|a|ad|an|d|p|c|u[a-z]*|m|q|r|t)$/;

// The Turkic names' own characters, those of no transliteration table: a run of name characters holds a Turkic name only
// where one of them stands among its first MAX_NAME, so only the runs around these places are read (the shared pass over
// a report's characters lists them, src/text/codeSet.ts), not every character of the report.
const TURKIC_ONLY = new CodeSet([...TURKIC_NAME_CHARS].filter((c) => !TRANSLITERATION_CODES.at(c, 0)));

/** Uyghur and Kazakh names without a middle dot, read between a post or kind of person and what ends a name. */
export function turkicNames(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  const places = TURKIC_ONLY.placesIn(folded);
  // The end of the last run of name characters read: its later Turkic characters open no run of their own.
  let runEnd = -1;
  for (let n = 0; n < places.length; n++) {
    const first = places[n]!;
    if (first < runEnd) continue;
    let start = first;
    while (start > 0 && TURKIC_NAME_CODES.at(folded, start - 1)) start--;
    runEnd = first + 1;
    while (runEnd < folded.length && TURKIC_NAME_CODES.at(folded, runEnd)) runEnd++;
    // A run is read as far as MAX_NAME characters, which must hold a Turkic one.
    const end = Math.min(runEnd, start + MAX_NAME);
    if (first >= end || end - start < MIN_NAME || !seg.boundaries.has(start) || !seg.boundaries.has(end)) continue;
    if (!postBefore(ctx, start)) continue;
    const next = folded[end] ?? '。';
    if (isHan(next) && !STOP.has(next) && !folded.startsWith('同志', end) && !cueAfter(ctx, end)) continue;
    const words = seg.tokens.slice(seg.tokenAt[start]!, seg.tokenAt[end - 1]! + 1);
    if (words.some((t) => t.word.length > 1 && ORDINARY_TAG.test(t.tag))) continue;
    out.push({ start, end, score: 0.8 });
  }
  return out;
}

/** A post or a kind of person (县长, 院长, 村民, 护边员) ends right before `start`. */
function postBefore(ctx: EntityContext, start: number): boolean {
  const { folded } = ctx;
  return cueBefore(ctx, start) || afterPostOrRole(folded, start);
}
