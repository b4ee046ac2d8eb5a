import type { Span } from '../types.ts';
import { firstAtOrAfter } from './spanSearch.ts';
import { rowCellsAt } from './tableRows.ts';

// Text copied from a PDF is wrapped at a page width: lines break mid-sentence (制定《县委常委会⏎落实…清单》；, 回收资金2⏎7.4亿元,
// 已移送县人民法⏎院审理). The one home of reading across those breaks:
//   joinWrappedLines  structure: lines → the paragraphs they were wrapped from (sentences and measures are read on these)
//   wrapBreaks        figures: the single "\n" characters inside sentences (numbers and units read across them)
//   wrapGaps          entities: the whitespace runs holding a line break inside a sentence (names read across them)
//   joinedView        a text with such characters taken out, and the way back to offsets in the original
//   joinWraps         joinedView over wrapGaps, or undefined when nothing is joined

// ─── lines → paragraphs ───

// A line ends a paragraph when it ends a sentence or a clause list (。！？；：), closes a quotation or bracket, or is short
// enough to be a title or signature. Text copied from a PDF breaks lines mid-sentence (制定《县委常委会⏎落实…清单》；),
// and an enumerated action read only to the line's end would lose the rest of its clause.
// A closing quote ends one only after a stop (…。”): after a term (培训“皖嫂”⏎家政人员, 隐形变异的“四风”⏎问题) the sentence runs on.
const ENDS_PARAGRAPH = /(?:[。！？!?；;：:)）】\]》…]|[。！？!?；;：:…][”’」』])$/;
/**
 * Whether a line break cut a number: digits (or digits and a decimal point) end a line of words and digits open the next
 * (抽查项目23⏎6个, 104.⏎2%, 工作总结和2⏎024年工作思路); a line of a number alone (a page number) is not one.
 */
export const cutsNumber = (line: string, next: string) => /[^\d\s.．]\d+[.．]?$/.test(line) && /^\d/.test(next);

// A numbered list item (123、整改落实123件 · 12．… · (12)… · ⑫…) starts a line of its own: a wrapped line never starts
// with one, and a list whose items carry no punctuation must not run into one clause. 2、3月份 and 1、2号楼 (a number
// then another) are the middle of a sentence, not an item.
const LIST_ITEM = /^[ \t\u3000]*(?:\d{1,6}(?:[、．](?!\d)|\.(?!\d))|[(（]\d{1,6}[)）]|[\u2460-\u2473])/;
const MIN_WRAPPED_LINE = 12;
// A line set out in columns, its first cell within a few characters and a space after it: a roster's name and then the
// unit and post (王　伟　　　　当阳市公安局…所长, 李文明　　宜都市…书记, 刘晓燕（女）　宜昌市第一人民医院…), two bodies
// signing side by side (中共宜昌市委　宜昌市人民政府). Like a table's row it ends without a stop in any report. The
// normalizer leaves a run of spaces one space, and folding makes a full-width one plain: a cell of one character is a
// padded name's surname only with its given name and a gap after (许 兵 阳新县…; a page that spaces out its characters,
// 全 面 推 进, is prose), and a cell of digits is none (2023 年).
const COLUMNS =
  /^[ \t\u3000]*(?:[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]{2}|[\u4e00-\u9fff（）():：]{2,8}[ \u3000])[\u4e00-\u9fff]/;
// A line of two cells, a unit and post and then its holder's name closing the line (县人民医院急诊科主任　晏志成, 县公安局
// 五强溪派出所所长　滕一鸣), as a commendation or a meeting's list sets out each person: the first cell longer than
// COLUMNS' first, but no sentence of prose holds a space before its last two to four characters.
const POST_AND_HOLDER =
  /^[ \t\u3000]*[\u4e00-\u9fff（）()]{2,24}[ \u3000]+(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])[ \t\u3000]*$/;
