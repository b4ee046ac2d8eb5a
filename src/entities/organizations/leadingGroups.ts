import type { EntityContext } from '../context.ts';
import { finerWords, roleOf } from '../spanBoundary.ts';
import { TITLE_AFTER, type OrgHit } from './orgHit.ts';
import type { PlaceChain } from './placeBodies.ts';

const GROUP = '领导小组';
// What a group's name is made of between its owner (or 的) and 领导小组: words and quoted names, no punctuation.
const STEM = /^[\u4e00-\u9fff“”"]{1,16}$/;
// Verbs that set a group up, right after the body whose group it is (县委成立…领导小组).
const SETS_UP = /^(成立|设立|组建|建立|调整)/;
const OWNER_KINDS = new Set(['pc', 'gov', 'dept', 'nat', 'gd', 'co']);

/**
 * Leading groups (领导小组) that the report names as one body: the group of a body written before it (省委改革领导小组,
 * 区委巡察整改工作领导小组, 东莞市“两违”治理工作领导小组), or the group someone is said to lead (由镇党委书记郑晓峰任组长、
 * 镇长吴海涛任副组长的巡察整改工作领导小组). A group set up by every unit of a kind (各部门成立整改落实工作领导小组) or a
 * special group (成立专项领导小组) is named by neither and is no entity. Further mentions of the same name are that group.
 */
export function leadingGroups(ctx: EntityContext, hits: OrgHit[], chains: PlaceChain[]): OrgHit[] {
  const { folded } = ctx;
  const ownerEnding = new Map<number, number>();
  // 市委|书记陈国栋主持召开领导小组会议: a committee named in a person's post owns no group written after the post.
  for (const h of hits)
    if (OWNER_KINDS.has(h.kind) && !TITLE_AFTER.test(folded.slice(h.end, h.end + 3)))
      ownerEnding.set(h.end, Math.min(h.start, ownerEnding.get(h.end) ?? h.start));
  for (const c of chains) ownerEnding.set(c.end, Math.min(c.start, ownerEnding.get(c.end) ?? c.start));
  const names = new Set<string>();
  const out: OrgHit[] = [];
  for (let at = folded.indexOf(GROUP); at >= 0; at = folded.indexOf(GROUP, at + 1)) {
    const end = at + GROUP.length;
    const start = groupStart(ctx, at, ownerEnding);
    if (start === undefined) continue;
    const name = folded.slice(start, end);
    names.add(name);
    out.push({ start, end, kind: 'co', id: `group:${name}`, name, score: 0.85 });
  }
  // The same name written again, where neither owner nor post is repeated.
  const taken = new Set(out.map((h) => h.start));
  for (const name of names) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      if (taken.has(at) || out.some((h) => h.start < at + name.length && at < h.end)) continue;
      out.push({ start: at, end: at + name.length, kind: 'co', id: `group:${name}`, name, score: 0.85 });
    }
  }
  return out;
}

/**
 * Where the group's name starts: at its owner's name (省委改革领导小组), after the owner and the verb that sets it up
 * (县委成立巡察整改工作领导小组: the committee's group), or after the 的 of 任组长的; undefined when none is written.
 */
function groupStart(ctx: EntityContext, at: number, ownerEnding: Map<number, number>): number | undefined {
  const { folded, seg } = ctx;
  const floor = Math.max(0, at - 16);
  // Every word of the stem can stand in a name: verbs do (巡察整改), function words and counts do not (和, 及, 的, 3个).
  const sound = (s: number) => finerWords(seg, folded, s, at).every((w) => roleOf(w) !== 'function' && roleOf(w) !== 'count');
  for (let s = at - 1; s >= floor; s--) {
    if (!STEM.test(folded.slice(s, at))) return undefined;
    const founded = SETS_UP.exec(folded.slice(s, at));
    if (founded && ownerEnding.has(s)) return sound(s + founded[0].length) ? s + founded[0].length : undefined;
    const owner = ownerEnding.get(s);
    if (owner !== undefined) return sound(s) ? owner : undefined;
    // A lone level word owns it too (成立区巡视整改工作领导小组: the district's).
    if (
      '省市区县'.includes(folded[s]!) &&
      seg.boundaries.has(s) &&
      seg.boundaries.has(s + 1) &&
      s + 1 < at &&
      SETS_UP.test(folded.slice(s - 2, s))
    )
      return sound(s + 1) ? s : undefined;
    if (folded[s - 1] === '的' && /(组长|主任)$/.test(folded.slice(Math.max(0, s - 4), s - 1))) return sound(s) ? s : undefined;
  }
  return undefined;
}
