import type { Span } from '../types.ts';

// A date alone on its line: 2023年11月28日, 二〇二三年十一月二十八日.
const DATE_LINE =
  /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;
// The signer above it: a body's name, short, no sentence (中共青岭县供销合作社党组, 南湖区人民政府).
const SIGNER = /^[^。，,；;：:！？!?\s]{2,40}$/;
// The list of attachments or an attachment's own head: 附件：1.…, 附件1, 附件, 附表, 附表2.
const ATTACHMENT = /^附[件表]\s*(?:[:：]|\d{1,2}|[一二三四五六七八九十]{1,2}|$)/;
// A line of the body: a sentence of some length.
const BODY_LINE = /[。；！？]/;
// A second signer above the first (中共南湖区委⏎南湖区人民政府⏎2023年…): a body's name, by the word its names end in.
const CO_SIGNER = /^[\u4e00-\u9fff]{2,38}(?:委|委员会|政府|党组|局|厅|办公室|办事处|部|院|会|中心|公司|集团)$/;

/**
 * Where the report's body ends: at its signature (the signer's line and the date under it) or, where none is found, at the
 * list of its attachments, when either comes after a sentence of the body. What follows (the date, 附件, 附表 and their
 * tables) belongs to no section of the body. The text's end where neither is found.
 */
export function bodyEnd(folded: string, paragraphs: readonly Span[]): number {
  let sentences = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const line = folded.slice(p.start, p.end);
    if (sentences && ATTACHMENT.test(line) && !BODY_LINE.test(line)) return p.start;
    const next = paragraphs[i + 1];
    if (sentences && next && SIGNER.test(line) && DATE_LINE.test(folded.slice(next.start, next.end))) {
      let first = i;
      while (first > 0 && CO_SIGNER.test(folded.slice(paragraphs[first - 1]!.start, paragraphs[first - 1]!.end))) first--;
      return paragraphs[first]!.start;
    }
    if (BODY_LINE.test(line)) sentences = true;
  }
  return folded.length;
}

// 附件：1.区级…整改清单⏎2.…统计表: the list's first entry shares the 附件 line, the others follow it, each on a line; or
// 附件：⏎1.…⏎2.… (a page's list under its label).
const LIST_OPENS = /^附件\s*[:：]\s*(1\s*[.、]|$)/;
const LIST_GOES_ON = /^(\d{1,2})\s*[.、]/;

/** The lines that go on a list of attachments opened on an 附件： line (2.审计查出问题整改情况统计表): names, no headings. */
export function attachmentListLines(folded: string, paragraphs: readonly Span[]): Set<number> {
  const lines = new Set<number>();
  paragraphs.forEach((p, i) => {
    const opens = LIST_OPENS.exec(folded.slice(p.start, p.end));
    if (!opens) return;
    for (let j = i + 1, n = opens[1] ? 2 : 1; j < paragraphs.length; j++, n++) {
      const m = LIST_GOES_ON.exec(folded.slice(paragraphs[j]!.start, paragraphs[j]!.end));
      if (!m || Number(m[1]) !== n) break;
      lines.add(j);
    }
  });
  return lines;
}
