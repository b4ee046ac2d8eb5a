import type { Token } from '../../entities/segment.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { ADDITION_VERB } from './indicatorWords.ts';
import { HAS_HAN } from '../../text/han.ts';

// Longer phrases before a number are cut back to the words nearest it; a list of parts (农业、林业、水利、气象支出) may run longer.
export const MAX_PHRASE = 14;
export const MAX_LIST_PHRASE = 22;
const ADDED_DE = new RegExp(`${ADDITION_VERB}的$`);
// A per-head written out before 的 (按人口平均的, 按人口平均计算的): 人均.
const PER_HEAD_DE = /按人口平均(?:计算)?$/;
export const ABBREVIATION = /[（(][A-Za-z][A-Za-z0-9.]*[)）]/g;

// A list of parts (农业、林业、水利、气象支出; 城镇职工和城镇居民基本医疗保险), not inside a bracketed note (包括高中和初中).
const LIST_MARK = /、|[\u4e00-\u9fff]{2}[和及与][\u4e00-\u9fff]{2}/;
export const listed = (phrase: string): boolean => LIST_MARK.test(hasBracket(phrase) ? phrase.replace(/[（(][^）)]*[）)]/g, '') : phrase);
// Notes and abbreviations open with a bracket: a phrase without one is not run through their patterns.
const hasBracket = (phrase: string): boolean => phrase.includes('(') || phrase.includes('（');

const NEGATION = /^(?:未|不|没|没有|尚未|并未|从未|未能|不能|无法)$/;

// Words that end the stretch a long phrase is cut back to: the indicator follows a preposition, a pronoun, an adverb or 的.
const CUT_TAGS = /^(?:p|r|d|c|uj|ul|ud|uv|uz|ug|y|x|m|q|t)$/;
// 声环境功能区夜间达标率: a part of the day names which rate is measured, not when (a time word the phrase is cut at).
const DAY_PART = /^(?:昼间|夜间|白天|夜晚|日间)$/;

/** Start of the last words of a long phrase: after the nearest preposition, adverb, 的 or non-word, at most MAX_PHRASE. */
export function cutToTail(text: string, start: number, end: number): number {
  const tokens = segmentPhrase(text.slice(start, end)).tokens;
  let at = end;
  const list = listed(text.slice(start, end));
  // 用于国防的支出占本年支出: a share's subject ends at 占, and is what a bare head after 的 is measured against.
  const share = text.slice(start, end).lastIndexOf('占');
  const headEnd = share > 0 ? start + share : end;
  // 细颗粒物（PM2.5）平均浓度: a note that gives a name's abbreviation is part of the phrase, and takes no length of it.
  const phrase = text.slice(start, end);
  const notes = hasBracket(phrase) ? [...phrase.matchAll(ABBREVIATION)].map((m) => [start + m.index, start + m.index + m[0].length]) : [];
  const noteAt = (at: number) => notes.find(([s0, e0]) => at >= s0! && at < e0!);
  let skipped = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const note = noteAt(start + t.start);
    if (note) {
      if (start + t.start === note[0]) skipped += note[1]! - note[0]!;
      continue;
    }
    // 和 between two nouns stays (先进技术和设备).
    const joins = /^[和及与、]$/.test(t.word) && i > 0 && at < end;
    // A bare head after 的 (国防的支出, 本年支出) keeps its modifier: 的 and a time word go on while the tail is short.
    const short = (end - at <= 2 || (at <= headEnd && headEnd - at <= 2)) && (t.word === '的' || t.tag === 't');
    // 每亩生产粮食, 每百元…: a per-unit opens the indicator.
    const perUnit = /^每(?![年月天日季周])[\u4e00-\u9fff]/.test(t.word);
    // 职工家庭按人口平均的生活费收入: a per-head written out (按人口平均的, the key's 人均) joins whose measure it is to it, and
    // counts as the two characters of 人均.
    const perHead = t.word === '的' && at < end ? PER_HEAD_DE.exec(text.slice(start, start + t.start)) : null;
    if (perHead) {
      skipped += perHead[0].length + 1 - 2;
      while (i > 0 && start + tokens[i - 1]!.start >= start + t.start - perHead[0].length) i--;
      at = start + tokens[i]!.start;
      continue;
    }
    // 城镇居民基本医保和新农合的财政补助标准: whose standard a 的 names is part of what is measured, when it is a noun phrase.
    if (t.word === '的' && !short && at < end) {
      const owner = ownerBefore(tokens, i, start, end);
      if (owner !== undefined) at = owner;
      break;
    }
    if ((CUT_TAGS.test(t.tag) && !joins && !short && !perUnit && !DAY_PART.test(t.word)) || (!HAS_HAN.test(t.word) && !joins)) {
      // 市住建局未按规定收缴城市基础设施配套费: a negation is part of the deed it negates (not 按规定收缴…, the opposite).
      if (NEGATION.test(t.word) && at < end) at = start + t.start;
      break;
    }
    // A list of parts (农业、林业、水利、气象支出) is read whole, a little past the usual length.
    if (end - (start + t.start) - skipped > (list ? MAX_LIST_PHRASE : MAX_PHRASE)) break;
    at = start + t.start;
    if (perUnit) break;
  }
  // 新增加的固定资产: what is new is an addition, not the level; its 的 phrase stays.
  const added = ADDED_DE.exec(text.slice(start, at));
  if (added && end - at + added[0].length <= MAX_PHRASE) at -= added[0].length;
  return at;
}

// The words of an owner before 的: nouns, and the conjunctions that join them (a one-character verb is a segmenter's cut
// inside a name: 新农/nz 合/v).
const OWNER_TAG = /^(?:n|nr|ns|nt|nz|ng|j|b|vn|an|l)$/;

/** Where the noun phrase that owns the words after tokens[de] (的) starts, if it fits within MAX_LIST_PHRASE of `end`. */
function ownerBefore(tokens: readonly Token[], de: number, start: number, end: number): number | undefined {
  let k = de;
  let nouns = 0;
  while (k > 0) {
    const t = tokens[k - 1]!;
    const joins = /^[和及与、]$/.test(t.word) && k < de;
    if (!joins && !OWNER_TAG.test(t.tag) && !(t.tag === 'v' && t.word.length === 1 && /^n/.test(tokens[k - 2]?.tag ?? ''))) break;
    if (OWNER_TAG.test(t.tag)) nouns++;
    k--;
  }
  while (k < de && /^[和及与、]$/.test(tokens[k]!.word)) k++;
  if (k === de || nouns === 0) return undefined;
  // 有着贸易和文化联系的国家: nouns after a verb are its object, and the 的 phrase a clause, not an owner; 等方面 names none.
  if (
    /^(?:v|ul|u)$/.test(tokens[k - 1]?.tag ?? '') ||
    /^(?:方面|部分|地方)$/.test(
      tokens
        .slice(k, de)
        .map((t) => t.word)
        .join(''),
    )
  )
    return undefined;
  const at = start + tokens[k]!.start;
  return end - at <= MAX_LIST_PHRASE && start + tokens[de]!.start - at >= 2 ? at : undefined;
}
