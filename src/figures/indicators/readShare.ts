import type { Span } from '../../types.ts';
import { readBefore } from './readPhrase.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { CHANGE_WORDS, LEVEL_WORDS } from './indicatorWords.ts';

/**
 * A share named as a noun: what part (subject) of which whole (在批发总额中的比重, 在工农业生产总值中现代工业所占的比重,
 * 现代工业的产值在工农业总产值中的比重). Read into one key form, 现代工业占工农业生产总值的比重, so that the same share
 * written either way is one indicator, and a share never stands without its whole.
 */
export interface ShareRead {
  /** The part, as read (国营和合作社营商业); empty when the clause leaves it to a clause or sentence before. */
  subject: string;
  whole: string;
  noun: string;
  /** Where the share phrase sits in the text. */
  start: number;
  end: number;
}

const NOUN = '(比重|比例|份额)';
const SHARE_NOUN = new RegExp(NOUN);
// The words between the share noun and its number (的比重已占百分之八十, 比重上升到50.5%, 比重大约是, 比重超过80%).
const LEVELS = [...LEVEL_WORDS, ...CHANGE_WORDS.map(([w]) => w), '占'].sort((x, y) => y.length - x.length).join('|');
// 比重由1954年的59%…: the base year a change starts from may stand between them too.
const BASE = '(?:(?:\\d{4}|[〇零○一二三四五六七八九]{4})年|上年|去年)?的?';
const TRAIL = new RegExp(
  `(?:已经|已|将|约|大约|仍然|仍|也|都|却|则|预计|就)*(?:${LEVELS})?(?:已经|已|将|约|大约|将近|接近)*(?:(?<=[由从])${BASE})?$`,
);
// <subject>所占的<noun>: the part's share of a whole said before.
const OWN_SHARE = new RegExp(`([^,，;；。]{2,24}?)所占的?${NOUN}$`);
// 在<whole>中<subject>所占的<noun>: the whole first, the part after it.
const WHOLE_FIRST = new RegExp(`在([^在中,，;；。]{2,16})中([^在,，;；。]{2,16}?)(?:所占|占)的?${NOUN}$`);
// <subject>在<whole>中(所占)?的<noun>: the part first (the part may be missing: 在批发总额中的比重).
const PART_FIRST = new RegExp(`([^,，;；。]{0,24}?)在([^在中,，;；。]{2,16})中(?:所占)?的?${NOUN}$`);

/** The share phrase that ends the span (before the number and its level words), if there is one. */
export function readShare(text: string, span: Span): ShareRead | undefined {
  const raw = text.slice(span.start, span.end);
  // Every share phrase ends in its noun: a stretch that names none is not run through the patterns below, each of which
  // tries every position of it (this is asked of every figure).
  if (!SHARE_NOUN.test(raw)) return undefined;
  const trail = TRAIL.exec(raw)![0];
  const phrase = raw.slice(0, raw.length - trail.length);
  const end = span.start + phrase.length;
  const wholeFirst = WHOLE_FIRST.exec(phrase);
  if (wholeFirst) {
    const subject = subjectOf(text, end - wholeFirst[0].length + 1 + wholeFirst[1]!.length + 1, wholeFirst[2]!.length);
    return { subject, whole: wholeFirst[1]!, noun: wholeFirst[3]!, start: end - wholeFirst[0].length, end };
  }
  const partFirst = PART_FIRST.exec(phrase);
  if (!partFirst) {
    // 国营企业和合作社缴纳的税款和利润所占的比重: the part and its share, the whole said before (or left unsaid).
    const own = OWN_SHARE.exec(phrase);
    if (!own) return undefined;
    const start = end - own[0].length;
    const subject = subjectOf(text, start, own[1]!.length);
    const named = subject.length >= 2 && segmentPhrase(subject).tokens.some((t) => /^n/.test(t.tag));
    return named ? { subject, whole: lastShareWhole(text, start) ?? '', noun: own[2]!, start, end } : undefined;
  }
  const start = end - partFirst[0].length;
  const subject = partFirst[1] ? subjectOf(text, start, partFirst[1].length) : '';
  return { subject, whole: partFirst[2]!, noun: partFirst[3]!, start, end };
}

/** The key form of a share: 现代工业占工农业生产总值的比重 (the part missing: 批发总额中的比重; the whole: 农民缴纳的税款所占的比重). */
export function shareText(share: ShareRead, subject = share.subject): string {
  if (!share.whole) return `${subject}所占的${share.noun}`;
  return subject ? `${subject}占${share.whole}的${share.noun}` : `${share.whole}中的${share.noun}`;
}

// A share's part may be long (国营企业和合作社缴纳的税款和利润): it is the topic of its sentence.
const MAX_SUBJECT = 24;
// 第一是, 首先是: the ordinal a point opens with is no part of its subject.
// 比1955年国防费在支出决算中所占的比重: the base of a comparison is no part of it either.
const ORDINAL = /^(?:第[一二三四五六七八九十]{1,2}|首先|其次|再次|最后)(?:是|[,，])?|^(?:比|较)[^,，]{0,8}?年(?:度|底|末)?/;

/** The part of a share, read as the noun phrase before a number is (time, scope and connectives dropped). */
function subjectOf(text: string, start: number, length: number): string {
  const ordinal = ORDINAL.exec(text.slice(start, start + length));
  const from = start + (ordinal ? ordinal[0].length : 0);
  const read = readBefore(text, { start: from, end: start + length }, MAX_SUBJECT);
  return text.slice(read.start, read.end);
}

// 基本普及九年义务教育的地区要增加到全国人口的72%: a level verb before a whole and 的 states a share of that whole.
const REACH = /^(.*?)(?:已经|已|要|将|可以|可|也)*(?:增加到|提高到|上升到|扩大到|下降到|降低到|达到|占到)了?([^,，;；。的]{2,14})的$/;
// A whole that is a time or a plan (达到上年的120%, 达到计划的105%) makes a ratio to a base, not a share.
const NOT_WHOLE = /年|期|计划|预算|目标|水平|标准|指标|规定|原定|同期/;

/** A share stated by a level verb and its whole (A增加到B的N%), read as A占B; undefined when the span is none. */
export function readReachShare(text: string, span: Span): { text: string; start: number; end: number } | undefined {
  const m = REACH.exec(text.slice(span.start, span.end));
  if (!m || NOT_WHOLE.test(m[2]!)) return undefined;
  const subject = subjectOf(text, span.start, m[1]!.length);
  if (subject.length < 2) return undefined;
  return { text: `${subject}占${m[2]}`, start: span.start, end: span.end - 1 };
}

/** The whole of the last share a text names before `limit` (各种经济成分在工业总产值中所占的比重…：国营占63.8%). */
export function lastShareWhole(text: string, limit: number): string | undefined {
  let whole: string | undefined;
  // 在工业总产值中，国营工业所占的比重…: the whole may stand as a circumstance of its own before the shares.
  const named = /在([^在中,，;；。:：]{2,16})中(?:[,，]|[^,，;；。:：]{0,12}?(?:所占)?的?(?:比重|比例|份额))/g;
  for (const m of text.slice(0, limit).matchAll(named)) whole = m[1];
  return whole;
}
