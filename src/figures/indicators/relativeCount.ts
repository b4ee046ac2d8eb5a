import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { readBefore } from './readPhrase.ts';
import { readAfter } from './readAfter.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { RATE_UNITS } from './indicatorWords.ts';
import { isHan } from '../../text/han.ts';

// 苏联协助我国建设的141个项目, 四川省试点的84个地方企业, 在成灾的八千余万亩农田中: a relative clause before a number says which
// of the noun after it are counted or measured (the projects the Soviet Union helps build, not every project). The count keeps
// it, as 开始建设的限额以上建设单位 is kept when the clause counts after it.

// A modifier that only dates or places the noun (本年的, 一九八○年的, 由上年的) says no deed of it.
const TIME_END = /(?:年|月|月份|季度|期间|时期|时|前|后|以来|底|末|初)$/;
const MAX_MODIFIER = 16;
// Words after which the relative clause begins: a preposition or verb of reference (对尚未完成的, 对照巡视反馈的), a completed main
// verb (通报了我市查处的), an earlier 的 (大家所知道的苏联协助我国建设的), an example or a part (例如, 其中).
const CLAUSE_OPENER = /^(?:对照|按照|针对|对于|根据|依照|参照|围绕|通过|照|了|的|例如|比如|譬如|其中|包括)$/;
// Words read after the unit that are no noun counted (87卷全部整改到位).
const NOT_NOUN = /^(?:全部|全都|均|都|已|分别|逐一|逐个|各|共)/;

/** Gives a number between a relative clause's 的 and the noun it counts the clause with the noun, in place. */
export function relativeCount(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  for (let i = 0; i < out.length; i++) {
    const f = figures[i]!;
    const slot = slots[i]!;
    const read = out[i]!;
    if (RATE_UNITS.has(f.baseUnit) || sentence[f.start - 1] !== '的' || slot.before.start >= f.start - 1) continue;
    const after = readAfter(sentence, slot.after);
    // Right after the unit (a hedge of one character at most: 八千余万亩农田).
    if (after.end - after.start < 2 || after.start - f.end > 1) continue;
    const noun = sentence.slice(after.start, after.end);
    if (NOT_NOUN.test(noun)) continue;
    const before = readBefore(sentence, slot.before);
    const phrase = sentence.slice(before.start, before.end);
    const deedOnly = read.from === 'before' && read.text === phrase;
    const modifier = relativeClause(phrase);
    if (before.end !== f.start - 1 || modifier.length < 2 || modifier.length > MAX_MODIFIER || !isHan(modifier)) continue;
    if (TIME_END.test(modifier)) continue;
    const counted = read.from === 'after' && read.text === noun;
    if (!counted && !deedOnly) continue;
    if (counted && !segmentPhrase(modifier).tokens.some((t) => t.tag === 'v')) continue;
    const start = before.end - modifier.length;
    out[i] = { ...read, start, end: after.end, text: `${modifier}的${noun}`, from: 'after' };
  }
}

/** The relative clause that ends a phrase before 的: the words after its last opener (对尚未完成 → 尚未完成). */
function relativeClause(phrase: string): string {
  const tokens = segmentPhrase(phrase).tokens;
  for (let k = tokens.length - 2; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.tag === 'p' || CLAUSE_OPENER.test(t.word)) return phrase.slice(t.end).length >= 2 ? phrase.slice(t.end) : phrase;
    // 对市/x 人民政府: a preposition the segmenter glued to the word after it.
    if (t.tag === 'x' && /^[对向把][\u4e00-\u9fff]/.test(t.word)) return phrase.slice(t.start + 1);
  }
  return phrase;
}
