import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import { readSpan as read, type IndicatorRead } from './indicatorRead.ts';
import { readBefore } from './readPhrase.ts';
import { leadingList, sharedPerUnit } from './listItems.ts';
import { isHan } from '../../text/han.ts';
import { readAfter } from './readAfter.ts';
import { countsThings } from '../units.ts';
import { headAfterPlaces, withoutLeadingPlace } from './respectivePlaces.ts';

// An enumeration's parts (城镇和农村, 工业、农业和服务业).
export const PART_SEPARATOR = /和|、|与|及|以及/;
// What may stand between two numbers of one 分别 list (8.8%和9.6%, 3%、5%和7%).
export const LIST_JOIN = /^[\s]*(?:和|、|与|及|以及|,|，)?[\s]*$/;

/**
 * 城镇和农村居民人均收入分别增长8.8%和9.6%: the subject's parts go to the numbers in turn, and a short first part takes
 * the head the parts share (城镇 → 城镇居民人均收入). Only when the parts and the numbers are as many.
 */
export function shareRespectively(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  first: number,
  out: IndicatorRead[],
): void {
  let last = first;
  // 同比分别增长8.7%和下降12.4%: a change word of its own may stand before a later number of the list.
  const changes: (IndicatorRead['change'] | undefined)[] = [undefined];
  while (last + 1 < figures.length) {
    const gap = sentence.slice(figures[last]!.end, figures[last + 1]!.start);
    const turn = LIST_JOIN.test(gap) ? undefined : CHANGED_ITEM.exec(gap);
    if ((!turn && !LIST_JOIN.test(gap)) || (slots[last + 1]!.clause.start !== slots[first]!.clause.start && !/^[,，]/.test(gap.trim())))
      break;
    changes.push(turn ? (/^(?:增长|提高|上升|增加)$/.test(turn[1]!) ? 'increase' : 'decrease') : undefined);
    last++;
  }
  const count = last - first + 1;
  if (count < 2) return;
  // The subject may itself be a list cut by 、 (用水量、能耗、二氧化碳排放量分别下降23%、15%、18%): read it from the clause's start.
  const whole = readBefore(sentence, { start: slots[first]!.clause.start, end: figures[first]!.start }, 40);
  const own = out[out.length - 1]!;
  // 化学需氧量、二氧化硫排放总量近年来首次出现双下降，比上年分别下降3.14％和4.66％: a clause with no subject of its own shares
  // the list the clause before opens with.
  const listed = whole.end > whole.start ? undefined : leadingList(sentence, slots[first]!.clause.start);
  const head = whole.end > whole.start ? read(sentence, whole, own.change ?? whole.change, 'before') : listed ? { ...own, ...listed } : own;
  const parts = head.text.split(PART_SEPARATOR).filter((p) => p.length > 0);
  // 城乡居民人均可支配收入: 城乡 is read as scope and left out of the head; here it names the parts.
  const scoped = head.start >= 2 && sentence.slice(head.start - 2, head.start) === '城乡' ? `城乡${head.text}` : head.text;
  const oneWord = wholeParts(scoped, count);
  if (parts.length !== count && !oneWord) {
    for (let k = first + 1; k <= last; k++) out.push({ ...own, from: 'previous', change: changes[k - first] ?? own.change });
    return;
  }
  // 广丰区、鄱阳县分别有137人和86人违规领取城乡低保金: the parts that have the counts are whose they are (link/); the counts
  // count what the list's last number is followed by.
  const had = countsThings(figures[first]!.baseUnit) && HAD.test(sentence.slice(slots[first]!.before.start, figures[first]!.start));
  const deed = had ? readAfter(sentence, slots[last]!.after) : undefined;
  if (deed && deed.end - deed.start >= 2) {
    for (let k = first + 1; k <= last; k++) out.push(own);
    for (let k = first; k <= last; k++) out[k] = read(sentence, deed, changes[k - first] ?? null, 'after');
    return;
  }
  out.pop();
  const placesHead = oneWord ? undefined : headAfterPlaces(parts);
  if (placesHead !== undefined) {
    // 岳阳市、常德市分别达到…: places alone measure what the figure before them in the sentence measures.
    const elided = placesHead === '' ? out[first - 1] : undefined;
    if (placesHead === '' && !elided) {
      for (let k = first; k <= last; k++) out.push({ ...own, from: 'previous', change: changes[k - first] ?? own.change });
      return;
    }
    const end = head.start + head.text.length;
    for (let k = first; k <= last; k++)
      out.push(
        elided
          ? { ...elided, text: withoutLeadingPlace(elided.text), change: changes[k - first] ?? head.change, from: 'previous' }
          : { start: end - placesHead.length, end, text: placesHead, change: changes[k - first] ?? head.change, from: 'respectively' },
      );
    return;
  }
  if (oneWord) {
    oneWord.forEach((text, k) => out.push({ ...head, text, change: changes[k] ?? head.change, from: 'respectively' }));
    return;
  }
  // 景德镇华风陶瓷股份有限公司和…有限公司的营业收入, 木材和水泥的产量: the head after the last part's 的 is every part's.
  // (城镇和农村居民的人均收入: the head the short parts share runs past 的, and is kept whole.)
  const head0 = sharedHead(parts);
  const deHead =
    (head0 && !head0.startsWith('的')) || parts.slice(0, -1).some((p) => p.includes('的'))
      ? undefined
      : DE_HEAD.exec(parts[parts.length - 1]!);
  const shared = deHead ? '' : head0;
  // 单位国内生产总值用水量、能耗、二氧化碳排放量: a per-unit the first part opens with is every part's.
  const perUnit = sharedPerUnit(parts);
  let at = head.start;
  parts.forEach((p, k) => {
    const start = sentence.indexOf(p, at);
    at = start + p.length;
    const text = deHead
      ? (k < parts.length - 1 ? p : deHead[1]!) + deHead[2]!
      : k < parts.length - 1 && shared
        ? p + shared
        : k > 0
          ? perUnit + p
          : p;
    out.push({ start, end: start + p.length, text, change: changes[k] ?? head.change, from: 'respectively' });
  });
}

