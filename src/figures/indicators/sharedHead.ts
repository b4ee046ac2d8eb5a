import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import { renameReads, type IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { CodeSet } from '../../text/codeSet.ts';

// 招生人数将为：高等学校十万九千人，中等专业学校十五万三千人…; 一九五七年的在校学生人数，比一九五六年，高等学校增长百分之九点七，
// 普通中学增长百分之十五: a measure named once, in a clause of its own before a list, is what every item of the list measures;
// the items name only the kind (高等学校). Each item is keyed with the measure (高等学校招生人数).

// The nouns of a measure counted over kinds: a number of people or things, an output, an area.
const HEAD = /(?:人数|数量|总数|产量|总产量|产值|总产值|面积|规模|数)$/;
// What may follow the measure in its clause before the list: a verb of being and a hedge of plan (将为, 计划为, 如下).
const HEAD_TAIL = /(?:将|计划|预计|可以|可)?(?:为|是|达到|有|如下)?$/;
// The last characters of those nouns: a stretch with none of them names no measure, and is not cut into clauses.
const HEAD_LAST = new CodeSet('数量值积模');
const NOUN = /^(?:n|nr|nz|nt|ns|vn|j|b|l)$/;
const MAX_ITEM = 8;

/** The measure a list's items share, from the clauses before the sentence's first figure; undefined when none is named. */
function sharedMeasure(sentence: string, firstFigure: number): { head: string; end: number } | undefined {
  const stretch = sentence.slice(0, firstFigure);
  if (HEAD_LAST.next(stretch, 0) < 0) return undefined;
  const parts = [...stretch.matchAll(/[^,，:：]+[,，:：]/g)];
  for (let k = parts.length - 1; k >= 0; k--) {
    const words = parts[k]![0].slice(0, -1).trim().replace(HEAD_TAIL, '');
    if (!HEAD.test(words) || /[\d、]/.test(words)) continue;
    const head = words.slice(words.lastIndexOf('的') + 1);
    const tokens = segmentPhrase(head).tokens;
    if (head.length < 2 || !tokens.every((t) => NOUN.test(t.tag) || /^(?:人数|总数)$/.test(t.word))) continue;
    // 粮食产量，小麦…，玉米…: the items are kinds of what the measure names; they share the measure's noun only (小麦产量).
    const ofKind = /(?:总产量|产量|总产值|产值|面积|规模)$/.exec(head);
    return { head: ofKind && head.length > ofKind[0].length ? ofKind[0] : head, end: parts[k]!.index + parts[k]![0].length };
  }
  return undefined;
}

/** Items of a list under a shared measure take it (sentence's figures, slots and reads in order), in place. */
export function shareHead(sentence: string, figures: readonly SentenceFigure[], slots: readonly FigureSlot[], out: IndicatorRead[]): void {
  if (figures.length < 2) return;
  const measure = sharedMeasure(sentence, figures[0]!.start);
  if (!measure) return;
  renameReads(out, (read) => {
    if (read.from !== 'before' || read.start < measure.end) return undefined;
    const text = read.text;
    if (text.length > MAX_ITEM || text.includes(measure.head) || HEAD.test(text)) return undefined;
    if (!segmentPhrase(text).tokens.every((t) => NOUN.test(t.tag))) return undefined;
    return text + measure.head;
  });
}
