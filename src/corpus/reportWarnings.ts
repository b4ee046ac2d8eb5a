import type { ReportExtraction, SkippedFile } from '../types.ts';

/**
 * What a person should know about a report that was extracted but looks wrong: it is still in the site, but its
 * structure or content is thin. One line each, naming the file.
 */
export function reportWarnings(path: string, part: ReportExtraction): SkippedFile[] {
  const warnings: SkippedFile[] = [];
  if (part.report.chromeKept)
    warnings.push({
      path,
      reason: `lines that look like website chrome (主办单位, 来源, 当前位置 …) were kept: ${part.report.chromeKept}`,
    });
  if (part.report.sections.length === 0) {
    warnings.push({ path, reason: 'has no headings (一、 / (一) / 1. / (1)): its text is shown without an outline' });
  }
  if (part.entities.length === 0 && part.figures.length === 0) {
    warnings.push({ path, reason: 'yielded no entities and no figures: is it a report of this kind?' });
  }
  return warnings;
}
