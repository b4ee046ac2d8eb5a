import type { Span } from '../types.ts';

import { attachmentsLine, BODY_LINE, findSignature } from '../text/signature.ts';

/**
 * Where the report's body ends: at its signature (findSignature: the signers' lines over the date, or a date alone at its
 * end) or, where none is found, at the list of its attachments when it comes after a sentence of the body. What follows
 * (the date, 附件, 附表 and their tables) belongs to no section of the body. The text's end where neither is found.
 */
export function bodyEnd(folded: string, paragraphs: readonly Span[]): number {
  const lines = paragraphs.map((p) => folded.slice(p.start, p.end));
  const signature = findSignature(lines);
  if (signature) return paragraphs[signature.start]!.start;
  const first = lines.findIndex((l) => BODY_LINE.test(l));
  if (first < 0) return folded.length;
  const attachments = attachmentsLine(lines, first);
  return attachments < 0 ? folded.length : paragraphs[attachments]!.start;
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
