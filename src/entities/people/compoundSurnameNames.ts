import type { EntityContext } from '../context.ts';
import { NOT_IN_NAME, OPENS_ON_SURNAME, surnameLength } from './personNames.ts';
import { tokensWith } from '../wordTable.ts';
import { isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';

// Tags of a compound surname's word that say it is used as another word there: a number, a place word, a direction or a
// verb (第五, 东方, 西门).
const OTHER_WORD_TAG = /^(m|s|f|v)$/;
// Tags of a word that is no given name: verbs, adverbs, function words, numbers, times and idioms.
const NOT_GIVEN_TAG = /^(v|vd|vn|ad|d|p|c|u[a-z]?|r|m|q|f|t|l|i|y|e|o)$/;
// What a place or a body named after a person's name ends with (上官村, 欧阳修纪念馆 is a body only with its head).
const PLACE_HEAD = /^[县市区镇乡村省州路街寺庙桥]/;
// A single character after the surname that names a kind of place (武落钟离山 is a mountain).
const PLACE_KIND = /^[山河湖江岛湾峰岭洞寺庙村镇县市区]$/;

/**
 * A compound surname (上官, 端木, 夏侯, 欧阳) that jieba reads as a word of its own, with a given name of one or two
 * characters right after (上官|秀兰老人, 端木|雨涵在…, 对夏侯|建平严重违纪…): a compound surname is seldom anything else, so
 * no cue is asked. Not one that stands for a place there (东方 is a city, 南宫 too), and not before a place's head.
 */
export function compoundSurnameNames(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const tokens = seg.tokens;
  const out: NameHit[] = [];
  const opening = tokensWith(seg, OPENS_ON_SURNAME);
  for (let n = 0; n < opening.length; n++) {
    const i = opening[n]!;
    if (i + 1 >= tokens.length) break;
    const t = tokens[i]!;
    if (t.word.length !== 2 || surnameLength(t.word) !== 2 || OTHER_WORD_TAG.test(t.tag)) continue;
    const given = tokens[i + 1]!;
    if (given.start !== t.end || given.word.length > 2 || !isHan(given.word) || NOT_GIVEN_TAG.test(given.tag)) continue;
    if ([...given.word].some((c) => NOT_IN_NAME.has(c))) continue;
    // A single character of given name only where the name plainly ends (a mark, or a word of two characters or more).
    const after = tokens[i + 2];
    if (
      given.word.length === 1 &&
      ((after && after.start === given.end && after.word.length < 2 && isHan(after.word)) || PLACE_KIND.test(given.word))
    )
      continue;
    if (PLACE_HEAD.test(folded.slice(given.end, given.end + 1)) || isKnownPlaceName(ctx, t.word)) continue;
    out.push({ start: t.start, end: given.end, score: 0.7 });
  }
  return out;
}
