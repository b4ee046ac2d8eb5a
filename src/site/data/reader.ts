// The reader of one report: its whole text as headings, paragraphs of sentences, and loose lines (nothing dropped),
// with the outline of its sections.
import type { Section, Sentence } from '../../types.ts';
import { anchorId } from '../paths.ts';
import { firstAtOrAfter } from '../spans.ts';
import type { BlockPart, OutlineItem, ReaderBlock, ReaderView } from '../views.ts';
import { pushTo, type ReportIndex, type SiteIndexes } from './indexes.ts';
import { segments } from './locate.ts';
import { pushAll } from '../../util/arrays.ts';

export function readerView(ix: SiteIndexes, reportId: string, anchors: Map<string, string>): ReaderView {
  const idx = ix.byReport.get(reportId);
  if (!idx) throw new Error(`no report ${reportId}`);
  const blocks = readerBlocks(idx, anchors);
  placeRecordAnchors(ix, idx, anchors, blocks);
  return { report: idx.report, outline: outline(idx.report.sections), blocks };
}

/**
 * Blocks carry content anchors (anchors.ts); the position ids of earlier builds (p9-s2) stay as extra anchors, so a
 * link made with one still opens the reader at the sentence now at that position.
 */
function readerBlocks(idx: ReportIndex, anchors: Map<string, string>): ReaderBlock[] {
  const anchor = (id: string) => anchors.get(id) ?? anchorId(id);
  const { report } = idx;
  const text = report.text;
  const headings = [...report.sections].sort((a, b) => a.headingStart - b.headingStart);
  let h = 0;
  const blocks: ReaderBlock[] = [];
  /** Sections whose heading starts before `offset` and has not been placed yet. */
  const takeSections = (offset: number) => {
    const taken: Section[] = [];
    while (h < headings.length && headings[h].headingStart < offset) taken.push(headings[h++]);
    return taken;
  };
  const loose = (from: number, to: number) => {
    // Text outside any paragraph: one block per non-blank line.
    let lineStart = from;
    while (lineStart < to) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl < 0 || nl > to ? to : nl;
      const line = text.slice(lineStart, lineEnd);
      if (line.trim()) {
        const secs = takeSections(lineEnd);
        const own = secs.length === 1 && isHeadingLine(text, secs[0], lineStart, lineEnd);
        blocks.push({
          kind: own ? 'heading' : 'loose',
          id: null,
          section: own ? secs[0] : null,
          sectionAnchor: own ? anchor(secs[0].id) : null,
          sectionAnchors: own ? [] : secs.map((s) => anchor(s.id)),
          extraAnchors: secs.map((s) => anchorId(s.id)),
          start: lineStart,
          end: lineEnd,
          parts: [{ kind: 'text', segments: segments(idx, lineStart, lineEnd) }],
        });
      }
      lineStart = lineEnd + 1;
    }
  };
  const sentencesByParagraph = new Map<string, Sentence[]>();
  for (const s of idx.sentences) pushTo(sentencesByParagraph, s.paragraph, s);
  let cursor = 0;
  for (const p of idx.paragraphs) {
    if (p.end <= cursor) continue;
    const pStart = Math.max(p.start, cursor);
    if (pStart > cursor) loose(cursor, pStart);
    const parts: BlockPart[] = [];
    let c = pStart;
    for (const s of sentencesByParagraph.get(p.id) ?? []) {
      if (s.start < c || s.end > p.end) continue;
      if (s.start > c) parts.push({ kind: 'text', segments: segments(idx, c, s.start) });
      // A blank "sentence" (stray whitespace) gets no anchor nor citation link.
      if (text.slice(s.start, s.end).trim()) {
        parts.push({ kind: 'sentence', id: anchor(s.id), positionId: anchorId(s.id), segments: segments(idx, s.start, s.end) });
      } else parts.push({ kind: 'text', segments: segments(idx, s.start, s.end) });
      c = s.end;
    }
    if (c < p.end) parts.push({ kind: 'text', segments: segments(idx, c, p.end) });
    const secs = takeSections(p.end);
    const own = secs.length === 1 && isHeadingLine(text, secs[0], pStart, p.end);
    blocks.push({
      kind: own ? 'heading' : 'paragraph',
      id: anchor(p.id),
      section: own ? secs[0] : null,
      sectionAnchor: own ? anchor(secs[0].id) : null,
      sectionAnchors: own ? [] : secs.map((s) => anchor(s.id)),
      extraAnchors: [anchorId(p.id), ...secs.map((s) => anchorId(s.id))],
      start: pStart,
      end: p.end,
      parts,
    });
    cursor = p.end;
  }
  if (cursor < text.length) loose(cursor, text.length);
  const rest = takeSections(Infinity);
  if (rest.length && blocks.length)
    pushAll(
      blocks[blocks.length - 1].sectionAnchors,
      rest.map((s) => anchor(s.id)),
    );
  return blocks;
}

/** Measures and cases get their anchor at the start of the block where they begin (the reader has no element of theirs). */
function placeRecordAnchors(ix: SiteIndexes, idx: ReportIndex, anchors: Map<string, string>, blocks: ReaderBlock[]): void {
  const records = [...idx.measures, ...(ix.casesByReport.get(idx.report.id) ?? [])];
  for (const r of records) {
    const i = Math.max(0, firstAtOrAfter(blocks, r.start + 1) - 1);
    const block = blocks[i];
    const a = anchors.get(r.id);
    if (block && a && !block.extraAnchors.includes(a)) block.extraAnchors.push(a);
  }
}

/** The block is the heading line itself: its number (一、) and heading text, nothing more. */
function isHeadingLine(text: string, s: Section, from: number, to: number): boolean {
  const line = text.slice(from, to).trim();
  const lineStart = from + text.slice(from, to).indexOf(line);
  const lineEnd = lineStart + line.length;
  return lineStart <= s.headingStart && lineEnd >= s.headingEnd && line.length - (s.headingEnd - s.headingStart) <= s.number.length + 2;
}

export function outline(sections: Section[]): OutlineItem[] {
  const ids = new Set(sections.map((s) => s.id));
  const kids = new Map<string | null, Section[]>();
  for (const s of [...sections].sort((a, b) => a.headingStart - b.headingStart)) {
    pushTo(kids, s.parent && ids.has(s.parent) ? s.parent : null, s);
  }
  const grow = (parent: string | null, depth: number): OutlineItem[] =>
    depth > 8 ? [] : (kids.get(parent) ?? []).map((section) => ({ section, children: grow(section.id, depth + 1) }));
  return grow(null, 0);
}
