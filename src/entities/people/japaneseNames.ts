import type { EntityContext } from '../context.ts';
import { JAPANESE_SURNAMES } from '../data/japaneseSurnames.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { cued, isKnownPlaceName, postOfAPersonAfter, type NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';

// The surnames by the code of their first character, longest first: a word is asked only about those it can start with.
// (By code, not by character: reading a Han character out of a word makes a string, and this runs on every word.)
const BY_FIRST = new Map<number, string[]>();
for (const s of [...JAPANESE_SURNAMES].sort((a, b) => b.length - a.length))
  BY_FIRST.set(s.charCodeAt(0), [...(BY_FIRST.get(s.charCodeAt(0)) ?? []), s]);
// The first characters of the surnames, as flags: most words start with none, and no map is asked about them.
const FIRST = new CodeSet([...BY_FIRST.keys()].map((c) => String.fromCharCode(c)));
// Given names of one to three characters (龙太郎, 武史, 惠三): the whole written name is at most six.
const MAX_GIVEN = 3;

/**
 * Japanese names, by a common Japanese surname and a word that goes with people beside them (日本首相桥本龙太郎,
 * 教练冈田武史说, 桥本首相, 佐藤先生): the name is the word jieba read from the surname on, or the surname alone before a
 * post or a form of address. A surname that is also a place's name (中山, 和田) is left to the places alone.
 */
export function findJapaneseNames(ctx: EntityContext): NameHit[] {
  const { seg } = ctx;
  const out: NameHit[] = [];
  // An index, not for…of: until V8 optimizes the loop, for…of makes an iterator result per word, and this reads every word.
  for (let ti = 0; ti < seg.tokens.length; ti++) {
    const t = seg.tokens[ti]!;
    if (!FIRST.at(t.word, 0)) continue;
    const candidates = BY_FIRST.get(t.word.charCodeAt(0));
    if (!candidates || !isHan(t.word)) continue;
    const surname = surnameStarting(t.word, candidates);
    if (!surname) continue;
    const given = t.word.length - surname.length;
    if (given > MAX_GIVEN) continue;
    if (given === 0 && isKnownPlaceName(ctx, surname)) continue;
    const cue = cued(ctx, t.start, t.end) || (given === 0 && postOfAPersonAfter(ctx, t.start, t.end));
    if (!cue) continue;
    // A name jieba ran into a word after it would not be cued; one it cut short stays the surname (桥本|首相).
    if (given > 0 && /^(v|vn|a|ad|d|p|c|u|m|q)$/.test(t.tag)) continue;
    out.push({ start: t.start, end: t.end, score: 0.65 });
  }
  return out;
}

/** The longest of `candidates` that `word` starts with (a loop, not a closure per word: this runs on many words). */
function surnameStarting(word: string, candidates: string[]): string | undefined {
  for (let k = 0; k < candidates.length; k++) if (word.startsWith(candidates[k]!)) return candidates[k];
  return undefined;
}
