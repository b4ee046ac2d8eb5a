import type { ReportMention } from '../../types.ts';
import type { ClauseView } from './relationContext.ts';

const COORDINATED = /^(?:、|和|及|以及|与)$/;

/** The clause's mentions that lie wholly in [start, end), not inside 《…》 or “…” unless asked. */
export function mentionsIn(clause: ClauseView, start: number, end: number, quoted = false): ReportMention[] {
  return clause.mentions.filter((m) => m.start >= start && m.end <= end && (quoted || !m.quoted));
}

/**
 * The object named by an 对…/给予… phrase: its people where it names any (对区教育局原党组书记、局长陈光耀: the person, not
 * the body of their title), else its bodies.
 */
export function objectsOf(mentions: readonly ReportMention[]): ReportMention[] {
  const people = mentions.filter((m) => m.entity.type === 'person');
  if (people.length) return people;
  return mentions.filter((m) => m.entity.type === 'organization' && !m.titleOnly);
}

/** The person or body named right at `at`, with those joined to it by 、/和 (约谈A、B): a verb's direct object. */
export function namesFrom(folded: string, clause: ClauseView, at: number): ReportMention[] {
  const out: ReportMention[] = [];
  let pos = at;
  for (const m of clause.mentions) {
    if (m.start < pos) continue;
    if (m.start !== pos && !(out.length && COORDINATED.test(folded.slice(pos, m.start)))) break;
    if (m.quoted || (m.entity.type !== 'person' && m.entity.type !== 'organization')) break;
    out.push(m);
    pos = m.end;
  }
  return out;
}
