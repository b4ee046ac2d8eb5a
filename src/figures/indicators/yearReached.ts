import type { Span } from '../../types.ts';
import { TARGET_WORDS } from './figureStatus.ts';

// 截至2024年10月底，审计查出的106个问题中已整改到位98个: a date a report's facts are counted up to has been reached when it was
// written, whatever year its title names (关于2023年度…审计查出问题整改情况的报告). Not a date a plan aims at (截至2025年底，力争…),
// whose sentence says so.
const AS_OF = /截[至止](\d{4})年/g;

/** The latest year a report counts its facts up to (截至2024年10月底, 截止2024年末), when its sentence states no plan. */
export function yearReached(folded: string, sentences: readonly Span[]): number | undefined {
  if (!folded.includes('截')) return undefined;
  let reached: number | undefined;
  let s = 0;
  for (const m of folded.matchAll(AS_OF)) {
    while (s < sentences.length && sentences[s]!.end <= m.index) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.start > m.index) continue;
    if (TARGET_WORDS.test(folded.slice(sentence.start, sentence.end))) continue;
    const year = Number(m[1]);
    if (reached === undefined || year > reached) reached = year;
  }
  return reached;
}
