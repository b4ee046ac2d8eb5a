import type { Span } from '../../types.ts';
import { figureSlots, type FigureSlot, type SentenceFigure } from './figureSlots.ts';
import { endsInVerb, readBefore, readSubject, type ChangeWord } from './readPhrase.ts';
import { readAfter } from './readAfter.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { ADDITION_VERB, RATE_UNITS } from './indicatorWords.ts';
import { countsThings } from '../units.ts';
import { lastShareWhole, readReachShare, readShare, shareText } from './readShare.ts';
import { anaphorOf, antecedentOf } from './antecedent.ts';
import { leadingList, sharedQualifier, sharedVerb } from './listItems.ts';
import { readSpan as read, type IndicatorRead } from './indicatorRead.ts';
import { LIST_JOIN, pairBefore, parallel, shareRespectively } from './respectively.ts';
import { previousClauseSubject, topicAfterBreak } from './clauseSubject.ts';
import { countedDoers, opensClause } from './countedDoers.ts';
import { mendReads } from './mendReads.ts';
import { bareAddition } from './bareAddition.ts';
import { servedFor } from './servedFor.ts';
import { isHan } from '../../text/han.ts';

export type { IndicatorRead } from './indicatorRead.ts';

// Words that open a phrase with no subject of its own: a share (占, 完成…的, kept after the subject), a ratio or base (为, 比),
// a per-head (每人), or scope alone (全国). Not 为 'for' before those a deed serves (为群众挽回经济损失, 为企业减免税费): the
// deed after them is what is measured.
const WEAK =
  /^(?:只|仅|将|已|约|则|也)*(占|(?:完成|超过|超额完成|为)(?:了)?(?:原定|全年|年度|调整|年初)?(?:计划|预算)数?)|^(规模|总量|总额|总数|数量|金额|产量|产值|总产量|总产值)$|^(?:为(?!(?:广大|困难|贫困)?(?:群众|企业|农民|农户|居民|村民|职工|市场主体|纳税人|经营主体|群众和企业))|是|比|较|相当于|每人|每户)|^(?:全国|全省|全市|全县|全区|我国|各地|全年|当年)$/;
// Where a share or a plan fulfilled begins in an indicator (农业税收入占本年收入, 工业总产值超过年度计划): what comes before is the whole.
// 为调整预算的102.3%: a budget's execution is its share of the budget as adjusted (调整预算) or as passed (年初预算数).
const PART_OF_WHOLE = /占|(?:完成|超过|超额完成|为)(?:了)?(?:原定|全年|年度|调整|年初)?(?:计划|预算)数?/;
// The sanctions a report gives people (给予…党纪政务处分, 给予…诫勉谈话), at the end of the words after a count.
const SANCTION = /((?:党纪政纪|党纪政务|党纪|政务|政纪|纪律|行政|组织)?(?:处分|处理)|诫勉谈话|通报批评|提醒谈话)$/;
const ADDED_END = new RegExp(`${ADDITION_VERB}$`);
const ADDED_START = new RegExp(`^${ADDITION_VERB}(?=[\u4e00-\u9fff]{2})`);
// Verbs whose object a rate after them is a share of (覆盖80%以上的大城市, 惠及90%的农户): what the deed reaches.
const PROBLEM_OF = /^(?:左右|以上|多)?([\u4e00-\u9fff]{2,8})的([\u4e00-\u9fff]{2,10}(?:问题|困难))$/;
const REACH_END = /(?:覆盖|惠及|涵盖|涉及|通达|通)$/;
const RANGE_MARK = /^\s*[-－—–~～至到]\s*$/;

