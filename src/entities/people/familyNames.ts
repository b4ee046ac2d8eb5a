import type { EntityContext } from '../context.ts';
import { tagOf } from '../segment.ts';
import { isNameShaped } from './personNames.ts';
import type { NameHit } from './untitledNames.ts';

// Honours given to families (最美家庭, 五好家庭, 文明家庭) name each family after one member, written after the place it
// lives in or in a list: 文昌街道何永红家庭、平峰村章秀英家庭获评全国最美家庭. The member is a person the report names.

// What stands right before such a name: a list's or clause's mark, or the end of the place the family lives in.
const BEFORE_NAME = /(?:[、，,。；;：:\s]|街道|社区|[村镇乡县市区])$/;
// What follows 家庭 in such a list or honour: another family, the honour, or the end of the clause.
const AFTER_FAMILY = /^(?:[、，,。；;]|等|获|荣获|被|入选|当选)/;
// Words jieba knows as words of the language (文明家庭, 和睦家庭, 单亲家庭 begin with them): no name.
const COMMON = /^(n|v|vn|a|ad|an|d|l|i|m|b|z|t|s|f)$/;

/** The member a family is named after (何永红 in 何永红家庭获评…). */
export function familyNames(ctx: EntityContext): NameHit[] {
  const { folded } = ctx;
  const out: NameHit[] = [];
  for (let at = folded.indexOf('家庭'); at >= 0; at = folded.indexOf('家庭', at + 2)) {
    if (!AFTER_FAMILY.test(folded.slice(at + 2, at + 4))) continue;
    for (const len of [3, 2]) {
      const start = at - len;
      if (start < 0) continue;
      const name = folded.slice(start, at);
      // Two characters that jieba knows as a word (文明/nr, 和睦/nr, 康乐/nr) are the kind of family, not a member's name.
      if (!isNameShaped(name) || COMMON.test(tagOf(name)) || (len === 2 && tagOf(name) !== 'x')) continue;
      if (start > 0 && !BEFORE_NAME.test(folded.slice(Math.max(0, start - 2), start))) continue;
      out.push({ start, end: at, score: 0.75 });
      break;
    }
  }
  return out;
}
