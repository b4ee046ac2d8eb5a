import type { FigureStatus } from '../../types.ts';
import { CodeSet } from '../../text/codeSet.ts';

// target: a number planned or promised (预期目标, 力争, 确保, 要, 计划, 左右 for a year not yet over);
// change: a change achieved (增长, 下降, 提高到, 比…多); outcome: a level achieved or counted (达到, 立案40件).
export type { FigureStatus };

export interface StatusInput {
  /** The clause up to the number, and from the unit's end to the clause's end (folded). */
  before: string;
  after: string;
  /** The sentence up to the clause (a colon-led list of targets: 主要预期目标是：…). */
  sentenceBefore: string;
  /** The figure's direction of change (Figure.change) or the change word of its indicator. */
  change: 'increase' | 'decrease' | 'price' | null;
  /** The period's last year and the report's year, when known. */
  periodEnd?: number;
  year?: number;
  /** The latest year the report counts its facts up to (截至2024年10月底), past which a year is still to come. */
  reachedYear?: number;
  /** The headings above the figure, joined (二、2016年工作总体部署). */
  headings?: string;
}

// A section that sets out what is to be done (主要目标任务, 工作总体部署, 计划安排, 2024年工作打算, １９５６年的国家预算).
const PLAN_HEADING =
  /预算(?:草案)?$|目标任务|主要目标|预期目标|总体部署|工作部署|计划(?:的)?安排|工作安排|工作的建议|总体要求|主要任务|工作任务|重点任务|(?:\d{4}|[〇零○一二三四五六七八九]{4})年(?:度)?工作(?:打算|思路|要点|计划)(?!完成|执行|落实|的?情况)|(?:\d{4}|[〇零○一二三四五六七八九]{4})年(?:的)?(?:重点)?工作$/;

// The figures of a section share its headings: the last headings' test is kept (the pattern tries every position of them).
let lastHeadings: string | undefined;
let lastPlanned = false;
function planHeading(headings: string): boolean {
  if (headings !== lastHeadings) {
    lastHeadings = headings;
    lastPlanned = PLAN_HEADING.test(headings);
  }
  return lastPlanned;
}

// The figures of a clause share the sentence before it: the last one's test is kept.
let lastLead: string | undefined;
let lastLeadsTargets = false;
function leadsTargets(sentenceBefore: string): boolean {
  if (sentenceBefore !== lastLead) {
    lastLead = sentenceBefore;
    lastLeadsTargets = TARGET_LEAD.test(sentenceBefore);
  }
  return lastLeadsTargets;
}

// Quoted names and titles open with one of these: a clause without them is not run through the pattern that drops them.
const QUOTE_OPEN = new CodeSet('“"《');

const IS_COUNT = /(?:我国|全国|中国|目前|现在|现)(?:共|已|还)?有$/;
// Words of a plan, a promise or a ceiling (要求 only before the deed it asks for: 今年要求节约总投资额的百分之七); 要 only as a modal (主要, 重要, 需要 are other words); 将 as "will" before a verb
// (将上升到, 将比上年增长), not as the object marker (将…比例提高到100%).
export const TARGET_WORDS =
  /预期目标|目标|力争|争取|确保|保证|计划|规划|拟|力求|努力|准备(?!金)|预计|预期(?!寿命)|控制在|保持在|稳定在|不低于|不超过|以内|(?<![主重需必纲摘提只概简纪])要(?!求|素|点|是|害|件|闻|案)|要求(?=[^，,。；;]{0,4}?(?:节约|达到|完成|增长|增加|提高|降低|减少|控制|实现|做到))|必须|务必|应当|(?<![相适对反供响效答])应(?!用|对|急|收|有|届|付|邀)|将(?=要|会|可|达到|上升|下降|增加|增长|提高|减少|降低|扩大|缩小|超过|突破|比|由|从|为|有|是)/;
