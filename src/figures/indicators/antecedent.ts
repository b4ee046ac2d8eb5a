import type { Span } from '../../types.ts';
import { readBefore } from './readPhrase.ts';
import { readShare, shareText } from './readShare.ts';

// Nouns that name a measure only through what they were said of before (这个比重, 这一比例, 此项指标).
const GENERIC = '比重|比例|比率|增长速度|速度|增速|幅度|数字|数目|总数|数量|指标';
const DEMONSTRATIVE = '这个|这一|这种|这项|此项|该项|上述|此|该';
// A clause that opens with a demonstrative and a generic noun (这一比重在1954年预计将由…) is about what that noun was said of.
const OPENS_WITH = new RegExp(`^(?:[^,，;；。]{0,12}?[,，])?[^,，;；。]{0,10}?(?:${DEMONSTRATIVE})(${GENERIC})`);
const TOPIC_CLAUSE = new RegExp(`^(?:${DEMONSTRATIVE})(${GENERIC})[,，]`);
// A clause that opens with 其中 and names nothing more (其中一九八五年为…, 其中有六亿一千万亩) is a part of what came before.
const PART_OF = /^(?:其中|这中间)/;

/**
 * How a figure's clause refers back instead of naming its indicator: the generic noun it refers back with (比重), '' for a
 * bare 其中, or undefined when the clause names its own. `own` is the indicator read in the clause.
 */
export function anaphorOf(sentence: string, clause: Span, figureStart: number, own: string): string | undefined {
  const before = sentence.slice(clause.start, figureStart).trim();
  const opens = OPENS_WITH.exec(before);
  if (opens) return opens[1]!;
  // 这个比重，1978年为17.4％，1979年达到27％: a sentence that opens with the noun referred back to, as a clause of its own, is
  // about it in every clause after that names nothing else.
  const topic = TOPIC_CLAUSE.exec(sentence);
  if (topic && clause.start >= topic[0].length && (!own || own === topic[1])) return topic[1]!;
  if (PART_OF.test(before) && (!own || PART_OF.test(own) || /^[其这此该它]$/.test(own))) return '';
  return undefined;
}

/**
 * What a generic noun refers back to: its last mention in `text` before `limit` not itself led by a demonstrative, read as a
 * share (现代工业的产值在工农业总产值中的比重 → 现代工业的产值占工农业总产值的比重) or as the noun phrase ending there.
 */
export function antecedentOf(text: string, head: string, limit: number): string | undefined {
  const led = new RegExp(`(?:${DEMONSTRATIVE})$`);
  let at = text.lastIndexOf(head, limit - head.length);
  while (at >= 0 && led.test(text.slice(Math.max(0, at - 2), at))) at = at > 0 ? text.lastIndexOf(head, at - 1) : -1;
  if (at < 0) return undefined;
  const end = at + head.length;
  let start = at;
  while (start > 0 && !/[,，;；:：。\n]/.test(text[start - 1]!)) start--;
  const share = readShare(text, { start, end });
  if (share?.subject) return shareText(share);
  const read = readBefore(text, { start, end }, 20);
  const phrase = text.slice(read.start, read.end);
  return phrase.length > head.length ? phrase : undefined;
}
