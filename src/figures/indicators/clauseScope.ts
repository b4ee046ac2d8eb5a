import type { SentenceFigure, FigureSlot } from './figureSlots.ts';
import type { IndicatorRead } from './findIndicator.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { ADDITION_VERB, ASPECT_NOUNS, LIGHT_VERBS } from './indicatorWords.ts';
import { countsThings } from '../units.ts';
import { ASPECT_REFERENCE, listBefore, pronounOwner, referringClause } from './antecedent.ts';

// Who or where a figure's words name besides what it measures: places that did the deed (碧湖镇、大港头镇新建农村公路 →
// 新建农村公路), the possessor a count counts (152个行政村集体经济收入全部达到… → 行政村), and the owner a clause before names
// (国有及国有控股工业企业经济效益大幅度提高，实现利润… → 国有及国有控股工业企业利润).

// An administrative place: a name of two characters or more before its level (碧湖镇, 大港头镇, 莲都区, 丽水市).
const PLACE = /^[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|镇|乡|村|街道|旗)$/;
// Words that end like a place and are none (全区, 城区, 农村, 乡村): a scope or a kind.
const NOT_PLACE = /^(?:全|各|本|该|城|农|乡|山|社|辖)/;
const PLACE_JOIN = /^(?:、|和|及|与)$/;

/** The words of an indicator past a list of two places or more that opens it (one place may be a kind: 棚户区改造). */
export function withoutLeadingPlaces(text: string): string {
  const tokens = segmentPhrase(text).tokens;
  let k = 0;
  let places = 0;
  let end = 0;
  while (k < tokens.length && PLACE.test(tokens[k]!.word) && !NOT_PLACE.test(tokens[k]!.word)) {
    places++;
    end = tokens[k]!.end;
    k++;
    if (k < tokens.length - 1 && PLACE_JOIN.test(tokens[k]!.word)) k++;
    else break;
  }
  return places >= 2 && text.length - end >= 2 ? text.slice(end) : text;
}

/**
 * 全区152个行政村集体经济收入全部达到20万元以上: a count whose noun opens the subject of the next figure of its clause counts
 * the first noun only (行政村), the rest is what the next figure measures of it.
 */
function countedPossessor(read: IndicatorRead, next: IndicatorRead | undefined): string | undefined {
  if (!next || next.text.length <= read.text.length || !next.text.startsWith(read.text)) return undefined;
  // What the next figure adds must be a measure of the noun (收入), not a deed done to it (已建成7座).
  const added = segmentPhrase(next.text.slice(read.text.length)).tokens;
  if (added.length > 1 || added.some((t) => /^(?:d|ul|p|u)/.test(t.tag))) return undefined;
  const first = segmentPhrase(read.text).tokens[0];
  return first && first.end >= 2 && first.end < read.text.length && /^n/.test(first.tag) ? read.text.slice(0, first.end) : undefined;
}

const ASPECT = new RegExp(`(?:${ASPECT_NOUNS.join('|')})$`);
const CLAUSE_BREAK = /[,，;；:：。]/;
const MAX_OWNER = 16;

/**
 * 国有企业效益明显好转，去年利润增长23.5%: a measure named by one noun (利润) in a clause after one about how its owner fares
 * (the owner's 效益, 形势) is the owner's: the owner is the subject of that clause before its noun of aspect.
 */
