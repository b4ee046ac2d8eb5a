import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { NOT_IN_NAME, surnameLength } from './personNames.ts';
import type { NameHit } from './untitledNames.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { wordsOpeningOn } from '../wordsByCharacter.ts';

// A clerk's noun jieba does not hold (报账员, 记账员) is cut after its verb, and its 员 glued to the surname of the name
// after it (报账/v|员林/n|春梅/x, 报账/v|员覃/x|秀英/nr): the name is that surname and the given name jieba read as one.

const GIVEN_TAG = /^(nr|nrfg|x)$/;

const STAFF = new CodeSet('员');

export function namesGluedToStaffSuffix(ctx: EntityContext): NameHit[] {
  const { seg } = ctx;
  const out: NameHit[] = [];
  const tokens = seg.tokens;
  // Only the words that open on 员, not every word of the report.
  for (const i of wordsOpeningOn(seg, ctx.folded, STAFF)) {
    if (i < 1 || i + 1 >= tokens.length) continue;
    const t = tokens[i]!;
    if (t.word.length !== 2 || t.word[0] !== '员' || surnameLength(t.word[1]!) !== 1) continue;
    const verb = tokens[i - 1]!;
    const given = tokens[i + 1]!;
    if (verb.end !== t.start || verb.word.length !== 2 || !/^(v|vn)$/.test(verb.tag)) continue;
    if (given.start !== t.end || given.word.length > 2 || !GIVEN_TAG.test(given.tag) || !isHan(given.word)) continue;
    if ([...given.word].some((c) => NOT_IN_NAME.has(c))) continue;
    out.push({ start: t.start + 1, end: given.end, score: 0.7 });
  }
  return out;
}
