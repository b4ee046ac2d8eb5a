import type { Entity } from '../../types.ts';
import type { ReportMention } from '../../types.ts';
import type { ClauseView, RelationContext } from './relationContext.ts';
import { postChainBefore } from './postChain.ts';

/**
 * Who acts in a clause: named entities, a body or person the entities do not name (各级党委, 区委书记 without a name:
 * it blocks the issuer from being read in), or the report's own voice (我们, 我市).
 */
export type Subject = { kind: 'named'; entities: Entity[] } | { kind: 'unnamed' } | { kind: 'self' };

// What may stand before the subject: an ordinal (一是), a time (2018年以来, 7月20日起), a linking adverb, 由 / 经.
const LEAD =
  /^(?:[一二三四五六七八九十]+是|其中|同时|此外|另外|目前|近日|近期|近年来|今年以来|截至目前|截止目前|截至\d+月底?|随后|此后|会上|会后|首先|其次|再次|最后|并|还|也|又|已|均|由|经|(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?)(?:以来|起|至今|上旬|中旬|下旬|底|初)?)\s*/;
const SELF = /^(?:我们|我市|我县|我区|我镇|我省|我委|我局|我部)/;
// A body or group of people the entities cannot name: 各级党委, 全市各单位, 相关部门, 有关单位.
const GENERIC = /^(?:各|全市|全县|全区|全省|全国|全镇|相关|有关|市直|县直|区直|省直|部分|个别|广大|领导班子|班子成员|党员)/;
// 对X…, 向X…, 根据…: the clause opens with a preposition's object, not its subject.
const PREPOSITION = /^(?:对|向|给予|给|在|与|按照|按|根据|依据|把|将|从|为了|为|以|通过|围绕|针对|结合|对照|随着)/;
// 市委书记认真履行…, 区委主要负责同志…: a post holder the report does not name. One after 由 (成立由县委书记任组长的…)
// is named inside the object, not the subject.
const UNNAMED_HOLDER =
  /^(?:(?!由)[\u4e00-\u9fa5]){0,6}?(?:书记|主要领导|主要负责同志|负责同志|负责人|[省市县区镇乡]长)(?![\u4e00-\u9fa5]{0,3}会议)/;
const COORDINATION = /^(?:同志)?(?:、|和|与|及|以及|会同|联合|协同)$/;

/** The subject a clause names itself, or null when it names none (it then takes its sentence's earlier one). */
export function ownSubject(ctx: RelationContext, clause: ClauseView): Subject | null {
  const f = ctx.folded;
  let pos = clause.start;
  for (let guard = 0; guard < 6 && pos < clause.end; guard++) {
    const m = LEAD.exec(f.slice(pos, Math.min(clause.end, pos + 24)));
    if (!m || !m[0]) break;
    pos += m[0].length;
  }
  const head = f.slice(pos, clause.end);
  if (SELF.test(head)) return { kind: 'self' };
  if (PREPOSITION.test(head)) return null;
  const ms = clause.mentions;
  let i = ms.findIndex((m) => m.start >= pos);
  if (i < 0) return GENERIC.test(head) ? { kind: 'unnamed' } : null;
  let first = ms[i]!;
  // 市委书记梁维东同志…, 县委常委、组织部部长杨丽娟…: a person named after a chain of titles.
  const person = ms.slice(i).find((m) => m.entity.type === 'person' && m.start - pos <= 24);
  if (person && person.start > pos) {
    const chain = postChainBefore(ctx, person.start, pos);
    if (chain && chain.start === pos) {
      first = person;
      i = ms.indexOf(person);
    }
  }
  if (first.start !== pos) {
    // 市委书记认真履行…: a title with no name is someone the entities cannot name.
    if (GENERIC.test(head) || UNNAMED_HOLDER.test(head)) return { kind: 'unnamed' };
    return null;
  }
  if (!isActor(first)) return first.titleOnly ? { kind: 'unnamed' } : null;
  const named: ReportMention[] = [first];
  let end = first.end;
  for (let k = i + 1; k < ms.length; k++) {
    const next = ms[k]!;
    if (!COORDINATION.test(f.slice(end, next.start)) || !isActor(next)) break;
    named.push(next);
    end = next.end;
  }
  // 省委的部署, 东莞市生态环境保护大会: a name that modifies what follows is no subject.
  const after = f.slice(end, end + 2);
  if (/^的/.test(after) || named.some((m) => m.partOfName || m.activityModifier)) return null;
  return { kind: 'named', entities: [...new Set(named.map((m) => m.entity))] };
}

function isActor(m: ReportMention): boolean {
  return m.actor && !m.quoted && !m.titleOnly;
}

/**
 * The subject of every clause: its own, else the one before it in the same sentence (a topic runs on over , and ;).
 * The first clause of a sentence with none has none: the caller decides whether the issuer speaks.
 */
export function clauseSubjects(ctx: RelationContext): (Subject | null)[] {
  const out: (Subject | null)[] = [];
  ctx.clauses.forEach((clause, k) => {
    const own = ownSubject(ctx, clause);
    const prev = k > 0 && ctx.clauses[k - 1]!.sentence === clause.sentence ? out[k - 1]! : null;
    out.push(own ?? prev);
  });
  return out;
}

/** The entities a subject names, the report's speaker for its own voice (我们); `inferred` when the issuer is read in. */
export function subjectEntities(ctx: RelationContext, subject: Subject | null): { entities: Entity[]; inferred: boolean } {
  if (subject?.kind === 'named') return { entities: subject.entities, inferred: false };
  if (subject?.kind === 'self') return { entities: [...ctx.voice], inferred: false };
  if (subject === null) return { entities: [...ctx.issuer], inferred: true };
  return { entities: [], inferred: false };
}
