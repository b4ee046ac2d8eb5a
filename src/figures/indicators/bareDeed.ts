import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { RATE_UNITS } from './indicatorWords.ts';
import { isHan } from '../../text/han.ts';

// A deed said without what it counts, left to the sentence around it: 计划建成投产大中型项目118个，实际建成128个 (the same deed
// said again: 建成投产大中型项目); 劳动就业，在城镇安排600万人 (the topic the sentence opens with); 将在城镇吸收二千九百万人经过一定
// 训练后就业 (the people counted do what the clause ends with: 就业). Where and how the deed is done (在城镇, 实际) stays with it.

// Words around a bare verb that say how, when or how much, not what (实际/n 建成, 又安排, 计划吸收).
const MANNER =
  /^(?:实际|实际上|又|再|还|共|另|另外|已|已经|先|也|都|只|仅|计划|将|拟|要|全年|当年|今年|去年|明年|累计|总共|全省|全市|全县|全区|全镇|全乡|各级)$/;
// Where a deed is done: the places a report's deeds are counted in (城镇安排, 农村转移).
const WHERE = /^(?:城镇|农村|城市|乡村|城乡|全国|各地|地方|国内|境外)$/;
const TOPIC_TAG = /^(?:n|nz|vn|l|j|b)$/;
const MAX_TOPIC = 8;

/** Gives each bare-deed read of a sentence the object the sentence leaves unsaid, in place. */
export function bareDeeds(sentence: string, figures: readonly SentenceFigure[], slots: readonly FigureSlot[], out: IndicatorRead[]): void {
  for (let i = 0; i < out.length; i++) {
    const read = out[i]!;
    if (read.from !== 'before' || !isHan(read.text)) continue;
    const deed = bareVerb(read.text);
    if (!deed) continue;
    // A rate after a bare word is a share or a change of what it names (占年初预算的9.8%), not a deed done again.
    const text =
      (RATE_UNITS.has(figures[i]!.baseUnit) ? undefined : sameDeed(deed.verb, out, i)) ??
      topicOpening(sentence, slots[i]!.clause.start, figures, deed.verb) ??
      (figures[i]!.baseUnit.endsWith('人') ? peoplesDeed(sentence, figures, i, slots[i]!.clause.end) : undefined);
    if (text) out[i] = { ...read, text: deed.where + (text.includes(deed.verb) ? text : deed.verb + text) };
  }
}

/** The verb of a read that is only a verb with words of manner and place (实际建成 → 建成; 城镇安排 → 城镇, 安排), else undefined. */
function bareVerb(text: string): { where: string; verb: string } | undefined {
  const tokens = segmentPhrase(text).tokens;
  let where = '';
  let k = 0;
  for (; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (WHERE.test(t.word)) where += t.word;
    else if (!MANNER.test(t.word) && !/^(?:d|p)$/.test(t.tag)) return undefined;
  }
  const last = tokens[k]!;
  return last.tag === 'v' && last.word.length >= 2 ? { where, verb: last.word } : undefined;
}

/** An earlier read of the sentence that names the same deed with its object (建成投产大中型项目), from the verb on. */
function sameDeed(verb: string, out: readonly IndicatorRead[], i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const at = out[k]!.text.indexOf(verb);
    // The deed opens the earlier read, after words of manner at most (计划建成投产…); 年初预算中… is a noun's, not a deed's.
    const lead = out[k]!.text.slice(0, at);
    if (at < 0 || (lead && !segmentPhrase(lead).tokens.every((t) => MANNER.test(t.word) || WHERE.test(t.word)))) continue;
    if (out[k]!.text.length - at - verb.length >= 2) return out[k]!.text.slice(at);
  }
  return undefined;
}

/** The noun phrase a sentence opens with as a clause of its own, before the figure's clause (劳动就业，在城镇安排600万人). */
function topicOpening(sentence: string, clauseStart: number, figures: readonly SentenceFigure[], verb: string): string | undefined {
  const comma = sentence.search(/[,，]/);
  if (comma < 2 || comma >= clauseStart || figures.some((f) => f.start < comma)) return undefined;
  const topic = sentence.slice(0, comma);
  if (topic.length > MAX_TOPIC || !isHan(topic)) return undefined;
  // 易地扶贫搬迁，全县共搬迁1200户: a topic that ends in the deed is the deed's own name.
  return topic.endsWith(verb) || segmentPhrase(topic).tokens.every((t) => TOPIC_TAG.test(t.tag)) ? topic : undefined;
}

/** What the people counted do, when the figure's clause ends in it (吸收二千九百万人经过一定训练后就业 → 就业). */
function peoplesDeed(sentence: string, figures: readonly SentenceFigure[], i: number, clauseEnd: number): string | undefined {
  const next = figures[i + 1];
  if (next && next.start < clauseEnd) return undefined;
  const rest = sentence.slice(figures[i]!.end, clauseEnd);
  if (!isHan(rest)) return undefined;
  const last = segmentPhrase(rest).tokens.at(-1);
  return last && last.tag === 'v' && last.word.length >= 2 ? last.word : undefined;
}
