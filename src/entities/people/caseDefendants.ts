import type { EntityContext } from '../context.ts';
import { CRIME_NAMES } from '../data/crimeNames.ts';
import { isNameShaped } from './personNames.ts';
import { wordsOfTheLanguage } from './readingAfterRole.ts';
import type { NameHit } from './untitledNames.ts';
import { endsOf, matchesEndingAt } from '../../text/matchesNear.ts';

// A crime named as a case (故意伤害案, 涉嫌受贿案) or as what one committed (犯盗窃罪, 涉嫌诈骗罪).
const CRIMES = CRIME_NAMES.join('|');
const CASE_OR_CHARGE = new RegExp(`(?:涉嫌)?(?:${CRIMES})案|(?:犯|涉嫌)(?:${CRIMES})罪`, 'g');
// Every reading ends on 案 or 罪, at most this long: the expression is tried only within that reach before them.
const CASE_OR_CHARGE_ENDS = ['案', '罪'];
const CASE_OR_CHARGE_LENGTH = 2 + Math.max(...CRIME_NAMES.map((c) => c.length)) + 1;

/**
 * The person a court's or procuratorate's case is named after, right before its crime (审理了熊建军故意伤害案, 孙德胜涉嫌受贿案,
 * 熊建军犯故意伤害罪): a surname and one or two characters that jieba does not read as words of the language (not 金融诈骗案
 * nor 电信诈骗案). A withheld name (冯某受贿案) is none: 某 ends every reading.
 */
export function caseDefendants(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  if (!folded.includes('案') && !folded.includes('罪')) return [];
  const out: NameHit[] = [];
  for (const m of matchesEndingAt(folded, CASE_OR_CHARGE, endsOf(folded, CASE_OR_CHARGE_ENDS), CASE_OR_CHARGE_LENGTH)) {
    const end = m.index;
    if (!seg.boundaries.has(end)) continue;
    for (const len of [3, 2]) {
      const start = end - len;
      const name = folded.slice(start, end);
      if (start < 0 || !isNameShaped(name) || !seg.boundaries.has(start) || wordsOfTheLanguage(ctx, start, end)) continue;
      out.push({ start, end, score: 0.75 });
      break;
    }
  }
  return out;
}
