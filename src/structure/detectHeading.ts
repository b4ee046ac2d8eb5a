import type { SectionLevel, Span } from '../types.ts';
import { chineseNumeral, CN_DIGIT } from '../text/chineseNumeral.ts';
import { rowCellsAt } from '../text/tableRows.ts';

/** A numbered heading found at the start of a paragraph. */
export interface HeadingMatch {
  level: SectionLevel;
  /** The number as written in the text ("一、", "（一）", "1．", "(1)"). */
  number: string;
  /** The number's value, for checking the sequence of siblings. */
  ordinal: number;
  numberStart: number;
  /** Heading text without its number and without its final punctuation. */
  heading: string;
  headingStart: number;
  headingEnd: number;
  /** Written 第一部分 / 第一章: level 1 only in a report that has no 一、 headings (structureReport decides). */
  part?: boolean;
}

// The four numbering styles of the contract, matched on the width-folded text.
// 一, is a slip for 一、 that reports do make. 1. must not be a decimal (1.5万) unless a year follows (1.2018年以来…); 1+N, 1-9月, 1:2 never match.
// 第一部分 / 第一章 stand where 一、 would in reports that number their parts so; 1) (a 1） without its opening bracket) is (1).
// Circled numbers (①) are no section: they number list items below the four levels of the contract.
// 一　title (a space, often full-width, where 、 would stand) is 一、 only as a title on a line of its own (`ownLine`), with
// no further space: 一 等奖 张三 is a row of a list.
const STYLES: {
  level: SectionLevel;
  re: RegExp;
  value: (m: RegExpExecArray) => number | null;
  part?: boolean;
  ownLine?: boolean;
}[] = [
  { level: 1, re: new RegExp(`^(${CN_DIGIT}{1,3})\\s*[、.,]`), value: (m) => chineseNumeral(m[1]!) },
  {
    level: 1,
    re: new RegExp(`^(${CN_DIGIT}{1,3}) +(?=[^\\s\\d${CN_DIGIT.slice(1, -1)}])`),
    value: (m) => chineseNumeral(m[1]!),
    ownLine: true,
  },
  { level: 1, re: new RegExp(`^第(${CN_DIGIT}{1,3})(?:部分|章)\\s*[、.,:]?`), value: (m) => chineseNumeral(m[1]!), part: true },
  // 第一节 under a 第一章: the chapter's sections, restarting in each (a title after a space or mark, not 第一节课).
  { level: 2, re: new RegExp(`^第(${CN_DIGIT}{1,3})节(?:\\s+|\\s*[、.,:])`), value: (m) => chineseNumeral(m[1]!), part: true },
  { level: 2, re: new RegExp(`^\\(\\s*(${CN_DIGIT}{1,3})\\s*\\)\\s*[、.]?`), value: (m) => chineseNumeral(m[1]!) },
  { level: 3, re: /^(\d{1,2})\s*(?:[、]|\.(?!\d)|\.(?=(?:19|20)\d\d年))/, value: (m) => Number(m[1]) },
  { level: 4, re: /^\(\s*(\d{1,2})\s*\)\s*[、.]?/, value: (m) => Number(m[1]) },
  { level: 4, re: /^(\d{1,2})\s*\)\s*[、.]?/, value: (m) => Number(m[1]) },
  // Word's numbered characters, in GB2312 and common in reports typed there: ⒈ is 1., ⑴ is (1); 一) lost its opening bracket.
  { level: 3, re: /^([\u2488-\u249B])\s*/, value: (m) => m[1]!.charCodeAt(0) - 0x2487 },
  { level: 4, re: /^([\u2474-\u2487])\s*/, value: (m) => m[1]!.charCodeAt(0) - 0x2473 },
  { level: 2, re: new RegExp(`^(${CN_DIGIT}{1,3})\\)\\s*[、.]?`), value: (m) => chineseNumeral(m[1]!) },
];

