import type { EntityContext } from '../context.ts';
import { isHanCode } from '../../text/han.ts';
import { worldNames } from '../world/worldNames.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { CodeSet } from '../../text/codeSet.ts';

// A match's result between its two sides: where the first played, the score, what it did to the second (主场3∶1战胜,
// 客场2∶0击败, 以3∶1战胜, 1比1战平).
const RESULT_VERBS = ['战胜', '击败', '战平', '逼平', '负于', '不敌', '力克', '大胜', '小胜', '险胜', '完胜', '横扫', '淘汰', '输给'];
const RESULT = new RegExp(`(主场|客场)?以?[0-9０-９]{1,3}[∶:比][0-9０-９]{1,3}(${RESULT_VERBS.join('|')})`, 'g');
const MAX_SIDE = 6;
// A score's mark, and its digits: a text with no score written before a result's verb (a mark after a digit, one to three
// digits and the verb) holds no result, and is not scanned by RESULT (whose optional opening words are tried at every
// character).
const SCORE_MARK = new CodeSet(['∶:比']);
const DIGIT = new CodeSet(['0123456789０１２３４５６７８９']);
const VERB_SET: ReadonlySet<string> = new Set(RESULT_VERBS);

/** A score's mark at `at` between a digit and one to three digits, with a result's verb right after them. */
function scoreBeforeVerb(folded: string, at: number): boolean {
  if (!DIGIT.at(folded, at - 1)) return false;
  let end = at + 1;
  while (DIGIT.at(folded, end)) end++;
  return end - at - 1 >= 1 && end - at - 1 <= 3 && VERB_SET.has(folded.slice(end, end + 2));
}

/**
 * The two sides of a match's result written without 队 (成都蓉城主场3∶1战胜武汉三镇, 江苏以3∶1战胜广东): a club named after
 * its city (a place and the club's own words) or a place or country alone standing for its team. Each side is the whole
 * run of characters between the result and a mark (a comma, the sentence's start or end), and opens with a place the
 * gazetteer or the world data knows: a longer run (昨晚成都蓉城) or one with no place first names no side for certain.
 */
export function matchSides(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded } = ctx;
  const out: OrgHit[] = [];
  if (!SCORE_MARK.placesIn(folded).some((at) => scoreBeforeVerb(folded, at))) return out;
  const cover = coverage(folded.length, taken);
  for (const m of folded.matchAll(RESULT)) {
    let start = m.index;
    while (start > 0 && isHanCode(folded.charCodeAt(start - 1)) && m.index - start <= MAX_SIDE) start--;
    let end = m.index + m[0].length;
    const from = end;
    while (end < folded.length && isHanCode(folded.charCodeAt(end)) && end - from <= MAX_SIDE) end++;
    // A run that goes on past the longest side names no side for certain.
    const sides = [
      [start, m.index, isHanCode(folded.charCodeAt(start - 1))],
      [from, end, isHanCode(folded.charCodeAt(end))],
    ] as const;
    for (const [s, e, longer] of sides) {
      const side = folded.slice(s, e);
      if (longer || side.length < 2 || side.length > MAX_SIDE || !opensWithPlace(ctx, side)) continue;
      addNamedBody(out, cover, folded, s, e, 0.95);
    }
  }
  return out;
}

/** The side's first two to four characters are a place of the gazetteer (成都, 山东) or a country (日本). */
function opensWithPlace(ctx: EntityContext, side: string): boolean {
  for (let n = Math.min(4, side.length); n >= 2; n--) {
    const front = side.slice(0, n);
    if (ctx.gaz.byName.has(front) || worldNames().get(front)?.place?.level === 'country') return true;
  }
  return false;
}