function ownerBefore(sentence: string, clauseStart: number, figures: readonly SentenceFigure[]): string | undefined {
  const end = clauseStart - 1;
  if (end <= 0 || !/[,，]/.test(sentence[end]!)) return undefined;
  let start = end;
  while (start > 0 && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
  if (figures.some((f) => f.start < end && f.end > start)) return undefined;
  const tokens = segmentPhrase(sentence.slice(start, end)).tokens;
  let k = 0;
  while (k < tokens.length && /^(?:n|nz|nt|b|c|v|vn|j)$/.test(tokens[k]!.tag) && !ASPECT.test(tokens[k]!.word)) k++;
  if (k === 0 || k >= tokens.length || !ASPECT.test(tokens[k]!.word) || tokens[k]!.word !== tokens[k]!.word.match(ASPECT)![0])
    return undefined;
  const owner = sentence.slice(start, start + tokens[k]!.start);
  return owner.length >= 2 && owner.length <= MAX_OWNER && /^n/.test(tokens[k - 1]!.tag) ? owner : undefined;
}

/** A measure named by one noun, a light verb before it or not (实现利润, 利润). */
function bareMeasure(text: string): string | undefined {
  const noun = text.replace(LIGHT_VERBS, '');
  const tokens = segmentPhrase(noun).tokens;
  return tokens.length === 1 && noun.length >= 2 && /^n/.test(tokens[0]!.tag) ? noun : undefined;
}

// 一九五七年新增加的工业生产能力…就有：采煤1489万吨，…; 五年内新增发电装机容量1950万千瓦，采煤能力8000万吨，…港口深水泊位吞吐
// 能力一亿吨: items of a list of new capacity are additions, not output or a level.
// 由于这些工厂的建设完工，可以增加的制造能力，按年产量计算如下：…重型机床二万吨: capacity that can be added is new capacity too.
const NEW_CAPACITY_HEADER = /(?:新增(?:加)?|(?:可以|将|能够)?增加)的?[\u4e00-\u9fff（）()]{0,12}?(?:生产|制造)?能力[^：:。;；]*[：:]\s*$/;
const NEW_OPENING = /(?:^|[,，:：])[^,，:：]{0,8}?新增(?:加)?(?!的)/;
const CAPACITY = /(?:能力|容量|里程)$/;

/** The key of a list item of new capacity: 新增 and, for an item named by its product, 能力 (采煤 → 新增采煤能力). */
function newCapacity(sentence: string, clauseStart: number, text: string, itemStart: number): string | undefined {
  if (/^新增/.test(text) || !/^[\u4e00-\u9fff]{1,12}$/.test(text)) return undefined;
  const before = sentence.slice(0, clauseStart);
  // 新增城镇污水日处理能力1500万立方米、垃圾日处理能力6万吨: the list may be of one clause, its items cut by 、.
  const ownList = sentence.slice(clauseStart, itemStart);
  if (CAPACITY.test(text) && /^[^,，:：]{0,8}?新增(?:加)?(?!的)/.test(ownList) && /、\s*$/.test(ownList)) return `新增${text}`;
  const colon = Math.max(before.lastIndexOf('：'), before.lastIndexOf(':'));
  const listed = colon >= 0 && !/[;；。]/.test(before.slice(colon)) && NEW_CAPACITY_HEADER.test(before.slice(0, colon + 1));
  if (listed) return `新增${CAPACITY.test(text) ? text : text.replace(/量$/, '') + '能力'}`;
  // A clause list opened by 新增: its later items that name a capacity share the verb.
  return CAPACITY.test(text) && NEW_OPENING.test(before) && !/[;；。]/.test(before.slice(before.search(NEW_OPENING)))
    ? `新增${text}`
    : undefined;
}

const PRONOUN = /^它们?(?=[\u4e00-\u9fff])/;
const ADDITION = new RegExp(`^${ADDITION_VERB}`);
const PART = /^[,，]\s*其中[,，]?\s*[\u4e00-\u9fff]*$/;
const hasVerb = (text: string) => segmentPhrase(text).tokens.some((t) => /^v/.test(t.tag) && t.tag !== 'vn');

/** Places, possessors and owners of each read of a sentence (figures and reads in text order), in place. */
export function scopeReads(sentence: string, figures: readonly SentenceFigure[], slots: readonly FigureSlot[], out: IndicatorRead[]): void {
  const renamed = new Map<string, string>();
  for (let i = 0; i < out.length; i++) {
    const read = out[i]!;
    if (read.from === 'previous') {
      if (renamed.has(read.text)) out[i] = { ...read, text: renamed.get(read.text)! };
      continue;
    }
    let text = withoutLeadingPlaces(read.text);
    const sameClause = i + 1 < out.length && slots[i + 1]!.clause.start === slots[i]!.clause.start;
    const possessor =
      read.from === 'after' && countsThings(figures[i]!.baseUnit) && sameClause ? countedPossessor(read, out[i + 1]) : undefined;
    if (possessor) text = possessor;
    const measure = read.from === 'before' ? bareMeasure(text) : undefined;
    const owner = measure ? ownerBefore(sentence, slots[i]!.clause.start, figures) : undefined;
    if (owner) text = owner + measure;
    const added = read.from === 'before' ? newCapacity(sentence, slots[i]!.clause.start, text, read.start) : undefined;
    if (added) text = added;
    // 新增公路19.2万公里，其中高速公路2.8万公里: a part of an addition is an addition.
    const addition = i > 0 && read.from === 'before' ? ADDITION.exec(out[i - 1]!.text)?.[0] : undefined;
    if (addition && !added && PART.test(sentence.slice(figures[i - 1]!.end, figures[i]!.start)) && !hasVerb(text)) text = addition + text;
    const referred = ASPECT_REFERENCE.test(text) ? listBefore(sentence, slots[i]!.clause.start) : undefined;
    if (referred) text = text.replace(ASPECT_REFERENCE, referred);
    const owner2 = PRONOUN.test(text) ? pronounOwner(sentence, slots[i]!.clause.start) : undefined;
    if (owner2) text = text.replace(PRONOUN, owner2);
    const frame = referringClause(sentence, slots[i]!.clause.start);
    if (frame && !text.includes(frame)) text = `${text}（${frame}）`;
    if (text !== read.text) {
      renamed.set(read.text, text);
      out[i] = { ...read, text };
    }
  }
}