// A clause that reports what was done (已, 完成了, 达到了): not a target even with 计划 in the sentence.
const DONE = /已经|已|了$|完成了|实现了|超额/;
// A change reached or stated (提高到, 降至, 比…多).
const CHANGE_TO = /(?:提高|提升|上升|增加|增长|扩大|下降|降低|减少|缩小|回落)(?:到|至|为)$|(?:增|降|升|减)至$|比[^,，。;；]*[多少]$/;
// Right before the number, the plan that set it (计划为, 原计划是, 预期目标为).
// 一九五八粮食的指标为三千九百二十亿斤, 原定的煤炭产量的指标是二百八十五万吨: a quota set is a plan too.
const PLAN_FIGURE = /(?:计划|预期目标|目标|指标)(?:定为|为|是)$/;
// A clause that opens with the plan (计划建成投产大中型项目118个，实际建成128个; 原定…增加灌溉面积…): the plan's own figure,
// not 计划生育 or 计划单列 (words of their own).
const PLAN_CLAUSE = /^(?:原|按)?(?:计划|原定)(?!生育|单列|经济|管理|内|外|部门|执行)/;
// In a sentence before the clause: a list of targets or projections opened by a colon (一九五四年预计产量…：) or by a base
// (一九八二年预计同一九八○年比较，…), or a plan that
// sets what follows (今年计划要求，…; “七五”计划草案规定，…).
const TARGET_LEAD =
  /(?:预期目标|主要目标|目标任务|目标)(?:是|为)?[:：]|(?:计划|规划|纲要|草案)(?:要求|规定|提出|确定)|(?:预计|预期)[^:：。；;]*(?:[:：]|(?:相比|比较)[,，])/;

// 到５月份为止…完成年计划２７％, 在第一季度只完成全年计划的１１％: the share of a plan fulfilled so far reports what was done,
// whatever year the plan is for; a plan to fulfil it (要完成计划的) is still read as one.
const FULFILLED = /(?:完成|超过|超额完成)(?:了)?[^，,。；;]{0,8}(?:计划|预算)(?:数)?(?:的)?$/;

export function figureStatus(input: StatusInput): FigureStatus {
  const future = input.periodEnd !== undefined && input.year !== undefined && input.periodEnd >= input.year;
  const past = input.periodEnd !== undefined && input.year !== undefined && input.periodEnd < input.year;
  // Quoted names (“广东特支计划”) and titles (《…总要求…实施意见》) say nothing of the figure’s status.
  const before = QUOTE_OPEN.next(input.before, 0) < 0 ? input.before : input.before.replace(/[“"][^”"]*[”"]|《[^》]*》/g, '');
  const done = DONE.test(before);
  // 一九八一年计划为百分之三点七，实际达到百分之四点六: a plan's own figure, whatever year it was for.
  // 计划由一九八○年的三千二百万亩增加到…: the level a plan starts from is not planned.
  const planned = PLAN_CLAUSE.test(before) && !done && !/(?:由|从)[^，,]*年的?$/.test(before);
  if (PLAN_FIGURE.test(before) || planned) return 'target';
  const fulfilled = FULFILLED.exec(before);
  if (fulfilled && !TARGET_WORDS.test(before.slice(0, fulfilled.index))) return 'outcome';
  // 将…比例从75%提高到100%: the level a change starts from is the level now, not the plan.
  if (/(?:从|由)$/.test(before) && /^[^，,。；;]*?(?:到|至|为)/.test(input.after)) return 'outcome';
  // A year still to come cannot have an outcome (到2020年…达到60%).
  if (input.periodEnd !== undefined && input.year !== undefined && input.periodEnd > Math.max(input.year, input.reachedYear ?? 0) && !done)
    return 'target';
  if (!past && !done) {
    // 我国有2.9亿在校学生: a count that is, stated in a plan's section, is not planned.
    if (input.headings && planHeading(input.headings) && !IS_COUNT.test(before)) return 'target';
    if (TARGET_WORDS.test(before)) return 'target';
    if (leadsTargets(input.sentenceBefore)) return 'target';
    // 左右 with a year not yet over (国内生产总值增长7%左右): the usual way of stating a target.
    if (future && /^左右/.test(input.after)) return 'target';
    // 增长6%以上, 团结百分之九十五以上的干部: a hedge on a planned figure; 为8.3万名80岁以上老年人发放…: a bound of the class
    // counted, written right before its noun, not a plan.
    if (future && /^(?:以上|以内|上下)(?:的|(?![\u4e00-\u9fff]))/.test(input.after)) {
      if (
        /(?:今年|明年|全年|到(?:\d{4}|[〇零○一二三四五六七八九]{4})年|(?:\d{4}|[〇零○一二三四五六七八九]{4})年)/.test(
          input.sentenceBefore + input.before,
        ) ||
        TARGET_WORDS.test(input.sentenceBefore)
      )
        return 'target';
    }
  }
  if (input.change || CHANGE_TO.test(input.before)) return 'change';
  return 'outcome';
}
