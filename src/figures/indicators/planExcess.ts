import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { readSubject } from './readPhrase.ts';
import { CodeSet } from '../../text/codeSet.ts';

// 工业投资额完成六十五亿五千万元，超过原定的年度计划百分之四点一; 棉花产量将要达到3556万担，…，比五年计划原定1957年3270万担的
// 水平超过286万担: a number by which a plan is passed (or missed) measures what the sentence said was achieved against it. Read
// alone its words name only the plan (超过原定的年度计划, 水平); the key is the measure with the plan: 工业投资额超过年度计划.

// The words of a plan and its frame: what is left once they go is what the read names of its own.
const PLAN_WORDS =
  /比|超过了?|超额完成了?|超额|只差|相差|差|少了?|低于|高于|原定的?|原计划|第[一二三四五六七八九十]个五年计划|五年计划|年度计划|计划|规定的?|所|中|的|指标|水平|预算数?|(?:\d{4}|[〇零○一二三四五六七八九]{4})年|还|但是|但|只|仅|都|也|已|将/g;
// The characters a plan word can open with: a read that opens with none of them keeps its first character, so is not all
// plan words (most reads, which are not run through the pattern).
const PLAN_WORD_FIRST = new CodeSet('比超只相差少低高原第五年计规所中的指水预0123456789〇零○一二三四五六七八九还但仅都也已将');
const onlyPlanWords = (text: string): boolean =>
  (text.length === 0 || PLAN_WORD_FIRST.has(text.charCodeAt(0))) && text.replace(PLAN_WORDS, '') === '';
const PLAN = /第[一二三四五六七八九十]个五年计划|五年计划|年度计划|原定计划|计划|预算/;
const PASSED = /超过|超额|高于/;
const MISSED = /只差|相差|差|低于|少/;
// What an earlier read of the sentence adds to the measure: its verb of achieving, or the plan it is said of (只完成年度计划).
const ACHIEVED = /(?:(?:只|仅|还|都|也|已|将要|将|预计)*(?:完成|达到|实现|超过|超额完成)(?:了)?.*|为|是|共计)$/;

/** Gives each number by which a plan is passed or missed the measure achieved against the plan, in place. */
export function planExcess(sentence: string, figures: readonly SentenceFigure[], slots: readonly FigureSlot[], out: IndicatorRead[]): void {
  for (let i = 0; i < out.length; i++) {
    const read = out[i]!;
    if (!onlyPlanWords(read.text)) continue;
    const slot = slots[i]!;
    const words = sentence.slice(slot.before.start, figures[i]!.start);
    const verb = PASSED.test(words) ? '超过' : MISSED.test(words) ? '低于' : undefined;
    const plan = PLAN.exec(sentence.slice(slot.clause.start, figures[i]!.start))?.[0];
    if (!verb || !plan) continue;
    const subject = measureBefore(out, i) ?? openingSubject(sentence, slot.clause.start);
    if (subject) out[i] = { ...read, text: `${subject}${verb}${plan}`, change: null, from: 'previous' };
  }
}

/** The measure an earlier figure of the sentence names, without its verb of achieving (工业投资额完成 → 工业投资额). */
function measureBefore(out: readonly IndicatorRead[], i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const text = out[k]!.text;
    if (onlyPlanWords(text)) continue;
    const measure = text.replace(ACHIEVED, '');
    return measure.length >= 2 ? measure : undefined;
  }
  return undefined;
}

/** The subject the sentence opens with, in a clause before the figure's (一九五七年工业投资额完成…，超过… → 工业投资额). */
function openingSubject(sentence: string, clauseStart: number): string | undefined {
  const comma = sentence.search(/[,，]/);
  if (comma < 0 || comma >= clauseStart) return undefined;
  const span = readSubject(sentence, { start: 0, end: comma });
  const measure = sentence.slice(span.start, span.end).replace(ACHIEVED, '');
  return measure.length >= 2 ? measure : undefined;
}
