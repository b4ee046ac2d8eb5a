import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { RATE_UNITS } from './indicatorWords.ts';
import { isHan } from '../../text/han.ts';
import { hasListJoiner } from '../../text/listJoiners.ts';

// 惠及2100多万人, 600多万户企业受益, 农村饮水安全工程使6069万农民受益: people or households counted as reached by a measure are
// counted by that measure, which stands before the verb in the clause or in the clause before (建立“两项补贴”制度，惠及…);
// 惠及 or 受益 alone (or 企业, 学生) says nothing of what reached them.

const REACH_BEFORE = /(惠及|受惠于?)(?:近|约|超过|逾)?$/;
const BENEFIT_AFTER = /^([\u4e00-\u9fff]{0,10}?)(?:都|均|已|将)?(受益|获益|受惠)$/;
// What stands between a measure and the people it reaches: a causative (使, 让), 了, a hedge, 有 (全国有).
const CAUSE_END = /(?:[使让令]|已有|有|共|累计|已|了|近|约|\s)+$/;
const LEAD = /^(?:全国|全年|今年|去年|各地|同时|此外|并|还|共|累计|已有|已经|已)+/;
const MAX_CAUSE = 20;
const CLAUSE_BREAK = /[,，;；:：。]/;

/** The read of each count of people a measure reaches, given that measure (sentence's figures, slots and reads in order). */
export function reachedBy(sentence: string, figures: readonly SentenceFigure[], slots: readonly FigureSlot[], out: IndicatorRead[]): void {
  for (let i = 0; i < out.length; i++) {
    const f = figures[i]!;
    // 惠及90%的农户: a rate is the share reached (findIndicator reads it so), not a count of people.
    if (RATE_UNITS.has(f.baseUnit)) continue;
    const slot = slots[i]!;
    const before = sentence.slice(slot.clause.start, f.start);
    const after = sentence.slice(f.end, slot.clause.end).replace(/[\s,，;；。]+$/, '');
    const reach = REACH_BEFORE.exec(before);
    const benefit = reach ? undefined : BENEFIT_AFTER.exec(after);
    // 受益（落实这些措施）: a clause that frames the sentence already says what reached them.
    if ((!reach && !benefit) || out[i]!.text.includes('（')) continue;
    if (benefit && hasListJoiner(benefit[1]!)) continue;
    const noun = benefit ? benefit[1]! : /^[\u4e00-\u9fff]{0,8}$/.test(after) ? after : '';
    const verb = reach ? reach[1]! : benefit![2]!;
    const own = (reach ? before.slice(0, reach.index) : before)
      .replace(CAUSE_END, '')
      .replace(/[、，,\s]+$/, '')
      .replace(LEAD, '');
    const cause = own.length >= 2 && !/\d/.test(own) ? clean(own) : causeBefore(sentence, slot.clause.start, figures, slots, out);
    if (!cause || cause.length > MAX_CAUSE + 4) continue;
    out[i] = { ...out[i]!, text: `${cause}${verb}${noun}` };
  }
}

const clean = (s: string) => s.replace(/[\s"“”'‘’《》]/g, '');

/** The measure the clause before names: a figure's indicator there, else its words past the verb that opens them. */
function causeBefore(
  sentence: string,
  clauseStart: number,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: readonly IndicatorRead[],
): string | undefined {
  const end = clauseStart - 1;
  if (end <= 0 || !/[,，、]/.test(sentence[end]!)) return undefined;
  let start = end;
  while (start > 0 && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
  const k = figures.findIndex((f, j) => f.start >= start && f.end <= end && slots[j]!.clause.start === start);
  // 提高企业退休人员基本养老金，全年人均增加1680元，5700多万人受益: the figure before names what was raised.
  if (k >= 0 && out[k]!.from !== 'after') return out[k]!.text.replace(/(?:增加|增长|提高|减少|下降)$/, '') || undefined;
  // 新型农村合作医疗制度试点已扩大到671个县，惠及…: a count of places there is how far the clause's subject reached.
  if (k >= 0) return leadingNouns(sentence.slice(start, figures[k]!.start));
  const words = clean(sentence.slice(start, end)).replace(LEAD, '');
  if (!isHan(words)) return undefined;
  const tokens = segmentPhrase(words).tokens;
  // 建立…制度, 对小微企业实行税收优惠, 加大…资助力度: the verb (and a preposition's phrase) that opens the clause goes.
  let k2 = 0;
  if (tokens[0]?.tag === 'p' || /^[对向为给在把]/.test(words)) {
    const verb = tokens.findIndex((t, j) => j > 0 && /^v/.test(t.tag) && t.tag !== 'vn');
    k2 = verb > 0 ? verb + 1 : 0;
  } else if (/^v/.test(tokens[0]?.tag ?? '') && tokens[0]!.tag !== 'vn' && tokens.length > 1) {
    k2 = 1;
    if (tokens[1]!.tag === 'p') k2 = 2;
  }
  const cause = words.slice(tokens[k2]?.start ?? words.length);
  return cause.length >= 2 && cause.length <= MAX_CAUSE ? cause : undefined;
}

/** The nouns a stretch opens with (新型农村合作医疗制度试点已扩大到 → 新型农村合作医疗制度试点). */
function leadingNouns(stretch: string): string | undefined {
  const words = clean(stretch).replace(LEAD, '');
  let end = 0;
  for (const t of segmentPhrase(words).tokens) {
    if (!/^(?:n|nz|nt|ns|vn|j|b)$/.test(t.tag)) break;
    end = t.end;
  }
  return end >= 2 && end <= MAX_CAUSE ? words.slice(0, end) : undefined;
}
