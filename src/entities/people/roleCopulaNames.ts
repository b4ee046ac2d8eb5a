import type { EntityContext } from '../context.ts';
import { POSTS_BEFORE } from './personNames.ts';
import { PERSON_ROLES } from './personRoles.ts';
import { readName } from './namesBesidePosts.ts';
import type { NameHit } from './untitledNames.ts';

// A post or a role, then 为 and the one who holds it (项目负责人为冉光辉；, 小说的责任编辑为姬小琴，, 主编为杨晓岚。):
// the copula puts the holder where a post puts a name right after it. A notice, a credit line or a paper's byline write
// it so; a plan writes the same words before a duty or a body (书记为第一责任人, 局长为组长, 总经理为公司法定代表人),
// which no surname opens or readName reads as no name. The name closes its clause, as an item or a credit does.

// Credits of a work and a paper, beside the posts and roles read elsewhere.
const CREDITS = ['作者', '第一作者', '通讯作者', '责任编辑', '编辑', '主编', '副主编', '译者', '导演', '编剧', '制片人', '监制'];
const ROLES: ReadonlySet<string> = new Set([...POSTS_BEFORE, ...PERSON_ROLES, ...CREDITS]);
const LONGEST = Math.max(...[...ROLES].map((r) => r.length));
const CLOSES = /^(?:$|[\n，,。；;、（(])/;

export function roleCopulaNames(ctx: EntityContext): NameHit[] {
  const { folded } = ctx;
  const out: NameHit[] = [];
  for (let at = folded.indexOf('为'); at >= 0; at = folded.indexOf('为', at + 1)) {
    if (!roleEndsAt(folded, at)) continue;
    const name = readName(ctx, at + 1);
    if (name && CLOSES.test(folded.slice(name.end, name.end + 1))) out.push({ ...name, score: 0.75 });
  }
  return out;
}

function roleEndsAt(folded: string, end: number): boolean {
  for (let len = 2; len <= LONGEST && len <= end; len++) if (ROLES.has(folded.slice(end - len, end))) return true;
  return false;
}
