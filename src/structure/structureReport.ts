import type { MarkedHeading, Measure, Paragraph, ReportStructure, Sentence, Span } from '../types.ts';
import { foldWidth } from '../text/foldWidth.ts';
import { splitParagraphs } from '../text/paragraphs.ts';
import { splitSentences } from '../text/sentences.ts';
import { sectionLocator } from '../text/locator.ts';
import { joinWrappedLines } from '../text/wraps.ts';
import { detectHeading, type HeadingMatch } from './detectHeading.ts';
import { buildSections } from './buildSections.ts';
import { findMeasures, type MeasureMatch } from './findMeasures.ts';
import { findInlineHeadings } from './findInlineHeadings.ts';
import { findHeadingsInBodies } from './headingsInBodies.ts';
import { contentsEntries } from './contentsEntries.ts';
import { attachmentListLines, bodyEnd } from './bodyEnd.ts';
import { listItems } from './listItems.ts';
import { unnumberedHeadings } from './unnumberedHeadings.ts';
import { markedHeadings } from './markedHeadings.ts';
import { bareNumerals } from './bareNumerals.ts';
import { decimalOutline } from './decimalOutline.ts';
import { partsRestartNumbering, partTitles } from './partTitles.ts';

const BARE_NUMBER =
  /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]|\(\s*[一二三四五六七八九十]{1,3}\s*\)|\d{1,2}\s*[、.]|\(\s*\d{1,2}\s*\)|第[一二三四五六七八九十]{1,3}(?:部分|章))\s*$/;

/**
 * The report's structure: numbered sections (一、 / (一) / 1. / (1)), or in a report that numbers none its unnumbered headings
 * (ranked by the file's markup, `marked`, else by their layout), paragraphs (one per line), sentences, and the enumerated
 * actions (一是…, a list's items under a heading). Every span indexes `text`; matching runs on a width-folded copy.
 */
