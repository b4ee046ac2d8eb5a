import type { Span } from '../../types.ts';
import type { Segmentation } from '../segment.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { isHan } from '../../text/han.ts';

// A document cited by its title and its number in brackets after it (青溪县优化营商环境若干措施（青政发〔2024〕1号）,
// …关于印发…的通知（县政办发〔2024〕8号）): only an issued document carries such a number, so the number names the words
// before it a title whatever verb stands before, and the title is written as issued, with its issuer (the lists of a
// county's 规范性文件 and the citations of a document by its number write it whole).
// The number: the issuer's code, the year in its own brackets (〔〕, [], 【】, folded from ［］ too) and the serial.
const NUMBER = /\([\u4e00-\u9fff]{1,10}[〔[【](?:19|20)\d{2}[〕\]】]\s*第?\s*\d{1,4}\s*号\)/g;
// The kind of document the title ends with.
const KIND = /(?:通知|意见|办法|规定|措施|方案|规划|细则|决定|条例|纲要|预案|计划|规则|目录|清单|通告|公告|批复|决议|准则|标准)$/;
// Verbs that issue, pass on, repeal or carry out a document: the title stands after them (with 了 or 的 between).
const VERBS = /(?:印发|出台|制定|发布|转发|下发|废止|修订|颁布|执行|落实|贯彻|按照|根据|依据|依照|对照|参照|遵照|实施)$/;
// The body that issued a document, named before 关于 in its title: a government, a committee, their offices and bureaus,
// several joined by 、 (省委办公厅、省政府办公厅).
const ISSUER_END = /(?:政府|委员会|办公室|办公厅|党委|党组|[省市县区州旗]委|局|厅|部|委)$/;
const MIN_NAME = 6;
const MAX_NAME = 60;

/** A word that may stand inside a title: Chinese characters, a quotation mark inside it, or 、 between issuers. */
const insideTitle = (word: string) => isHan(word) || /^[“”〈〉]$/.test(word);

/**
 * Documents named by their title without marks and followed by their number in brackets: the title read back from the
 * kind of document to the verb that issues or carries it out, a mark or the line's start; where the title opens with 关于,
 * the issuer before it (青溪县人民政府办公室关于…的通知) is part of it.
 * @param covered spans already read as documents (titles in marks are cited with their numbers too)
 */
export function findNumberedDocuments(seg: Segmentation, folded: string, covered: readonly Span[]): Span[] {
  const out: Span[] = [];
  if (!folded.includes('号)')) return out;
  const taken = SpanCover.lazy(folded.length, covered);
  const { tokens, tokenAt } = seg;
  for (const m of folded.matchAll(NUMBER)) {
    const end = m.index!;
    const k = tokenAt[end - 1] ?? -1;
    if (k < 0 || tokens[k]!.end !== end || !KIND.test(folded.slice(Math.max(0, end - 2), end))) continue;
    let start = tokens[k]!.start;
    for (let j = k - 1; j >= 0; j--) {
      const w = tokens[j]!;
      if (w.end !== start || end - w.start > MAX_NAME) break;
      if (VERBS.test(w.word) || w.word === '了' || (w.word === '的' && j > 0 && VERBS.test(tokens[j - 1]!.word))) break;
      if (!insideTitle(w.word) && !(w.word === '、' && issuerJoin(folded, w.start, end))) break;
      start = w.start;
    }
    // Inside 关于…的 a title may hold its own verbs (关于印发…的通知): it runs from 关于, and the issuer before it joins it.
    const about = folded.lastIndexOf('关于', end);
    if (about >= 0 && about < start && end - about <= MAX_NAME && !/[,，。;；:：!！?？()《》\n]/.test(folded.slice(about, end)))
      start = issuerBefore(seg, folded, about);
    if (end - start < MIN_NAME) continue;
    const span = { start, end };
    if (taken.overlaps(span)) continue;
    taken.add(span);
    out.push(span);
  }
  return out;
}

/** 、 between two issuers (省委办公厅、省政府办公厅关于…): the word before it ends a body's name and 关于 follows. */
function issuerJoin(folded: string, at: number, end: number): boolean {
  return ISSUER_END.test(folded.slice(Math.max(0, at - 3), at)) && folded.slice(at, end).includes('关于');
}

/** Where the title starting with 关于 at `about` starts with its issuer: the issuer's first word, or `about` itself. */
function issuerBefore(seg: Segmentation, folded: string, about: number): number {
  const { tokens, tokenAt } = seg;
  let start = about;
  for (let j = (tokenAt[about] ?? 0) - 1; j >= 0; j--) {
    const w = tokens[j]!;
    if (w.end !== start || about - w.start > MAX_NAME / 2) break;
    if (VERBS.test(w.word) || w.word === '了' || w.word === '的') break;
    // 省委办公厅、省政府办公厅关于…, 中共青溪县委办公室 青溪县人民政府办公室关于…: joint issuers, by 、 or a space.
    const joins = w.word === '、' || /^[ \u3000]+$/.test(w.word);
    if (!isHan(w.word) && !(joins && ISSUER_END.test(folded.slice(Math.max(0, w.start - 3), w.start)))) break;
    start = w.start;
  }
  return ISSUER_END.test(folded.slice(start, about)) ? start : about;
}