const HAD = /分别(?:有|是)$/;
// A change word between two numbers of a list, after its joiner (和下降, 、增长).
export const CHANGED_ITEM = /^\s*(?:和|、|与|及|,|，)\s*(增长|提高|上升|增加|下降|降低|减少|回落)\s*$/;
const DE_HEAD = /^([\u4e00-\u9fff]{2,})的([\u4e00-\u9fff]{2,})$/;
// 城乡: town and country, written as one word before what both are counted by.
const TOWN_AND_COUNTRY = /^城乡(?=[\u4e00-\u9fff]{2})/;
const THREE_INDUSTRIES = /^三次产业(?=[\u4e00-\u9fff]{2})/;
// 第一、二、三产业: ordinals whose 第 and head noun are written once, on the first and the last.
const ELIDED_ORDINALS = /^第([一二三四五六七八九十])((?:、[一二三四五六七八九十])+)([\u4e00-\u9fff]{2,})$/;

/**
 * The parts of a subject written as one (城乡居民人均可支配收入 → 城镇居民…, 农村居民…; 第一、二、三产业增加值 → 第一产业增加值,
 * 第二产业增加值, 第三产业增加值), when they are as many as the numbers, else undefined.
 */
export function wholeParts(text: string, count: number): string[] | undefined {
  if (count === 2 && TOWN_AND_COUNTRY.test(text)) return [`城镇${text.slice(2)}`, `农村${text.slice(2)}`];
  // 三次产业对经济增长的贡献率分别为…: the three industries, in their order.
  const industries = count === 3 ? THREE_INDUSTRIES.exec(text) : null;
  if (industries) return ['一', '二', '三'].map((o) => `第${o}产业${text.slice(industries[0].length)}`);
  const m = ELIDED_ORDINALS.exec(text);
  if (!m) return undefined;
  const ordinals = [m[1]!, ...m[2]!.split('、').filter(Boolean)];
  return ordinals.length === count ? ordinals.map((o) => `第${o}${m[3]}`) : undefined;
}

/**
 * 城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4%和11.4%: two subjects and two numbers joined alike read in turn,
 * as with 分别.
 */
export function parallel(sentence: string, figures: readonly SentenceFigure[], slots: readonly FigureSlot[], first: number): boolean {
  const gap = (k: number) => sentence.slice(figures[k]!.end, figures[k + 1]!.start);
  if (!figures[first + 1] || !/^\s*和\s*$/.test(gap(first))) return false;
  if (figures[first + 2] && LIST_JOIN.test(gap(first + 1))) return false;
  const whole = readBefore(sentence, { start: slots[first]!.clause.start, end: figures[first]!.start }, 40);
  return sentence.slice(whole.start, whole.end).split('和').filter(Boolean).length === 2;
}

/** The head a list of short modifiers shares with its last, longer part (城镇, 农村居民人均收入 → 居民人均收入). */
export function sharedHead(parts: readonly string[]): string {
  const lastPart = parts[parts.length - 1]!;
  const lead = parts[0]!.length;
  if (!parts.slice(0, -1).every((p) => p.length === lead) || lastPart.length <= lead + 1) return '';
  if (lead <= 3) return lastPart.slice(lead);
  // 东部片区、西部片区粮食产量, 国有企业、民营企业利润: longer parts share the head when the last part opens with one of their
  // kind, ending in the same word (片区, 企业) as the first.
  const kind = parts[0]!.slice(-2);
  return lead <= MAX_LONG_PART && lastPart.slice(0, lead).endsWith(kind) ? lastPart.slice(lead) : '';
}

const MAX_LONG_PART = 6;
const MIN_PAIR_PART = 2;
const MAX_PAIR = 30;

/**
 * 城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长58.3%和29.2%: a clause before of two nouns joined by one 和, and no
 * figure, gives its two parts to the two numbers of a 分别 pair after it, in turn.
 */
export function pairBefore(
  sentence: string,
  clauseStart: number,
  figures: readonly SentenceFigure[],
): [IndicatorRead, IndicatorRead] | undefined {
  const end = clauseStart - 1;
  if (end <= 0 || !/[,，]/.test(sentence[end]!)) return undefined;
  let start = end;
  while (start > 0 && !/[,，;；:：。]/.test(sentence[start - 1]!)) start--;
  if (figures.some((f) => f.start < end && f.end > start)) return undefined;
  const whole = readBefore(sentence, { start, end }, MAX_PAIR);
  const text = sentence.slice(whole.start, whole.end);
  const parts = text.split('和');
  if (parts.length !== 2 || parts.some((p) => p.length < MIN_PAIR_PART || !isHan(p))) return undefined;
  const second = whole.start + parts[0]!.length + 1;
  const pair: [IndicatorRead, IndicatorRead] = [
    read(sentence, { start: whole.start, end: second - 1 }, null, 'respectively'),
    read(sentence, { start: second, end: whole.end }, null, 'respectively'),
  ];
  // 木材和水泥的产量: the head after the second part's 的 is both parts' (木材产量, 水泥产量).
  const head = /^([\u4e00-\u9fff]+)的([\u4e00-\u9fff]{2,})$/.exec(parts[1]!);
  if (head && !parts[0]!.includes('的')) {
    pair[0] = { ...pair[0], text: parts[0]! + head[2] };
    pair[1] = { ...pair[1], text: head[1]! + head[2] };
  }
  return pair;
}
