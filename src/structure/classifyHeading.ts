import { foldText } from '../text/foldText.ts';
import type { SectionKind } from '../types.ts';

// Problem headings name what the inspection found: 关于…问题, …的问题, 对…问题的整改, 关于…方面.
const PROBLEM = [/^(关于|有关|对|针对).*问题/, /^(关于|有关).*方面$/, /问题$/, /问题的?整改(情况)?$/];
// Headings that report or describe rather than act: …情况, 总体要求, 下一步工作打算.
const OTHER = [/(情况|概况|要求|打算|安排|计划|成效|进展)$/];

// Reports in traditional script (關於…問題) are classified by the same patterns, on the pipeline's own character fold.

/** Whether a heading names a problem, an action, or something else (a report's overview, next steps). */
export function classifyHeading(heading: string): SectionKind {
  const h = foldText(heading).replace(/[\s。.:]+$/, '');
  if (PROBLEM.some((re) => re.test(h))) return 'problem';
  if (OTHER.some((re) => re.test(h))) return 'other';
  return 'measure';
}