/** The indicator of every figure of one sentence (`sentence` folded: simplified, half-width; figures in text order). */
export function findIndicators(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[] = figureSlots(sentence, figures),
): IndicatorRead[] {
  const out: IndicatorRead[] = [];
  // The change word of an open 分别 list, shared by the numbers that follow it.
  let listChange: ChangeWord | null = null;
  // The part a share of this sentence was said of (国营和合作社营商业在零售总额中的比重…，在批发总额中的比重…).
  let shareSubject = '';
  // The first item of a list whose qualifier the next items share (淘汰落后的炼钢产能…、水泥产能…), while the list runs.
  let listFirst: IndicatorRead | undefined;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const slot = slots[i]!;
    const before = readBefore(sentence, slot.before);
    // 6.5%－7%的增速: the first number of a range shares what follows the second.
    const rangeTo = RANGE_MARK.test(sentence.slice(slot.after.start, slot.after.end)) ? slots[i + 1] : undefined;
    const after = readItemAfter(sentence, rangeTo ?? slot, figures[i + 1], RATE_UNITS.has(f.baseUnit));
    const hasBefore = before.end > before.start;
    if (before.respectively) listChange = before.change;
    else if (i > 0 && !LIST_JOIN.test(sentence.slice(figures[i - 1]!.end, f.start))) listChange = null;
    const hasAfter = after.end > after.start;
    // 在30%的基层医疗卫生机构实施: after a preposition the number qualifies the noun that follows it.
    const share = readShare(sentence, slot.before);
    if (share) {
      const subject = share.subject || shareSubject || previousClauseSubject(sentence, slot.clause, figures)?.text || '';
      if (subject) shareSubject = subject;
      out.push({ start: share.start, end: share.end, text: shareText(share, subject), change: before.change, from: 'before' });
      continue;
    }
    const reached = RATE_UNITS.has(f.baseUnit) ? readReachShare(sentence, slot.before) : undefined;
    if (reached) {
      out.push({ ...reached, change: null, from: 'before' });
      continue;
    }
    const reach = RATE_UNITS.has(f.baseUnit) && REACH_END.test(sentence.slice(before.start, before.end));
    const afterPreposition = /[在对向给于]$/.test(sentence.slice(slot.before.start, slot.before.end));
    // 给予13名相关责任人员相应党纪政务处分: what the count counts is the sanction given (给予党纪政务处分).
    const sanction = /给予$/.test(sentence.slice(slot.before.start, slot.before.end))
      ? SANCTION.exec(sentence.slice(slot.after.start, slot.after.end))
      : null;
    // 取消了原先336亿元的农业税赋: an amount a verb acts on, written before the noun it measures and 的.
    const measured = !RATE_UNITS.has(f.baseUnit) && !countsThings(f.baseUnit) ? nounAfterDe(sentence, slot) : undefined;
    if (!sanction && measured && verbBefore(sentence, slot.before)) {
      out.push(read(sentence, measured, before.change, 'after'));
      continue;
    }
    // 十亿多人口, 六亿人民: people counted as a population.
    if (!sanction && f.baseUnit === '人' && /^[口民]/.test(sentence.slice(f.end))) {
      out.push({ start: f.end - 1, end: f.end + 1, text: '人口', change: before.change, from: 'after' });
      continue;
    }
    if (sanction) {
      out.push({ start: slot.after.start + sanction.index, end: slot.after.end, text: `给予${sanction[1]}`, change: null, from: 'after' });
    } else if (hasAfter && (countsThings(f.baseUnit) || afterPreposition || reach || endsInVerb(sentence, before))) {
      // 新建1亿亩高标准农田: what is built is counted as new, not as the level of the noun.
      const added = ADDED_END.exec(sentence.slice(before.start, before.end))?.[0];
      let own = read(sentence, after, before.change, 'after');
      const doers =
        countsThings(f.baseUnit) && opensClause(sentence, slot.before, hasBefore)
          ? countedDoers(sentence, own, slot.clause.end)
          : undefined;
      if (doers) own = doers;
      // 覆盖80%以上的大城市, 完成80%的任务: a rate between a verb and its object is the share of the object the deed reaches.
      // 解决6000万农村人口的饮水安全问题: people counted by the problem solved for them, as 解决3亿多农村人口饮水安全问题 is.
      const problem = PROBLEM_OF.exec(sentence.slice(slot.after.start, slot.after.end));
      if (problem && own.text === problem[1]) own = { ...own, text: problem[1] + problem[2] };
      if (reach && own.text) own = { ...own, start: before.start, text: `${sentence.slice(before.start, before.end)}${own.text}比例` };
      out.push(added && own.text && !own.text.startsWith(added) ? { ...own, text: added + own.text } : own);
    } else if (hasBefore) {
      // 占本年预算支出的2.57%: a share whose subject is the previous clause's.
      // 占本年预算支出的2.57%, 为1955年的98.88%, 每人平均达到83.4元: a share, a ratio or a base whose subject was named before.
      // 包头——兰州线、内江——昆明线等25条: an enumeration's count is of the clause's subject (施工线路).
      const enumerated = /等$/.test(sentence.slice(before.start, before.end)) ? readSubject(sentence, slot.clause) : undefined;
      if (enumerated && enumerated.end - enumerated.start >= 2) {
        out.push(read(sentence, enumerated, before.change, 'before'));
        continue;
      }
      const weak = servedFor(sentence.slice(before.start, before.end)) ? null : WEAK.exec(sentence.slice(before.start, before.end));
      // 参加高级合作社的农户已经占总农户的60%: a share's subject stands before it in its own clause, else the clause before has
      // it when no figure stands there (…的农户，已经占总农户的60%), else an earlier figure's.
      const ownSubject = weak?.[1] ? readBefore(sentence, { start: slot.before.start, end: before.start }) : undefined;
      const subject = weak
        ? ownSubject && ownSubject.end - ownSubject.start >= 2
          ? read(sentence, ownSubject, ownSubject.change, 'before')
          : (previousClauseSubject(sentence, slot.clause, figures) ?? out[out.length - 1])
        : undefined;
      let own = read(sentence, before, before.change, 'before');
      // 解决8000万人的温饱问题: a bare verb takes the object written after the count (解决温饱问题).
      // 用好1800亿元引导基金: two characters of no noun (用/p 好/a) are a verb the segmenter missed, and take their object too.
      // Not before 的 (年产150万吨的煤矿, 在连续两年增长13%的基础上): there the number qualifies the noun after it.
      const missedVerb = !hasNoun(own.text) && !/^(?:左右|以上|多|余)?的/.test(sentence.slice(slot.after.start, slot.after.end));
      if (own.text.length <= 2 && (endsInVerb(sentence, before) || missedVerb)) {
        const object = readAfter(sentence, slot.after, true);
        if (object.end > object.start) own = { ...own, text: own.text + sentence.slice(object.start, object.end) };
        // 引导约1亿人在中西部地区就近城镇化: people a verb moves to do something somewhere are counted by what they do.
        else if (f.baseUnit.endsWith('人')) {
          const deed = predicateAfterPlace(sentence, slot.after);
          if (deed) own = { ...read(sentence, deed, own.change, 'after') };
        }
        // 有规模以上工业企业312家，全年新增62家: more of what the figure before counted.
        else if (!subject && bareAddition(own.text, out[out.length - 1]))
          own = { ...own, text: bareAddition(own.text, out[out.length - 1])!, from: 'previous' };
      }
      if (subject && subject.text) {
        // 病床将增设6万张，总数达到33.9万张: a total is of the noun the clause before opens with, not of its deed.
        // 新增高新技术企业2130家、总数达到1.6万家: the total is of all of them, not of the ones added (ADDED_START).
        const whose = weak![2] ? withoutPredicate(subject.text).replace(ADDED_START, '') : subject.text;
        // 比重，将只占29%: a share with no whole of its own is the subject's share, as it was named.
        const text = /^(?:只|仅|将|已|约|则|也)*占$/.test(own.text) ? subject.text : weak![1] || weak![2] ? whose + own.text : subject.text;
        own = { ...own, text, change: own.change ?? (text === subject.text ? subject.change : null), from: 'previous' };
      }
      out.push(own);
      if (before.respectively || parallel(sentence, figures, slots, i)) shareRespectively(sentence, figures, slots, i, out);
    } else if (
      hasAfter &&
      !(materialOfUnit(f.baseUnit, after, slot) && (out.length || previousClauseSubject(sentence, slot.clause, figures)))
    ) {
      out.push(read(sentence, after, before.change, 'after'));
    } else if (out.length && !topicAfterBreak(sentence, slot.clause, figures)) {
      // The words before this number were only a verb or a hedge (增长6.9%; 原为83个; 6%-6.5%): an earlier one names it.
      // 城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%: two numbers joined by 和 after two
      // figures of two indicators go to them in turn.
      const paired = pairedWith(sentence, figures, out, i);
      const prev = paired ?? out[out.length - 1]!;
      const gap = i > 0 ? sentence.slice(figures[i - 1]!.end, f.start) : '';
      // A range's second number (6.5%－7%) and the rest of a 分别 list (分别下降3.14％和4.66％) share the first one's change.
      // (下降1.5个百分点至48.2%: no range, a change in points and the level it comes to.)
      const range = RANGE_MARK.test(gap) && !(figures[i - 1]!.baseUnit === '个百分点' && f.baseUnit !== '个百分点');
      const shared = range || (LIST_JOIN.test(gap) && (prev.from === 'respectively' || listChange !== null));
      // 增长速度…计划为百分之三点七，实际达到百分之四点六: a rate after a rate restates the same change. Not a per cent after
      // points (城镇化率提高2.1个百分点，达到52.6%; 下降1.5个百分点至48.2%): a change in points is followed by the level reached.
      const restated =
        i > 0 &&
        RATE_UNITS.has(f.baseUnit) &&
        RATE_UNITS.has(figures[i - 1]!.baseUnit) &&
        !(figures[i - 1]!.baseUnit === '个百分点' && f.baseUnit !== '个百分点');
      const change =
        before.change ??
        (paired && paired !== out[out.length - 1] ? out[out.length - 1]!.change : null) ??
        (shared ? (prev.change ?? listChange) : restated ? prev.change : null);
      // 工业支出占经济建设费总数的X%，比上年增长46.02%: the change is of the share's subject.
      // A share that rises from one number to the next (比重由28.8%上升到42.3%) is still the share.
      // So is a change after a plan fulfilled or passed (工业总产值…超过年度计划4.1%，比上一年增长6.9%).
      // Not a change in points (税收占比63.8%，比上年提高1.2个百分点): that is the share's own.
      const whose = f.baseUnit === '个百分点' ? -1 : (PART_OF_WHOLE.exec(prev.text)?.index ?? -1);
      const share =
        change && whose > 1 && !/^[\s]*(?:上升|下降|提高|降低|增加|减少)?(?:到|为|至)/.test(gap) ? prev.text.slice(0, whose) : undefined;
      // 就业率去年底达到83%，比上年增加60万人: a count after a rate counts the deed the rate is of (就业), not the rate.
      const counted =
        !share && i > 0 && !RATE_UNITS.has(f.baseUnit) && RATE_UNITS.has(figures[i - 1]!.baseUnit) && /.{2}率$/.test(prev.text)
          ? prev.text.slice(0, -1)
          : undefined;
      out.push({ ...prev, ...(share ? { text: share } : counted ? { text: counted } : {}), change, from: 'previous' });
      // 比上年分别下降3.14％和4.66％ after a clause that opens with a list: the list's parts go to the numbers in turn.
      if (before.respectively && leadingList(sentence, slot.clause.start)) shareRespectively(sentence, figures, slots, i, out);
    } else {
      const pair =
        before.respectively && figures[i + 1] && /^\s*和\s*$/.test(sentence.slice(f.end, figures[i + 1]!.start))
          ? pairBefore(sentence, slot.clause.start, figures)
          : undefined;
      const subject = pair ? undefined : previousClauseSubject(sentence, slot.clause, figures);
      if (pair) out.push(...pair.map((p) => ({ ...p, change: before.change })));
      else
        out.push(subject ? { ...subject, change: before.change ?? subject.change } : fallback(sentence, after, slot.after, before.change));
    }
    const last = out[out.length - 1]!;
    if (!last.text) out[out.length - 1] = clauseWords(sentence, slot.clause, f, last.change);
    if (out.length === i + 1) {
      out[i] = referredBack(sentence, slot, f, out);
      // 削减…涉企收费项目60%以上: a rate after a verb of change and its object is that change of the object.
      const cut =
        RATE_UNITS.has(f.baseUnit) && out[i]!.change === null && out[i]!.from === 'before'
          ? RATE_CHANGE.exec(sentence.slice(slot.before.start, f.start))
          : null;
      if (cut)
        out[i] = {
          ...out[i]!,
          text: out[i]!.text.replace(new RegExp(`^${cut[1]}`), ''),
          change: /^(?:提高|增加|扩大)$/.test(cut[1]!) ? 'increase' : 'decrease',
        };
      const scope = i > 0 ? bracketScope(sentence, f) : undefined;
      if (scope) out[i] = { ...out[i - 1]!, text: `${out[i - 1]!.text}（${scope}）`, from: 'previous' };
      // 各种经济成分在工业总产值中所占的比重将变化如下：国营占63.8%: a part's share of the whole named before.
      const part = /^(.{2,}?)(?:则|也|都|仅|只|却|已经|已|将|约)*占$/.exec(out[i]!.text);
      const whole = part ? lastShareWhole(sentence, slot.clause.start) : undefined;
      if (whole) out[i] = { ...out[i]!, text: `${part![1]}占${whole}` };
      const first = listFirst ?? out[i - 1];
      const prefix = first ? listItem(sentence, figures[i - 1]!, out[i - 1]!, out[i]!, first) : '';
      if (prefix) out[i] = { ...out[i]!, text: prefix + out[i]!.text };
      listFirst = prefix ? first : undefined;
    }
    // The figures a 分别 list shares were filled in ahead.
    while (out.length > i + 1) i++;
  }
  mendReads(sentence, figures, slots, out);
  return out;
}