// Markup a web page may leave at the start of a line ([NextPage][/NextPage]); it is not part of the heading.
const LEADING_TAGS = /^(?:\[\/?[A-Za-z]+\])+\s*/;

// A heading is a title, not a paragraph: its first sentence is short. Longer numbered text is a list item.
const MAX_HEADING = 100;

const SENTENCE_END = /[。！？!?；;]/;

// A number that begins a list of numbers, not a heading: 一、二季度 · 2、3月份 · 1、2号楼 · 1)、2)两类.
const ENUMERATION_GOES_ON = /^(?:[一二三四五六七八九十]+(?:[、,]|季度|月份?)|\d{1,2}(?:[、,]\d|[月日号季])|\(?\d{1,2}\))/;

/**
 * The heading a paragraph starts with, or null. `folded` is the width-folded text (same indices as the original).
 * The heading runs to the paragraph's end, or to its first sentence end when a body follows on the same line
 * ("(1)全力推进污染防治攻坚。高规格召开…"); a colon also ends it when text follows ("(一)工作目标:到2020年…").
 */
export function detectHeading(text: string, folded: string, para: Span): HeadingMatch | null {
  let from = para.start;
  const tags = LEADING_TAGS.exec(folded.slice(from, para.end));
  if (tags) from += tags[0].length;
  const line = folded.slice(from, para.end);
  // A table's row (三、本年度办理结果 （一）予以公开 14 3 0 1 0 0 18) is numbered like a heading but is none.
  if (rowCellsAt(line) >= 0) return null;
  for (const style of STYLES) {
    const m = style.re.exec(line);
    if (!m) continue;
    const ordinal = style.value(m);
    if (ordinal === null || ordinal === 0) return null;
    let hs = from + m[0].length;
    while (hs < para.end && /\s/.test(folded[hs]!)) hs++;
    if (ENUMERATION_GOES_ON.test(folded.slice(hs, hs + 4))) return null;
    // 一、 and (一) open a section even when a long body runs on without a stop (a page cut mid-sentence):
    // the first clause then stands for the heading. 1. and (1) may be list items, so they need a title-sized sentence.
    const he = headingEnd(folded, hs, para.end) ?? (style.level <= 2 ? firstClauseEnd(folded, hs, para.end) : null);
    if (he === null || (style.ownLine && (he < para.end || /\s/.test(folded.slice(hs, he).trim())))) return null;
    let end = he;
    while (end > hs && /[\s,,、:;.。]/.test(folded[end - 1]!)) end--;
    if (end <= hs) return null;
    return {
      level: style.level,
      number: text.slice(from, from + m[0].length).trim(),
      ordinal,
      numberStart: from,
      heading: text.slice(hs, end),
      headingStart: hs,
      headingEnd: end,
      ...(style.part ? { part: true } : {}),
    };
  }
  return null;
}

// End of the heading text starting at `hs`: first sentence end or colon outside quotes; null when too long for a title.
function headingEnd(folded: string, hs: number, end: number): number | null {
  let depth = 0;
  for (let i = hs; i < end; i++) {
    const ch = folded[i]!;
    if (ch === '“' || ch === '《' || ch === '(') depth++;
    else if ((ch === '”' || ch === '》' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && (SENTENCE_END.test(ch) || (ch === ':' && !/\d/.test(folded[i + 1] ?? '')))) {
      return i - hs > MAX_HEADING ? null : i;
    }
    if (i - hs > MAX_HEADING) return null;
  }
  return end;
}

// End of the first clause (up to ,，) outside quotes, when it is title-sized.
function firstClauseEnd(folded: string, hs: number, end: number): number | null {
  let depth = 0;
  for (let i = hs; i < Math.min(end, hs + MAX_HEADING); i++) {
    const ch = folded[i]!;
    if (ch === '“' || ch === '《' || ch === '(') depth++;
    else if ((ch === '”' || ch === '》' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && ch === ',') return i - hs >= 4 ? i : null;
  }
  return null;
}
