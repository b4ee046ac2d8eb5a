import type { ReportMention, Span } from '../types.ts';

// 苏联为我国设计的１５６个重要项目 / 在苏联帮助设计的…成套设备中: a name doing the work for another (为我国, 帮助) in a clause that
// describes what it made (…的) is the helper. It is what the figure of that description counts, but the projects and
// shares the clauses after it count are the helped country's.
const HELPS_IN_DESCRIPTION = /^(?:为|给|替|帮助|援助|协助)(?:我国|我们|中国)?(?:设计|建设|建造|援建|提供|制造|培养|训练|供应|承建)的/;

/** The mentions of `clause` named as the helper in a description of what it made for another. */
export function helpingAgents(folded: string, clause: Span, inClause: readonly ReportMention[]): Set<ReportMention> {
  const out = new Set<ReportMention>();
  for (const m of inClause) if (HELPS_IN_DESCRIPTION.test(folded.slice(m.end, Math.min(clause.end, m.end + 10)))) out.add(m);
  return out;
}
