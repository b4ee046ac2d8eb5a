import type { EntityContext } from '../context.ts';
import { tokensIn } from '../segment.ts';
import type { SpanCover } from '../../text/spanCover.ts';
import type { OrgHit } from './orgHit.ts';

// A committee's word jieba knows whole (财政经济委员会/nt, 法制工作委员会/nt, 农业与农村委员会/nt): written right after a
// congress, its standing committee or a CPPCC (市人大|财政经济委员会), it is that assembly's committee, not a body of its own.
const COMMITTEE_WORD = /^[\u4e00-\u9fff]{2,12}(委员会|工作委员会)$/;
const GLUED_FIELDS = /^([\u4e00-\u9fff]{2,10}?)委员会/;
// Characters of clauses, not of a committee's fields (和 and 与 join two fields: 监察和司法, 农业与农村).
const NOT_IN_FIELDS = /[的了在及或等是对向从把将被由为到赴并又也都均各该其此这那每个年日届次]|常委会|会议|大会/;
const SHORT_COMMITTEE = /^[\u4e00-\u9fff]{2,4}委$/;
const NOT_SHORT_COMMITTEE = /(党委|纪委|常委|政委|编委|工委|主委)$/;
const WORKING_FIELD = /^[\u4e00-\u9fff]{2,4}工作$/;
// 市人大常委会|听取|工作|委员会…: what an assembly does to work is a clause, no field.
const ACTS_ON_WORK = /^(听取|审议|检查|指导|部署|推进|开展|加强|督促|支持|召开|组织|报告|汇报|总结)工作$/;
// A later committee of the same assembly listed after 、 (法制工作委员会、预算工作委员会、代表工作委员会): fields and 和/与.
const LISTED = /^、([\u4e00-\u9fff]{2,10}?(?:工作)?委员会)/;
// A listed item naming its own owner (、市人大财政经济委员会) or one that is no field (、各委员会).
const NOT_A_FIELD_START = /^[省市县区镇乡村州旗各该本其]/;

/**
 * The end of the committee written at `at`, right after its assembly, or -1: a committee's word jieba knows whole, or fields
 * up to 委员会 that jieba glued to the assembly's word (省|政协提案/n|委员会), with no function word among them.
 */
export function committeeAfter(ctx: EntityContext, at: number): number {
  const { seg, folded } = ctx;
  const t = seg.tokens[seg.tokenAt[at] ?? -1];
  if (t && t.start === at && /^(nt|nz|n)$/.test(t.tag) && COMMITTEE_WORD.test(t.word)) return t.end;
  // 市人大|财经委, 全国人大|环资委: a committee by its short name, one word of fields and 委 (no 党委 or 常委 of its own).
  if (t && t.start === at && /^(nt|nz|n|j|x)$/.test(t.tag) && SHORT_COMMITTEE.test(t.word) && !NOT_SHORT_COMMITTEE.test(t.word))
    return t.end;
  const m = GLUED_FIELDS.exec(folded.slice(at, at + 14));
  if (!m || NOT_IN_FIELDS.test(m[1]!)) return -1;
  const end = at + m[0].length;
  // 市人大常委会|听取/v|和|审议/v|市监察委员会: a verb is no committee's field; the clause runs on to another body.
  // (文化文史|和|学习/v|委员会: a verb joined by 和 to the fields right before 委员会 is a field of its own.)
  const words = tokensIn(seg, at, end - 3);
  const joinedLast = (i: number) => words[i]!.end === end - 3 && /^[和与]$/.test(words[i - 1]?.word ?? '');
  // 预算/v|工作|委员会, 监督/v|工作|委员会: the field of a working committee (…工作委员会), whatever jieba tags it.
  const working = WORKING_FIELD.test(m[1]!) && !ACTS_ON_WORK.test(m[1]!);
  if (!working && words.some((w, i) => w.tag === 'v' && w.start >= at && !joinedLast(i))) return -1;
  return seg.boundaries.has(end) ? end : -1;
}

/**
 * The committees of the same assembly listed after the one read up to `end` (市人大常委会法制工作委员会、预算工作委员会、
 * 代表工作委员会): each named with the assembly's name (株洲市人大常委会预算工作委员会).
 */
export function listedCommittees(ctx: EntityContext, owner: OrgHit, end: number, cover: SpanCover): OrgHit[] {
  const { folded } = ctx;
  const out: OrgHit[] = [];
  for (let at = end; ;) {
    const m = LISTED.exec(folded.slice(at, at + 16));
    if (!m || NOT_A_FIELD_START.test(m[1]!)) break;
    const start = at + 1;
    const stop = start + m[1]!.length;
    if (!ctx.seg.boundaries.has(stop) || cover.any(start, stop)) break;
    const name = owner.name + m[1]!;
    out.push({ start, end: stop, kind: 'co', id: name, name, score: 0.65 });
    at = stop;
  }
  return out;
}
