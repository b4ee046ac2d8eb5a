import type { Measure, Paragraph, ReportStructure, Sentence } from '../types.ts';
import { foldWidth } from './foldWidth.ts';
import { splitParagraphs } from './splitParagraphs.ts';
import { splitSentences } from './splitSentences.ts';
import { detectHeading, type HeadingMatch } from './detectHeading.ts';
import { buildSections, sectionAt } from './buildSections.ts';
import { findMeasures } from './findMeasures.ts';
import { joinWrappedLines } from './joinWrappedLines.ts';

/**
 * The report's structure: numbered sections (一、 / (一) / 1. / (1)), paragraphs (one per line), sentences,
 * and the enumerated actions (一是…). Every span indexes `text`; matching runs on a width-folded copy.
 */
export function structureReport(text: string, reportId: string): ReportStructure {
  const folded = foldWidth(text);
  const paraSpans = splitParagraphs(text);

  const headings: HeadingMatch[] = [];
  const headingParas = new Map<number, number>();
  paraSpans.forEach((p, i) => {
    const h = detectHeading(text, folded, p);
    if (h) {
      headingParas.set(i, headings.length);
      headings.push(h);
    }
  });
  const sections = buildSections(headings, text.length, reportId);
  const sectionIdAt = (offset: number) => sectionAt(sections, offset)?.id ?? null;

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  paraSpans.forEach((p, i) => {
    const id = `${reportId}-p${i + 1}`;
    // A heading line belongs to its own section, markup before its number ([NextPage]) included.
    const own = headingParas.get(i);
    const section = own !== undefined ? sections[own]!.id : sectionIdAt(p.start);
    paragraphs.push({ id, start: p.start, end: p.end, section });
    splitSentences(text, p).forEach((s, j) => {
      const at = own !== undefined ? Math.max(s.start, sections[own]!.start) : s.start;
      sentences.push({ id: `${id}-s${j + 1}`, paragraph: id, start: s.start, end: s.end, section: sectionIdAt(at) });
    });
  });

  const headingEnds = new Map([...headingParas].map(([line, h]) => [line, headings[h]!.headingEnd]));
  const { spans: measureParas, breaks } = joinWrappedLines(folded, paraSpans, headingEnds);
  const measures: Measure[] = findMeasures(text, folded, measureParas, breaks).map((m, i) => ({
    id: `${reportId}-m${i + 1}`,
    report: reportId,
    section: sectionIdAt(m.start),
    ordinal: m.ordinal,
    heading: m.heading,
    start: m.start,
    end: m.end,
    headingStart: m.headingStart,
    headingEnd: m.headingEnd,
  }));

  return { sections, paragraphs, sentences, measures };
}