// A school's list sets each pupil after the class, numbered in brackets (高一（3）班　李子涵　　高一（7）班　张又嘉).
const CLASS_CELL = /^[ \t\u3000]*[\u4e00-\u9fff]{1,3}[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]班[ \u3000]+[\u4e00-\u9fff]/;
const isRow = (line: string) => rowCellsAt(line) >= 0 || COLUMNS.test(line) || POST_AND_HOLDER.test(line) || CLASS_CELL.test(line);
// A report is read as wrapped only when many of its body lines stop mid-sentence: a web page's title and signature
// lines stop without punctuation too, and must not run into the paragraph after them.
const MIN_WRAPPED_LINES = 3;
const MIN_WRAPPED_SHARE = 0.4;

// A speech or report opens on its title, occasion and byline lines, none ending a sentence, up to the salutation
// (各位代表：, 同志们：) within its first lines.
const HEAD_LINES = 8;
const SALUTATION = /^[^。；;！!？?]{2,30}[：:]$/;

/** The index of the first line after the salutation that closes a speech's head lines; 0 where there is none. */
function headLinesEnd(folded: string, lines: readonly Span[]): number {
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
    if (SALUTATION.test(folded.slice(lines[i]!.start, lines[i]!.end).trim())) return i + 1;
  }
  return 0;
}

/** Whether the report's lines were wrapped at a page width rather than written one paragraph per line. */
function isWrapped(folded: string, lines: readonly Span[], headings: ReadonlyMap<number, number>): boolean {
  let long = 0;
  let open = 0;
  const body0 = headLinesEnd(folded, lines);
  lines.forEach((line, i) => {
    if (i < body0) return;
    // A heading line is read by the body written after its heading (（一）严惩犯罪。全市法院审结…。): a report whose
    // paragraphs all open on a heading still shows there whether its lines end their sentences.
    const headingEnd = headings.get(i);
    const body =
      headingEnd === undefined ? folded.slice(line.start, line.end) : folded.slice(headingEnd, line.end).replace(/^[。.:：\s]+/, '');
    // A table's row (行政规范性文件 5 2 41) ends without a stop in any report: it tells nothing of wrapping.
    if (body.length < MIN_WRAPPED_LINE || isRow(body)) return;
    long++;
    if (!ENDS_PARAGRAPH.test(body)) open++;
  });
  return open >= MIN_WRAPPED_LINES && open >= long * MIN_WRAPPED_SHARE;
}

/**
 * Lines joined into the paragraphs they were wrapped from, for reading sentences and enumerated actions (in a report
 * whose lines were wrapped; else each line stays a paragraph): a line that stops mid-sentence
 * runs on into the next one unless the next is a heading or a numbered list item; a heading line runs on only when a body follows its heading on
 * the line ("（一）整改措施。县委…"). `headings` maps heading lines to the end of their heading text; the returned
 * `breaks` index the joined list as heading lines.
 */
export function joinWrappedLines(
  folded: string,
  lines: readonly Span[],
  headings: ReadonlyMap<number, number>,
): { spans: Span[]; breaks: Set<number> } {
  const spans: Span[] = [];
  const breaks = new Set<number>();
  if (!isWrapped(folded, lines, headings)) {
    lines.forEach((line, i) => {
      if (headings.has(i)) breaks.add(spans.length);
      spans.push({ start: line.start, end: line.end });
    });
    return { spans, breaks };
  }
  let open: Span | null = null;
  lines.forEach((line, i) => {
    // A blank line between two lines is a paragraph break whatever the first one ends with.
    const item = LIST_ITEM.test(folded.slice(line.start, Math.min(line.end, line.start + 16)));
    // A table's row is a line of its own in a wrapped copy too: it neither runs on nor is run onto.
    const row = isRow(folded.slice(line.start, line.end));
    if (open && !headings.has(i) && !item && !row && !/\n\s*\n/.test(folded.slice(open.end, line.start))) {
      open.end = line.end;
    } else {
      if (headings.has(i)) breaks.add(spans.length);
      open = { start: line.start, end: line.end };
      spans.push(open);
    }
    if (row) {
      open = null;
      return;
    }
    const headingEnd = headings.get(i);
    const body = folded.slice(headingEnd === undefined ? line.start : headingEnd, line.end).replace(/^[。.:：\s]+/, '');
    // A heading line whose last words a cut number runs on from was no heading but an item wrapped ((2)…抽查项目23⏎6个).
    const next = lines[i + 1];
    if (next && cutsNumber(folded.slice(line.start, line.end), folded.slice(next.start, next.end).trimStart())) return;
    if (ENDS_PARAGRAPH.test(body) || body.length < (headingEnd === undefined ? MIN_WRAPPED_LINE : 1)) open = null;
  });
  return { spans, breaks };
}

