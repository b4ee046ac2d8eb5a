import type { Span } from '../types.ts';
import { detectHeading, type HeadingMatch } from './detectHeading.ts';
import { CodeSet } from '../text/codeSet.ts';

// A page saved without its line breaks runs every heading into the text: …予以公布。一、组织落实整改情况…（一）提高政治站位，…
// A heading then starts right after a sentence end.
// A part numbered 第一部分 (or 第一章) runs on after a sentence end as 一、 does.
const AFTER_SENTENCE = /[。!?！？]\s*(?=[(（]?\s*[一二三四五六七八九十\d]|第[一二三四五六七八九十]{1,3}(?:部分|章))/g;
// (一) anywhere: a bracketed Chinese numeral enumerates, even right after a heading it runs on from (一、总体情况（一）强化…).
const BRACKETED = /(?=\(\s*[一二三四五六七八九十]{1,3}\s*\))/g;
// A first numbered child (1、 1. (1) 1)) glued to the end of the heading it belongs under, with no stop between them:
// （一）关于…的问题1、健全防止返贫监测机制。 Only the first one: its siblings follow sentence ends. A page that ran its
// paragraphs into one keeps a space where each ended (…的问题 1.推进…), as it does after a sentence end.
// Tried (sticky) only where it can match, at a 1 or a bracket (what its lookahead opens on): run over a paragraph, its
// lookbehind was tried at every character.
// A report that numbers its problems across its parts ((一)…1. 2. 3. (二)…4.) glues the first child of a later part by the
// number that goes on: any number is tried, and detectHeading's number must then run on in sequence (see `carried`).
// A label ending in a colon may stand between them (…的问题整改情况：(1)健全…), as it does on a line of its own.
const FIRST_CHILD = /(?<=[\u4e00-\u9fff”][:：]?\s*)(?=(?:\d{1,2}\s*[、.]|\(\s*\d{1,2}\s*\)|\d{1,2}\s*\))\s*[\u4e00-\u9fff“])/y;
const FIRST_CHILD_OPENS = new CodeSet('0123456789(');

/**
 * Headings inside paragraphs, for a report whose lines were lost (no heading starts a line). Each level's numbers
 * must run in sequence (一、 then 二、, (一) restarting under a new 一、) so a stray "。3、" in a sentence is not one.
 * `after`: the heading line the paragraphs follow, if any; only deeper headings are read, or its next siblings where
 * `siblings` (no heading line of its level follows before a shallower one), and a bracketed numeral only where a
 * sentence ends before it (that heading kept its line, so nothing runs on from it).
 */
export function findInlineHeadings(
  text: string,
  folded: string,
  paragraphs: readonly Span[],
  after?: { level: number; ordinal: number; siblings: boolean },
): HeadingMatch[] {
  const found: HeadingMatch[] = [];
  const last = [0, 0, 0, 0, 0];
  // The last number of each Arabic-numbered level under the parent before: a report may number on across parts.
  const carried = [0, 0, 0, 0, 0];
  const below = after ? (after.siblings ? after.level - 1 : after.level) : 0;
  if (after) last[after.level] = after.ordinal;
  for (const para of paragraphs) {
    const line = folded.slice(para.start, para.end);
    const starts = new Set([para.start, ...[...line.matchAll(AFTER_SENTENCE)].map((m) => para.start + m.index + m[0].length)]);
    if (below === 0) for (const m of line.matchAll(BRACKETED)) starts.add(para.start + m.index);
    for (let at = FIRST_CHILD_OPENS.next(line, 0); at >= 0; at = FIRST_CHILD_OPENS.next(line, at + 1)) {
      FIRST_CHILD.lastIndex = at;
      if (FIRST_CHILD.test(line)) starts.add(para.start + at);
    }
    for (const at of [...starts].sort((a, b) => a - b)) {
      let h = detectHeading(text, folded, { start: at, end: para.end });
      if (!h || h.level <= below) continue;
      const runsOn = h.level >= 3 && last[h.level] === 0 && carried[h.level]! > 0 && h.ordinal === carried[h.level]! + 1;
      if (h.ordinal !== last[h.level]! + 1 && !runsOn) continue;
      // 会议要求：(1)加强领导，(2)压实责任。: items run on within one sentence are a list, no headings.
      if (h.level >= 3 && runInList(folded.slice(h.headingStart, h.headingEnd), h.ordinal + 1)) continue;
      // 三、下一步工作措施一是巩固…: the first enumerated action ends the heading it runs on from.
      const action = /一是/.exec(folded.slice(h.headingStart + 2, h.headingEnd));
      if (action) {
        const end = h.headingStart + 2 + action.index;
        h = { ...h, headingEnd: end, heading: text.slice(h.headingStart, end) };
      }
      last[h.level] = h.ordinal;
      carried[h.level] = 0;
      for (let deeper = h.level + 1; deeper < last.length; deeper++) {
        if (last[deeper]) carried[deeper] = last[deeper]!;
        last[deeper] = 0;
      }
      // The heading before runs on into this one's number: it ends there.
      const prev = found[found.length - 1];
      // A bare number with another number right after it ((一)（二）…) heads nothing: it is not a heading.
      if (prev && prev.headingEnd > h.numberStart && prev.headingStart >= h.numberStart) found.pop();
      else if (prev && prev.headingEnd > h.numberStart && prev.headingStart < h.numberStart) {
        let end = h.numberStart;
        while (end > prev.headingStart && /[\s,，、:：;；.。]/.test(folded[end - 1]!)) end--;
        found[found.length - 1] = { ...prev, headingEnd: end, heading: text.slice(prev.headingStart, end) };
      }
      found.push(h);
    }
  }
  return found;
}

/** Whether the next item's number (2、 2. (2) 2)) follows a comma or semicolon inside a heading's text. */
function runInList(heading: string, next: number): boolean {
  return new RegExp(`[,，;；、]\\s*(?:\\(\\s*${next}\\s*\\)|${next}\\s*(?:[、)]|\\.(?!\\d)))`).test(heading);
}
