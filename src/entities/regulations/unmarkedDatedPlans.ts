import type { Span } from '../../types.ts';
import type { Segmentation } from '../segment.ts';
import { isHan } from '../../text/han.ts';
import { SpanCover } from '../../text/spanCover.ts';

// A plan or programme whose title carries the years it runs (乡村振兴战略规划（2018—2022年）, 国土空间总体规划（2021—2035年）,
// …行动计划（2018-2020年）): the years in brackets after the kind of document are a title's, not a drive's (a drive's years
// follow 行动 or 攻坚战: 质量强县三年行动（2023—2025年）).
const DATED_PLAN = /(?:规划纲要|规划|纲要|行动计划|行动方案|实施方案|工作方案)\((?:19|20)\d{2}\s*[—–\-－~～至]{1,2}\s*(?:19|20)\d{2}年?\)/g;
// An outline named by a quoted name of its own (“健康中国2030”规划纲要), not by a five-year period (“十四五”规划纲要).
const QUOTED_OUTLINE = /[“"]([^“”"，。；、\n]{2,14})[”"]规划纲要/g;
const PERIOD_ONLY = /^[一二三四五六七八九十百零〇\d]+五?$/;
// Words of what a plan is about: fields, places, bodies and the actions it plans (振兴, 治理).
const SUBJECT_TAGS = /^(?:n|vn|v|nz|ns|nt|nr|j|an|b|a|l|i)$/;
// Verbs that carry a plan out or draw it up, which stand before its name and are no part of it.
const CARRY_OUT = /(?:实施|落实|执行|制定|贯彻|启动|出台|编制|印发|对照|按照|依据|根据|完成|修编|修订|推进|学习)$/;
// A scope before the name (全市, 本县) says where the plan applies; it is the speaker's, not the title's.
const SCOPE = /^(?:全|本|我)[省市县区镇乡]$/;
// The span a plan runs (三年, 五年) is a word of its title (…整治提升五年行动方案), but no subject of its own (三年行动计划).
const SPAN_OF_YEARS = /^[一二三四五六七八九十]年$/;
// A level jieba leaves a word of its own after a place it does not know (清源|县).
const LEVEL = /^[省市县区州盟旗镇乡]$/;
const MAX_NAME = 36;
const MIN_SUBJECT = 2;

/**
 * Plans named without title marks by the years in their title (认真落实乡村振兴战略规划（2018—2022年）, 编制国土空间总体规划
 * （2021—2035年）) or by a quoted name before 规划纲要 (贯彻“健康中国2030”规划纲要): the kind of document and the words of its
 * subject before it, read back to the verb that carries it out, a count or a mark; the years are part of the name.
 * @param covered spans already read as documents
 */
export function findUnmarkedDatedPlans(seg: Segmentation, folded: string, covered: readonly Span[]): Span[] {
  const taken = SpanCover.lazy(folded.length, covered);
  const out: Span[] = [];
  const add = (span: Span) => {
    if (taken.overlaps(span)) return;
    taken.add(span);
    out.push(span);
  };
  const { tokens, tokenAt } = seg;
  for (const m of folded.matchAll(DATED_PLAN)) {
    const headStart = m.index!;
    const headEnd = headStart + m[0].indexOf('(');
    const k = tokenAt[headEnd - 1] ?? -1;
    if (k < 0 || tokens[k]!.end !== headEnd) continue;
    let first = k;
    for (let j = k - 1; j >= 0; j--) {
      const w = tokens[j]!;
      if (w.end !== tokens[j + 1]!.start || headEnd - w.start > MAX_NAME) break;
      if (!isHan(w.word) || !(SUBJECT_TAGS.test(w.tag) || SPAN_OF_YEARS.test(w.word) || LEVEL.test(w.word)) || CARRY_OUT.test(w.word))
        break;
      first = j;
    }
    while (first < k && (SCOPE.test(tokens[first]!.word) || SPAN_OF_YEARS.test(tokens[first]!.word))) first++;
    const start = Math.min(tokens[first]!.start, headStart);
    if (headStart - start < MIN_SUBJECT) continue;
    add({ start, end: headStart + m[0].length });
  }
  for (const m of folded.matchAll(QUOTED_OUTLINE)) {
    const inner = m[1]!;
    if (PERIOD_ONLY.test(inner) || [...inner].filter(isHan).length < 2) continue;
    add({ start: m.index!, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
