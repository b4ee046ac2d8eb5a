import type { EntityContext } from '../context.ts';
import { isKnownPlaceName } from './untitledNames.ts';
import { isNameShaped } from './personNames.ts';
import type { RosterName } from './rosterNames.ts';

// A commendation, a meeting's list or a roster sets each person out on a line of two cells: the unit and post, a space,
// and the holder's name closing the line (凉水井镇中心学校教师　邰秋云, 县自然资源局二级主任科员　欧阳红梅, 所长　滕　一).
// Any post or trade may stand in the first cell, and the words for them end on a few characters (所长, 科员, 教师, 主任,
// 书记, 经理, 董事, 医生, 民警, 会计): the line then names its holder, whatever jieba reads the name as. The same two cells
// in a row of bodies (中共沅陵县委　沅陵县人民政府) or of a date and a place are no post and a name.
const ROW =
  /^[ \t\u3000]*([\u4e00-\u9fff（）()]{2,24}?)[ \u3000]+([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])[ \t\u3000]*$/gm;
const POST_END = /[长员师任记书理事生手官警计]$/;

/** The name closing each line of a unit and post and its holder. */
export function postHolderRows(ctx: EntityContext): RosterName[] {
  const out: RosterName[] = [];
  for (const m of ctx.folded.matchAll(ROW)) {
    if (!POST_END.test(m[1]!)) continue;
    const cell = m[2]!;
    const name = cell.length === 3 && /[ \u3000]/.test(cell[1]!) ? cell[0]! + cell[2]! : cell;
    if (!isNameShaped(name) || isKnownPlaceName(ctx, name)) continue;
    const start = m.index! + m[0].lastIndexOf(cell);
    out.push({ start, end: start + cell.length, name });
  }
  return out;
}
