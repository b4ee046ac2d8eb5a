import type { Span } from '../../types.ts';
import type { Segmentation } from '../segment.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { isHan } from '../../text/han.ts';
import { occurrences } from '../../text/occurrences.ts';

// The state's plans are named by their level and what they plan (全国主体功能区规划, 全国生态环境保护和建设规划, 国家中长期
// 科学和技术发展规划): the level word 全国 or 国家 opens the title right after the verb that carries the plan out or draws it
// up. A plan named by its field alone (实施城市规划, 编制土地利用规划) is a kind of plan; with the level it is the one plan.
// An outline (…规划纲要) is unmarkedOutlines'.
const LEVEL = /^(?:全国|国家)$/;
const CARRY_OUT = /(?:实施|落实|执行|制定|贯彻|启动|出台|编制|印发|按照|依据|根据|对照|遵循)(?:好|了)?$/;
// Words of what a plan is about; 和 and 与 join two fields (生态环境保护和建设).
const FIELD_TAGS = /^(?:n|vn|v|nz|l|j|b|a|an|m|q)$/;
const JOINS = new Set(['和', '与']);
const MIN_SUBJECT = 4;
const MAX_NAME = 24;

/**
 * Plans named without marks by their level: from 全国 or 国家 right after a verb of carrying out or drawing up, through the
 * words of their fields, to 规划 (not 规划纲要, nor 规划 running on into 建设 or 局).
 * @param covered spans already read as documents
 */
export function findNationalPlans(seg: Segmentation, folded: string, covered: readonly Span[]): Span[] {
  const out: Span[] = [];
  if (!folded.includes('规划')) return out;
  const taken = SpanCover.lazy(folded.length, covered);
  const { tokens } = seg;
  for (const i of plansEnding(seg, folded)) {
    const t = tokens[i]!;
    if (/^(?:纲要|建设|局|院|编制|设计|管理|体系|部门|工作)/.test(folded.slice(t.end, t.end + 2))) continue;
    for (let k = i - 1; k > 0 && t.end - tokens[k]!.start <= MAX_NAME; k--) {
      const w = tokens[k]!;
      if (w.end !== tokens[k + 1]!.start || !isHan(w.word)) break;
      if (LEVEL.test(w.word)) {
        // 制定了|国家…规划: the verb's aspect mark between it and the plan.
        const v = tokens[k - 1]!.word === '了' && k > 1 ? k - 2 : k - 1;
        const verb = tokens[v]!;
        const subject = folded.slice(w.end, t.start);
        if (tokens[v + 1]!.start === verb.end && CARRY_OUT.test(verb.word) && subject.length >= MIN_SUBJECT) {
          const span = { start: w.start, end: t.end };
          if (!taken.any(span.start, span.end)) {
            taken.add(span);
            out.push(span);
          }
        }
        break;
      }
      if (!(FIELD_TAGS.test(w.tag) || JOINS.has(w.word)) || CARRY_OUT.test(w.word)) break;
    }
  }
  return out;
}

/** The words that end where 规划 does (规划, 总体规划, 发展规划), ascending: the few places of 规划 in a report, not every word. */
function plansEnding(seg: Segmentation, folded: string): number[] {
  const out: number[] = [];
  for (const at of occurrences(folded, ['规划'])[0]!) {
    const k = seg.tokenAt[at + 1] ?? -1;
    if (k >= 0 && seg.tokens[k]!.end === at + 2) out.push(k);
  }
  return out;
}