// （包括村办工业为百分之六）: a bracket that widens or narrows the scope of the figure before it.
const SCOPE_NOTE = /[（(]\s*((?:不|未)?(?:包括|包含|含)[\u4e00-\u9fff、和]{1,12}?)(?:在内)?(?:为|是|的|则为|达)?\s*$/;

/** The scope a bracketed note gives the number inside it (包括村办工业), when the number is the note's. */
function bracketScope(sentence: string, f: SentenceFigure): string | undefined {
  const m = SCOPE_NOTE.exec(sentence.slice(Math.max(0, f.start - 20), f.start));
  return m && !/[)）]/.test(m[0]) ? m[1] : undefined;
}

const RATE_CHANGE = /^\s*(削减|压减|减少|降低|缩减|压缩|精简|提高|增加|扩大)(?![到至为])(?=[\u4e00-\u9fff]{2})/;
/** A subject read with its predicate (病床将增设): the words before the adverb that opens the predicate (病床). */
function withoutPredicate(text: string): string {
  const tokens = segmentPhrase(text).tokens;
  const at = tokens.findIndex((t, k) => k > 0 && t.tag === 'd' && tokens.slice(k + 1).some((u) => u.tag === 'v'));
  return at > 0 && tokens[at]!.start >= 2 ? text.slice(0, tokens[at]!.start) : text;
}