// ─── breaks inside sentences ───

/**
 * The line breaks a hard-wrapped report (a PDF copy cut every N characters) puts inside its sentences. structure/ reads
 * sentences on lines that joinWrappedLines joined only when it judged the report wrapped, so a sentence holding a line
 * break is that judgement: in a report written one paragraph per line no sentence crosses a line end, and a blank line
 * (a paragraph break) never lies inside a sentence. Offsets of the "\n" characters, ascending.
 */
export function wrapBreaks(text: string, sentences: readonly Span[]): number[] {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  if (!newlines.length) return [];
  const out = new Set<number>();
  // One walk over the line ends per sentence start (found by binary search): a page that lost its line breaks has many
  // sentences and no newline, and must not be scanned once per sentence.
  for (const s of sentences) {
    for (let k = firstAtOrAfter(newlines, s.start); k < newlines.length && newlines[k]! < s.end; k++) {
      const i = newlines[k]!;
      // Only a single line break: two in a row (or with blanks between) are a paragraph break.
      if (/\n[ \t\u3000]*$/.test(text.slice(Math.max(s.start, i - 4), i)) || /^[ \t\u3000]*\n/.test(text.slice(i + 1, i + 6))) continue;
      out.add(i);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** A text with some characters taken out, and the way back to offsets in the original. */
export interface JoinedView {
  text: string;
  folded: string;
  /** Original offset of the character at `j` in the joined text. */
  start(j: number): number;
  /** Original offset just past the character before `j` in the joined text (an exclusive end). */
  end(j: number): number;
}

/** `text` and `folded` (same length) with the characters at `breaks` removed, as if the lines had never been cut. */
export function joinedView(text: string, folded: string, breaks: readonly number[]): JoinedView {
  if (!breaks.length) return { text, folded, start: (j) => j, end: (j) => j };
  const origin = new Int32Array(text.length - breaks.length + 1);
  let j = 0;
  let b = 0;
  const parts: string[] = [];
  const foldedParts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (b < breaks.length && breaks[b] === i) {
      b++;
      parts.push(text.slice(from, i));
      foldedParts.push(folded.slice(from, i));
      from = i + 1;
      continue;
    }
    origin[j++] = i;
  }
  origin[j] = text.length;
  parts.push(text.slice(from));
  foldedParts.push(folded.slice(from));
  return {
    text: parts.join(''),
    folded: foldedParts.join(''),
    start: (k) => origin[k]!,
    end: (k) => (k === 0 ? 0 : origin[k - 1]! + 1),
  };
}

/**
 * The whitespace runs that hold a line break inside a sentence (the structure stage joins wrapped lines into sentences;
 * a report written a paragraph per line has none), as ascending offsets of every character in them. A run at a
 * sentence's edge is no wrap.
 */
export function wrapGaps(text: string, sentences: readonly Span[]): number[] {
  const skip = new Uint8Array(text.length);
  let any = false;
  for (const s of sentences) {
    for (let i = text.indexOf('\n', s.start); i >= 0 && i < s.end - 1; i = text.indexOf('\n', i + 1)) {
      let a = i;
      let b = i + 1;
      while (a > s.start && /[ \t\r\u3000]/.test(text[a - 1]!)) a--;
      while (b < s.end && /\s/.test(text[b]!)) b++;
      if (a === s.start || b >= s.end) continue;
      skip.fill(1, a, b);
      any = true;
    }
  }
  if (!any) return [];
  const out: number[] = [];
  for (let i = 0; i < skip.length; i++) if (skip[i]) out.push(i);
  return out;
}

/** The text with the wrapGaps of its sentences taken out (names read as if never cut); undefined when there are none. */
export function joinWraps(text: string, folded: string, sentences: readonly Span[]): JoinedView | undefined {
  const gaps = wrapGaps(text, sentences);
  return gaps.length ? joinedView(text, folded, gaps) : undefined;
}
