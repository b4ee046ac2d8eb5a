import type { Element } from 'domhandler';
import { countHan } from './countHan.ts';

// Bold by tag, or by the inline style that Word exports and CMS editors write (<span style="font-weight:bold">).
const BOLD_TAGS = new Set(['strong', 'b']);
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;

export function isBoldElement(el: Element): boolean {
  return BOLD_TAGS.has(el.name.toLowerCase()) || BOLD_STYLE.test(el.attribs.style ?? '');
}

const CN = '[一二三四五六七八九十百零〇]';
// The heading numbers reports use (一、 (一) （一） 1. 1、 (1) 1) 第一部分), at the start of the bold text. 1.5万 is no number.
const HEADING_NUMBER = new RegExp(
  [
    `^${CN}{1,3}\\s*[、.．,，]`,
    `^第${CN}{1,3}(?:部分|章|篇)\\s*[、.．,，:：]?`,
    `^[(（]\\s*${CN}{1,3}\\s*[)）]\\s*[、.．]?`,
    `^${CN}{1,3}\\s*[)）]`,
    `^\\d{1,2}\\s*(?:[、]|[.．](?!\\d))`,
    `^[(（]\\s*\\d{1,2}\\s*[)）]\\s*[、.．]?`,
    `^\\d{1,2}\\s*[)）]`,
    '^[\\u2474-\\u249B]',
  ].join('|'),
);

// Text that goes on with the bold words' sentence (东莞市委，…; 整改“回头看”、…) rather than starting a body after a heading.
// A bracketed note (（牵头单位：县委办）) belongs to the heading's line too; a bracketed number ((一)…) opens the next heading.
const CONTINUES = new RegExp(`^(?:[，,、。．.；;：:）)」』”’》〉】！!？?…—\\-~～]|[(（](?!\\s*(?:${CN}{1,3}|\\d{1,2})\\s*[)）]))`);
// Inside an unnumbered heading: no clause break. A bold lead sentence (一是压实整改责任。) or label (主要做法：) is no heading.
const CLAUSE_MARK = /[，,。；;：:！!？?]/;
// An enumerated action (一是 二要 三抓) belongs to its paragraph: the measure stage reads it with its body.
const ENUMERATED_ACTION = new RegExp(`^${CN}{1,3}\\s*[是要抓]`);
/** Text that opens with an enumerated action (一是, 二要…). */
export function startsAction(text: string): boolean {
  return ENUMERATED_ACTION.test(text.replace(/^[\s\u00a0\u3000]+/, ''));
}

// Fewer Han characters than this in an unnumbered bold run is a word stressed in a sentence (市委书记亲自…), not a heading.
const MIN_UNNUMBERED_HAN = 6;
// A bold name that opens a sentence (<b>中共青溪县委常委会</b>高度重视…): bodies and titles are subjects, not headings.
const NAME_END =
  /(?:委员会|常委会|党委|党组|县委|市委|省委|区委|政府|人大|政协|纪委|监委|局|厅|办|院|部|署|中心|书记|主任|市长|县长|区长|省长|同志)$/;
const MAX_HEADING_HAN = 60;

/**
 * Whether a bold run that opens a block, followed in the same block by `rest`, is a heading of its own
 * (<p><strong>（一）关于落实主体责任的问题</strong>一是压实整改责任。…</p>), so the line breaks after it.
 */
export function isBoldHeading(head: string, rest: string): boolean {
  const h = head.trim();
  const r = rest.trim();
  if (!h || !r || CONTINUES.test(r)) return false;
  const han = countHan(h);
  if (han > MAX_HEADING_HAN) return false;
  const number = HEADING_NUMBER.exec(h);
  // The bold number alone (<b>一、</b>提高政治站位) leaves the heading's words outside the bold: they are one line.
  if (number) return countHan(h.slice(number[0].length)) >= 2;
  if (ENUMERATED_ACTION.test(h)) return false;
  return han >= MIN_UNNUMBERED_HAN && !CLAUSE_MARK.test(h) && !NAME_END.test(h);
}