const hasNoun = (text: string) => segmentPhrase(text).tokens.some((t) => /^n/.test(t.tag));

const TIME_ONLY = /^(?:这|近|过去)?[一二两三四五六七八九十\d]{1,2}(?:个)?年(?:来|内|间|中|里)?$/;

/** A clause that refers back (这一比重…, 其中一九八五年为…) takes what it refers to, from the sentence when it is there. */
function referredBack(sentence: string, slot: FigureSlot, f: SentenceFigure, out: readonly IndicatorRead[]): IndicatorRead {
  const own = out[out.length - 1]!;
  // 高于…递增百分之四点三的水平: a number inside a 的 phrase is no measure of the clause's subject.
  if (sentence[f.end] === '的') return own;
  // 两年平均每年递增5.5%: a sentence that opens with only a span of years measures what the sentence before measured.
  if (out.length === 1 && TIME_ONLY.test(own.text)) return { ...own, anaphor: '' };
  // 农业总产值一九八一年比一九八○年增长百分之五点七，…，两年平均每年递增百分之五点三: a span of years alone after figures of
  // the sentence measures what they measure.
  const before = out[out.length - 2];
  if (before && TIME_ONLY.test(own.text) && !TIME_ONLY.test(before.text)) return { ...own, text: before.text, from: 'previous' };
  const head = anaphorOf(sentence, slot.clause, f.start, own.text);
  if (head === undefined) return own;
  const previous = out[out.length - 2]?.text;
  // 这方面的投资占总投资的20%，…把这个比例提高到36%: a share referred back to is the share just given.
  const share = /^(?:比重|比例)$/.test(head) && previous?.includes('占') ? previous : undefined;
  const earlier = head ? (antecedentOf(sentence, head, slot.clause.start) ?? share) : previous;
  return earlier ? { ...own, text: earlier, from: 'previous' } : { ...own, text: head || own.text, anaphor: head };
}