export function structureReport(text: string, reportId: string, marked: readonly MarkedHeading[] = []): ReportStructure {
  const folded = foldWidth(text);
  const paraSpans = splitParagraphs(text);

  const headings: HeadingMatch[] = [];
  const headingParas = new Map<number, number>();
  const numerals = bareNumerals(text, folded, paraSpans);
  const outline = decimalOutline(text, folded, paraSpans);
  paraSpans.forEach((p, i) => {
    const numeral = numerals.get(i);
    const part = numeral ?? outline.get(i);
    if (part) {
      headingParas.set(i, headings.length);
      if (numeral?.titleLine !== undefined) headingParas.set(numeral.titleLine, headings.length);
      headings.push(part);
      return;
    }
    const next = paraSpans[i + 1];
    // A number alone on its line (第一部分⏎总体情况, as PDF copies break them) heads the title-sized line after it.
    const alone =
      next !== undefined &&
      BARE_NUMBER.test(folded.slice(p.start, p.end)) &&
      !detectHeading(text, folded, next) &&
      !BARE_NUMBER.test(folded.slice(next.start, next.end));
    const h = alone ? detectHeading(text, folded, { start: p.start, end: next.end }) : detectHeading(text, folded, p);
    if (h) {
      headingParas.set(i, headings.length);
      // The line the heading text stands on is a heading line too (its own section, no run-on into the body before).
      if (alone) headingParas.set(i + 1, headings.length);
      headings.push(h);
    }
  });
  // 第一部分 is a level-1 heading where the report has no 一、, or where its 一、 restart in each part (a part title beside
  // them, as partTitles reads a bare one); above a run of 一、 across parts it would be a level the contract does not have.
  if (headings.some((h) => h.level === 1 && !h.part) && !partsRestartNumbering(headings))
    dropHeadings(headings, headingParas, (h) => !!h.part);
  // A table of contents' entries, the names in a list of attachments and a list's numbered sentences head nothing.
  const numbered = headings.length;
  const lineOf = new Map([...headingParas].map(([para, h]) => [headings[h]!, para]));
  const contents = contentsEntries(headings);
  const attachments = attachmentListLines(folded, paraSpans);
  const items = listItems(folded, paraSpans, headings, lineOf);
  dropHeadings(headings, headingParas, (h) => contents.has(h) || attachments.has(lineOf.get(h)!) || items.has(h));
  const end = bodyEnd(folded, paraSpans);
  // No heading at a line start: the page may have lost its line breaks, and its headings run inside paragraphs, or it
  // heads its parts with no number (■ 基本情况, 【…】, a bare title line). Else the headings under a heading line may still
  // run inside its paragraphs.
  let inline: HeadingMatch[];
  if (headings.length === 0) {
    // A report whose only numbered lines were a list's or its contents' kept its lines: nothing of it ran together.
    inline = numbered === 0 ? findInlineHeadings(text, folded, paraSpans) : [];
    if (inline.length === 0) {
      const lineStarts = new Map(paraSpans.map((p, i) => [p.start, i]));
      // The file's markup ranks them where it has any (## over ### over bold); else the text's own layout.
      const byMarkup = marked.length ? markedHeadings(text, paraSpans, marked, end) : [];
      for (const h of byMarkup.length ? byMarkup : unnumberedHeadings(text, folded, paraSpans, end)) {
        headingParas.set(lineStarts.get(h.numberStart)!, headings.length);
        headings.push(h);
      }
    }
  } else {
    // Unnumbered part titles among the numbered headings join them, in order.
    const numberedLines = new Map([...headingParas].map(([line, h]) => [line, headings[h]!]));
    const parts = partTitles(text, folded, paraSpans, end, numberedLines);
    if (parts.size) {
      for (const [line, h] of parts) numberedLines.set(line, h);
      const lines = [...numberedLines.keys()].sort((a, b) => a - b);
      const index = new Map<HeadingMatch, number>();
      headings.length = 0;
      headingParas.clear();
      for (const l of lines) {
        const h = numberedLines.get(l)!;
        if (!index.has(h)) index.set(h, headings.push(h) - 1);
        headingParas.set(l, index.get(h)!);
      }
    }
    inline = findHeadingsInBodies(text, folded, paraSpans, headingParas, headings);
  }
  const all = inOrder(headings, inline);
  const sections = buildSections(all, text.length, reportId, end);
  const sectionIndex = new Map(all.map((h, i) => [h, i]));
  /** The section a heading line opens. */
  const lineSection = (line: number) => {
    const k = headingParas.get(line);
    return k === undefined ? undefined : sections[sectionIndex.get(headings[k]!)!]!;
  };
  const sectionOf = sectionLocator(sections);
  const sectionIdAt = (offset: number) => sectionOf(offset)?.id ?? null;

  const paragraphs: Paragraph[] = paraSpans.map((p, i) => {
    // A heading line belongs to its own section, markup before its number ([NextPage]) included.
    const own = lineSection(i);
    return {
      id: `${reportId}-p${i + 1}`,
      start: p.start,
      end: p.end,
      section: own !== undefined ? own.id : sectionIdAt(p.start),
    };
  });

  // Sentences and enumerated actions are read on lines joined where a line was wrapped mid-sentence; a sentence belongs
  // to the line it starts on.
  const headingEnds = new Map([...headingParas].map(([line, h]) => [line, headings[h]!.headingEnd]));
  const { spans: measureParas, breaks } = joinWrappedLines(folded, paraSpans, headingEnds);
  const sentences: Sentence[] = [];
  const perLine = new Map<number, number>();
  let line = 0;
  for (const span of measureParas) {
    for (const s of splitSentences(text, span, folded)) {
      while (line + 1 < paraSpans.length && paraSpans[line + 1]!.start <= s.start) line++;
      const own = lineSection(line);
      const at = own !== undefined ? Math.max(s.start, own.start) : s.start;
      const n = (perLine.get(line) ?? 0) + 1;
      perLine.set(line, n);
      const paragraph = paragraphs[line]!.id;
      sentences.push({ id: `${paragraph}-s${n}`, paragraph, start: s.start, end: s.end, section: sectionIdAt(at) });
    }
  }
  const inlineSpans = inline.map((h) => ({ start: h.numberStart, end: h.headingEnd }));
  const actions = [
    ...findMeasures(text, folded, measureParas, breaks, inlineSpans),
    ...listedActions(folded, paraSpans, lineOf, items, headingParas),
  ];
  actions.sort((a, b) => a.start - b.start);
  const measures: Measure[] = actions.map((m, i) => ({
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

// A sentence that announces the actions listed under it: 重点做好以下工作：, 采取如下措施：, 主要任务：.
const ANNOUNCES_ACTIONS = /(?:工作|措施|举措|任务)(?:如下)?[:：]$/;

/**
 * The items of a list that a heading line heads (重点任务⏎1.加快建设…，…。⏎2.深化…。) or a sentence announces as the work
 * to do (…重点做好以下工作：⏎1.…) are its actions, each up to its first stop: a list another sentence introduces
 * (方案明确的目标是：⏎1.…；) lists something else.
 */
function listedActions(
  folded: string,
  paragraphs: Span[],
  lineOf: ReadonlyMap<HeadingMatch, number>,
  items: ReadonlySet<HeadingMatch>,
  headingParas: ReadonlyMap<number, number>,
): MeasureMatch[] {
  const out: MeasureMatch[] = [];
  let headed = false;
  for (const h of [...items].sort((a, b) => a.numberStart - b.numberStart)) {
    const line = lineOf.get(h)!;
    if (h.ordinal === 1) {
      const before = paragraphs[line - 1];
      headed = headingParas.has(line - 1) || (!!before && ANNOUNCES_ACTIONS.test(folded.slice(before.start, before.end)));
    }
    if (!headed) continue;
    out.push({
      start: h.numberStart,
      end: paragraphs[line]!.end,
      ordinal: h.number,
      value: h.ordinal,
      heading: h.heading,
      headingStart: h.headingStart,
      headingEnd: h.headingEnd,
    });
  }
  return out;
}

function dropHeadings(headings: HeadingMatch[], headingParas: Map<number, number>, drop: (h: HeadingMatch) => boolean): void {
  const kept = headings.filter((h) => !drop(h));
  if (kept.length === headings.length) return;
  const newIndex = new Map(kept.map((h, i) => [h, i]));
  for (const [para, i] of [...headingParas]) {
    const j = newIndex.get(headings[i]!);
    if (j === undefined) headingParas.delete(para);
    else headingParas.set(para, j);
  }
  // Not splice(…, ...kept): 200,000 headings as arguments overflow the call stack.
  headings.length = 0;
  for (const h of kept) headings.push(h);
}

/** Line-start and inline headings in document order. */
function inOrder(headings: HeadingMatch[], inline: HeadingMatch[]): HeadingMatch[] {
  if (!inline.length) return headings;
  if (!headings.length) return inline;
  return [...headings, ...inline].sort((a, b) => a.numberStart - b.numberStart);
}
