import type { Span } from '../../types.ts';
import { readBefore, readSubject } from './readPhrase.ts';
import { segmentPhrase } from './phraseSegments.ts';
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
  // 提高了职工住宅、科学文教卫生和城市建设等方面的投资比重: the parts a 等方面的 closes are what the share is of.
  const aspects = /(?:等)?方面的$/.exec(text.slice(start, read.start));
  const parts = aspects ? listBefore(text, read.start - aspects[0].length) : undefined;
  if (parts && phrase.length >= 2) return parts + phrase;
  return phrase.length > head.length ? phrase : undefined;
}

// 六五计划基本建设投资的重点是能源、交通建设，这方面的投资占总投资的38.5%: 这方面 refers to the list said before it.
export const ASPECT_REFERENCE = /这些方面|这方面|上述方面|以上方面/;

/** The last list of nouns cut by 、 before `limit` in the sentence (能源、交通建设): the noun before the first 、 to the nouns after the last. */
export function listBefore(sentence: string, limit: number): string | undefined {
  const text = sentence.slice(0, limit);
  const last = text.lastIndexOf('、');
  if (last < 0) return undefined;
  let from = last;
  while (
    from > 0 &&
    (text[from - 1] === '、' || /[\u4e00-\u9fff]/.test(text[from - 1]!)) &&
    text.slice(from - 1, last).split('、').length <= 6
  )
    from--;
  const stretch = text.slice(from, limit).replace(/[,，;；:：。]+$/, '');
  const tokens = segmentPhrase(stretch).tokens;
  const firstBreak = tokens.findIndex((t) => t.word === '、');
  if (firstBreak < 1) return undefined;
  // The first item is the noun right before the first 、; the last runs over nouns after the last 、.
  const start = tokens[firstBreak - 1]!.start;
  let k = tokens.length - 1;
  while (k > firstBreak && !/^(?:n|nz|vn|j|b)$/.test(tokens[k]!.tag)) k--;
  const list = stretch.slice(start, tokens[k]!.end);
  // 职工住宅、科学文教卫生和城市建设: the last item may be joined by 和 or 及.
  return /^[\u4e00-\u9fff、]{3,24}$/.test(list) &&
    tokens.slice(firstBreak).every((t) => t.word === '、' || /^(?:n|nz|ns|vn|j|b|a)$/.test(t.tag) || /^(?:和|及)$/.test(t.word))
    ? list
    : undefined;
}

/** The span of the clause before the one that starts at clauseStart, in the sentence; undefined at the sentence's start. */
function clauseBefore(sentence: string, clauseStart: number): Span | undefined {
  let end = clauseStart;
  while (end > 0 && /[\s,，;；:：]/.test(sentence[end - 1]!)) end--;
  if (end <= 0 || /[;；。]/.test(sentence.slice(end, clauseStart))) return undefined;
  let start = end;
  while (start > 0 && !/[,，;；:：。]/.test(sentence[start - 1]!)) start--;
  return { start, end };
}

/**
 * 重工业部一九五三年总的产值计划是超额完成了，但是它所属的生产企业却有百分之二十五…: 它 (它们) opening an indicator stands for the
 * subject of the clause before it.
 */
export function pronounOwner(sentence: string, clauseStart: number): string | undefined {
  const before = clauseBefore(sentence, clauseStart);
  if (!before) return undefined;
  const subject = readSubject(sentence, before);
  const text = sentence.slice(subject.start, subject.end);
  return text.length >= 2 && !/^[它其这那此该]/.test(text) ? text : undefined;
}

// 落实这些措施, 以上几项, 实施上述政策: a clause that frames what follows by referring back, naming nothing of its own.
const REFERRING_CLAUSE =
  /^(?:为了?)?(?:落实|实施|执行|实行|采取|完成|做好|通过)(?:这些|上述|以上|这几|以上几)(?:项|条|个|种)?[\u4e00-\u9fff]{0,4}$|^(?:以上|上述|这)[几各两三四五]项$/;

/**
 * 落实这些措施，国家财政共增加支出540多亿元: the clause that opens the sentence and refers back to what the sentences before named
 * (these measures) is what the figures after it are for; it is kept with them when it cannot be resolved.
 */
export function referringClause(sentence: string, clauseStart: number): string | undefined {
  const first = /^[^,，;；:：。]+[,，]/.exec(sentence);
  if (!first || clauseStart < first[0].length || /[;；]/.test(sentence.slice(0, clauseStart))) return undefined;
  const clause = first[0].slice(0, -1).trim();
  return REFERRING_CLAUSE.test(clause) && segmentPhrase(clause).tokens.length >= 2 ? clause : undefined;
}

/** The last list of nouns cut by 、 anywhere in a sentence (我国科技、教育、文化事业重新出现了… → 科技、教育、文化事业). */
export function lastList(text: string): string | undefined {
  const last = text.lastIndexOf('、');
  if (last < 0) return undefined;
  let end = last + 1;
  for (const t of segmentPhrase(text.slice(last + 1, last + 1 + MAX_LIST_TAIL)).tokens) {
    if (!/^(?:n|nz|ns|vn|j|b)$/.test(t.tag)) break;
    end = last + 1 + t.end;
  }
  return end > last + 1 ? listBefore(text, end) : undefined;
}
const MAX_LIST_TAIL = 12;