// What may stand between a list's number and its next item (二百五十四万六千余人，中等学校学生…, 1691万吨、炼铁产能…).
const ITEM_GAP = /^(?:左右|以上|多|余)?[\s,，、]+$/;

/** The qualifier a list item shares with the first item (see listItems), '' when it stands alone. */
function listItem(sentence: string, prevFigure: SentenceFigure, prev: IndicatorRead, own: IndicatorRead, first: IndicatorRead): string {
  const gap = sentence.slice(prevFigure.end, own.start);
  if (own.from !== 'before' || prev.from !== 'before' || !ITEM_GAP.test(gap)) return '';
  // A verb is shared from the list's first item only (撤销党内职务1人、留党察看2人 is an item of a list that began before it).
  const opensList = !/[、(（]\s*$/.test(sentence.slice(0, first.start));
  return sharedQualifier(first.text, own.text) || (opensList && /^\s*、\s*$/.test(gap) ? sharedVerb(first.text, own.text) : '');
}

/** The indicator a number of a 和 pair takes when two figures of two indicators, each in its own clause, stand before the pair. */
function pairedWith(
  sentence: string,
  figures: readonly SentenceFigure[],
  out: readonly IndicatorRead[],
  i: number,
): IndicatorRead | undefined {
  const between = (a: number, b: number) => sentence.slice(figures[a]!.end, figures[b]!.start);
  const first = i + 1 < figures.length && /^\s*和\s*$/.test(between(i, i + 1)) ? i : i - 1;
  if (first < 2 || (first === i - 1 && !/^\s*和\s*$/.test(between(i - 1, i)))) return undefined;
  const [a, b] = [out[first - 2]!, out[first - 1]!];
  if (a.text === b.text || a.from !== 'before' || b.from !== 'before' || !/[,，]/.test(between(first - 2, first - 1))) return undefined;
  if (!/[,，]/.test(between(first - 1, first)) || figures[first]!.baseUnit === figures[first - 1]!.baseUnit) return undefined;
  return i === first ? a : b;
}

/** Nothing before and no earlier figure: the noun after any unit, else the words after the number (95%以上实行备案管理). */
function fallback(sentence: string, after: Span, rest: Span, change: ChangeWord | null): IndicatorRead {
  if (after.end > after.start) return read(sentence, after, change, 'after');
  const text = sentence.slice(rest.start, rest.end);
  const lead = /^(?:左右|以上|以下|以内|上下|多|余|的|[\s、，,])*/.exec(text)![0].length;
  const start = rest.start + lead;
  const end = Math.min(rest.end, start + 14);
  return read(sentence, { start, end: end > start ? end : rest.end }, change, 'clause');
}

/** Last resort, so that every figure names something: the clause's words around the number, hedges and time dropped. */
function clauseWords(sentence: string, clause: Span, f: Span, change: ChangeWord | null): IndicatorRead {
  const before = sentence.slice(clause.start, f.start).replace(/[\s\d.%]+$/, '');
  const span =
    before.length >= 2
      ? { start: f.start - before.length - (f.start - clause.start - before.length), end: clause.start + before.length }
      : { start: f.end, end: clause.end };
  return read(sentence, span.end > span.start ? span : clause, change, 'clause');
}

/**
 * The noun after a number, for an item of an enumeration the head noun after 等 (178项节能、节水和资源综合利用等重大项目 →
 * 重大项目), as far as the next figure of the clause.
 */
function readItemAfter(sentence: string, slot: FigureSlot, next: SentenceFigure | undefined, overDe: boolean): Span {
  const own = readAfter(sentence, slot.after, overDe);
  if (sentence[slot.after.end] !== '、') return own;
  const limit = next && next.start < slot.clause.end && next.start > slot.after.end ? next.start : slot.clause.end;
  const deng = sentence.slice(slot.after.end, limit).search(/等(?![级待于同额量次])(?=[\u4e00-\u9fff])/);
  // 98个中央部门和北京、上海…等省市: a noun joined by 和 before the list is what is counted; the list is the second conjunct.
  const joined = sentence.slice(own.start, own.end).search(/[和及与]/);
  if (deng >= 0 && joined > 0) return { start: own.start, end: own.start + joined };
  if (deng < 0) return limit === slot.clause.end ? wholeList(sentence, own, slot.after.end, limit) : own;
  const head = readAfter(sentence, { start: slot.after.end + deng + 1, end: limit });
  return head.end > head.start ? head : own;
}

const MAX_LIST = 24;
// 2.28吨煤, 1.6亿吨标准煤: a mass or volume names its material right after it, as part of the unit; what is measured (每吨钢的
// 综合能耗) is named before, or by the clause before.
const MASS_UNIT = /(?:吨|克|斤|升|立方米|千瓦时)$/;
const MAX_MATERIAL = 3;
function materialOfUnit(baseUnit: string, after: Span, slot: FigureSlot): boolean {
  return (
    MASS_UNIT.test(baseUnit) && after.start === slot.after.start && after.end - after.start <= MAX_MATERIAL && after.end === slot.after.end
  );
}
const MAX_DEED = 8;

/** The noun after 的 right after an amount (336亿元的农业税赋), when one is there. */
function nounAfterDe(sentence: string, slot: FigureSlot): Span | undefined {
  const hedge = /^(?:左右|以上|多|余)?的/.exec(sentence.slice(slot.after.start, slot.after.end));
  if (!hedge) return undefined;
  const noun = readAfter(sentence, { start: slot.after.start + hedge[0].length, end: slot.after.end });
  return noun.end > noun.start ? noun : undefined;
}

/** Whether the words before a number end in a verb, past 了, hedges and words of time (取消了原先, 安排约). */
function verbBefore(sentence: string, span: Span): boolean {
  const tokens = segmentPhrase(sentence.slice(span.start, span.end)).tokens;
  let k = tokens.length - 1;
  while (k >= 0 && (/^(?:d|t|ul|uz|m|q)$/.test(tokens[k]!.tag) || /^(?:原先|原来|原有|约|近|共|总计|合计)$/.test(tokens[k]!.word))) k--;
  return k >= 0 && tokens[k]!.tag === 'v';
}

/** 在中西部地区就近城镇化 → 就近城镇化: the predicate after a place the counted people stand in, to the clause's end. */
function predicateAfterPlace(sentence: string, after: Span): Span | undefined {
  const text = sentence.slice(after.start, after.end);
  if (!/^[在到向于]/.test(text)) return undefined;
  const tokens = segmentPhrase(text).tokens;
  let k = 1;
  while (k < tokens.length && /^(?:n|ns|nt|nz|f|s|m|q|j)/.test(tokens[k]!.tag)) k++;
  if (k === 1 || k >= tokens.length) return undefined;
  const start = after.start + tokens[k]!.start;
  const rest = sentence.slice(start, after.end);
  if (!isHan(rest) || rest.length > MAX_DEED) return undefined;
  return { start, end: after.end };
}

/**
 * 1万多个中外合资经营、合作经营和外商独资企业: the noun after a count is the first item of a list the count counts whole; the
 * indicator runs to the head noun of the last item.
 */
function wholeList(sentence: string, own: Span, from: number, limit: number): Span {
  if (own.end <= own.start) return own;
  const lastBreak = sentence.lastIndexOf('、', limit - 1);
  if (lastBreak < from) return own;
  const last = readAfter(sentence, { start: lastBreak + 1, end: limit });
  if (last.end <= last.start || last.end - own.start > MAX_LIST) return own;
  return { start: own.start, end: last.end };
}
