import { isDateLine, toIsoDate } from '../read/toIsoDate.ts';

/** Where a report signs off: the signing bodies' lines over the date line, or a signer and date on one line. */
export interface Signature {
  /** The signature's first line: the first of its signers (中共南湖区委⏎南湖区人民政府⏎2023年…), else the date's. */
  start: number;
  /** The line with the date (and, on a one-line signature, the signer before it). */
  dateLine: number;
  /** The date, YYYY-MM-DD. */
  date: string;
  /** The signer right above the date or before it on its line, as written in `lines` (a short line, no sentence). */
  signer?: string;
}

// A line of the body: it holds a sentence (matched on width-folded lines, where ；！？ are half-width).
export const BODY_LINE = /[。；;！!？?]/;
// The signer above the date: a body's name, short, no sentence (中共青岭县供销合作社党组, 南湖区人民政府).
const SIGNER = /^[^。，,；;：:！!？?\s]{2,40}$/;
// A second signer above the first (中共南湖区委⏎南湖区人民政府⏎2023年…): a body's name, by the word its names end in.
const CO_SIGNER = /^[\u4e00-\u9fff]{2,38}(?:委|委员会|政府|党组|局|厅|办公室|办事处|部|院|会|中心|公司|集团)$/;
// The list of attachments or an attachment's own head: 附件：1.…, 附件1, 附件, 附表, 附表2.
const ATTACHMENT = /^附[件表]\s*(?:[:：]|\d{1,2}|[一二三四五六七八九十]{1,2}|$)/;
// A signer and its date on one line: 南湖区人民政府 2023年11月28日.
const ONE_LINE = /^(\S.{1,39}?)\s+(\S+)$/;
// An unsigned date closes the body only among its last lines.
const LAST_LINES = 4;

const dateOf = (line: string) => {
  const bare = line.replace(/^[(（]|[)）]$/g, '');
  return isDateLine(bare) ? toIsoDate(bare.replace(/\s+/g, '')) : undefined;
};

/**
 * The report's signature in its lines (`folded`: width-folded, trimmed; `lines`: as written, same indices), read after the
 * body's first sentence and before the list of its attachments: the first signer over a date line (a date in brackets
 * too), or signer and date on one line; else a date line alone among the body's last lines, with no sentence after it.
 */
export function findSignature(folded: readonly string[], lines: readonly string[] = folded): Signature | undefined {
  const first = folded.findIndex((l) => BODY_LINE.test(l));
  if (first < 0) return undefined;
  const attachments = attachmentsLine(folded, first);
  const limit = attachments < 0 ? folded.length : attachments;
  let lastBody = first;
  for (let i = first + 1; i < limit; i++) {
    const line = folded[i]!;
    if (!line) continue;
    const date = dateOf(line);
    const above = previous(folded, i);
    if (date && above > first && SIGNER.test(folded[above]!)) {
      let start = above;
      for (let k = previous(folded, start); k > first && CO_SIGNER.test(folded[k]!); k = previous(folded, k)) start = k;
      return { start, dateLine: i, date, signer: lines[above]!.trim() };
    }
    const one = ONE_LINE.exec(line);
    const oneDate = one && SIGNER.test(one[1]!) ? dateOf(one[2]!) : undefined;
    if (one && oneDate) return { start: i, dateLine: i, date: oneDate, signer: lines[i]!.trim().slice(0, one[1]!.length) };
    if (BODY_LINE.test(line)) lastBody = i;
  }
  // A date alone: among the last lines of the body, none of them a sentence after it.
  for (let i = Math.max(lastBody + 1, limit - LAST_LINES); i < limit; i++) {
    const date = folded[i] ? dateOf(folded[i]!) : undefined;
    if (date) return { start: i, dateLine: i, date };
  }
  return undefined;
}

/** The line that opens the list of attachments (附件：…, 附表2) after the body's first sentence at `first`, or -1. */
export function attachmentsLine(folded: readonly string[], first: number): number {
  for (let i = first + 1; i < folded.length; i++) if (ATTACHMENT.test(folded[i]!) && !BODY_LINE.test(folded[i]!)) return i;
  return -1;
}

/** The nearest non-blank line above `i`, or -1. */
function previous(folded: readonly string[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !folded[k]) k--;
  return k;
}
