import type { EntityContext } from '../context.ts';
import { tagOf } from '../segment.ts';
import { isNameShaped, NOT_IN_NAME } from './personNames.ts';
import { isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { readNameBefore } from './namesBesidePosts.ts';

// A cast list writes each actor with the role in brackets (宁泽宇（饰马小川）、童可欣（饰白玉兰）): the actor is a person
// and so is the role, a person of the story, whatever word the role's name is besides (白玉兰, a flower). Written for this
// project from the form of film and television news.

const CAST = /[（(]饰(?:演)?[：:]?([\u4e00-\u9fff]{2,4})[）)]/g;
// Words jieba knows as no name: a role written as what the character is (饰老支书, 饰母亲) names no one.
const COMMON_TAG = /^(v|vd|vn|a|ad|an|d|p|c|r|m|q|t|f|n|l|i)$/;

/** The actors of a cast list and the roles they play. */
export function castNames(ctx: EntityContext): NameHit[] {
  const { folded } = ctx;
  const out: NameHit[] = [];
  for (const m of folded.matchAll(CAST)) {
    const role = m[1]!;
    const roleStart = m.index! + m[0].length - 1 - role.length;
    const actor = readNameBefore(ctx, m.index!);
    if (!actor) continue;
    out.push({ ...actor, score: 0.75 });
    if (!isNameShaped(role) || [...role].some((c) => NOT_IN_NAME.has(c)) || isKnownPlaceName(ctx, role)) continue;
    if (COMMON_TAG.test(tagOf(role))) continue;
    out.push({ start: roleStart, end: roleStart + role.length, score: 0.7 });
  }
  return out;
}
