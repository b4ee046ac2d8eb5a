import type { Token } from '../../entities/segment.ts';
import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { isHan } from '../../text/han.ts';

// A rate written before a noun is the share of those things that do what the clause says: 有近百分之三十独立核算的国营工业企业
// 亏损 (the loss-making share of those enterprises), 71%的煤电机组实现超低排放, 已有百分之八十以上的在押罪犯投入生产. After a
// verb it is the share of its object the deed reaches (团结百分之九十五以上的干部和群众, 提升40％职工的工资级别); after 占 and a
// whole, the noun's share of that whole (团结占人口百分之九十五以上的人民群众, 占全国人口65%的地区基本普及九年义务教育).
// Keyed as the shares and reach rates are elsewhere: 实现超低排放的煤电机组比例, 人民群众占人口.

const RATE = new Set(['%', '‰']);
const HEDGE = /^(?:以上|左右|以下|多|强)?的?/;
const NOUN = /^(?:n|nr|ns|nt|nz|ng|nrt|vn|j|l|b|an|zg|eng)$/;
// Adverbs the segmenter tags as nouns (地区基本普及: 基本/n): they open the predicate.
const NOUN_TAGGED_ADVERB = /^(?:基本|全部|总体|大部|大部分|逐年|当年)$/;
// Where the noun phrase ends and the predicate begins: a verb, an adverb or a preposition after a noun.
const PREDICATE_TAG = /^(?:v|vd|d|p|i)$/;
// Verbs after which a rate is a level, a change or a comparison, not a share of an object (增长10%的企业 is no such share).
const NOT_DEED =
  /^(?:增长|增加|递增|递减|提高|上升|下降|降低|减少|达到|超过|完成|覆盖|惠及|涵盖|涉及|通达|扩大|削减|压减|缩减|占有|拥有|保持|控制)$/;
// Nouns a rate is the measure of, not things it counts a share of (递增百分之四点三的水平, 增长10%的目标).
const FRAME = /(?:水平|基础|程度|幅度|速度|增速|目标|任务|要求|指标|标准|情况|范围|规模)$/;
// Adverbs and hedges between the deed and the rate (有近, 已有, 还有, 争取有…左右).
const LEAD_HEDGE = /(?:近|约|将近|大约|接近|共|达)+$/;
const MAX_DEED = 12;
const MAX_NOUN = 16;

/** Gives a rate written before a noun the share of those things it is, in place. */
export function shareOfThose(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  for (let i = 0; i < out.length; i++) {
    const f = figures[i]!;
    if (!RATE.has(f.baseUnit) || out[i]!.from === 'respectively') continue;
    if (/(?:比例|比重|份额|率)$/.test(out[i]!.text)) continue;
    const { clause, before } = slots[i]!;
    const next = figures[i + 1];
    if (next && next.start < clause.end) continue;
    const rest = sentence.slice(f.end, clause.end);
    const hedge = HEDGE.exec(rest)![0];
    const body = rest.slice(hedge.length);
    if (!isHan(body) || body.length < 2) continue;
    const split = nounAndDeed(body);
    if (!split) continue;
    const { noun, deed } = split;
    const lead = sentence.slice(before.start, f.start).replace(LEAD_HEDGE, '');
    const text = keyOf(lead, noun, deed, hedge.endsWith('的'));
    if (text) out[i] = { start: f.end + hedge.length, end: clause.end, text, change: null, from: 'after', level: true };
  }
}

/** The key of the share, from the words before the rate (lead), the noun after it and what the noun does (deed). */
function keyOf(lead: string, noun: string, deed: string, de: boolean): string | undefined {
  // 团结占人口百分之九十五以上的人民群众: the noun's share of the whole after 占.
  const whole = /占([\u4e00-\u9fff]{2,10})$/.exec(lead);
  if (whole && de) return `${deed ? `${deed}的` : ''}${noun}占${whole[1]}`;
  if (FRAME.test(noun)) return undefined;
  const tokens = segmentPhrase(lead).tokens;
  const last = tokens.at(-1);
  // 在30%的基层医疗卫生机构实施: after a preposition the share is read with the clause's scheme (readShare).
  if (last?.tag === 'p') return undefined;
  // 有近百分之三十独立核算的国营工业企业亏损, 71%的煤电机组实现超低排放: the share of the noun that does the deed.
  if (deed) {
    if (lead && !/有$/.test(lead) && last && /^(?:v|a)/.test(last.tag)) return undefined;
    return deed.length <= MAX_DEED ? `${deed}的${noun}比例` : undefined;
  }
  // 团结百分之九十五以上的干部和群众, 提升40％职工的工资级别: the share of the verb's object it reaches.
  if (!last || !/^(?:v|a)$/.test(last.tag) || last.word.length < 2 || NOT_DEED.test(last.word)) return undefined;
  const of = /^([\u4e00-\u9fff]{1,6})的([\u4e00-\u9fff]{2,8})$/.exec(noun);
  return of ? `${last.word}${of[2]}的${of[1]}比例` : `${last.word}的${noun}比例`;
}

/** The noun a stretch after a rate opens with and the predicate after it (煤电机组 | 实现超低排放), or undefined. */
function nounAndDeed(body: string): { noun: string; deed: string } | undefined {
  const tokens = unglued(segmentPhrase(body).tokens);
  let k = 0;
  let seenNoun = false;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    const isNoun = NOUN.test(t.tag) && !NOUN_TAGGED_ADVERB.test(t.word);
    if (
      seenNoun &&
      !isNoun &&
      t.word !== '的' &&
      !/^[和及与]$/.test(t.word) &&
      (PREDICATE_TAG.test(t.tag) || NOUN_TAGGED_ADVERB.test(t.word))
    )
      break;
    if (isNoun) seenNoun = true;
  }
  if (!seenNoun) return undefined;
  const at = k < tokens.length ? tokens[k]!.start : body.length;
  const noun = body.slice(0, at);
  // 是要革命的: a predicate of being is no deed that sets the noun's part apart.
  const deed = /^(?:是|为)/.test(body.slice(at)) ? '' : body.slice(at).replace(/^(?:分别|都|均|已经|已)/, '');
  if (noun.length < 2 || noun.length > MAX_NOUN || !NOUN.test(tokens[Math.max(0, k - 1)]!.tag)) return undefined;
  return { noun, deed };
}

/** 企业亏损/vn: a noun and a verb the segmenter glued into one word, cut in two when the last two characters are a verb. */
function unglued(tokens: readonly Token[]): Token[] {
  const last = tokens.at(-1);
  if (!last || !/^(?:vn|v)$/.test(last.tag) || last.word.length < 3) return [...tokens];
  const verb = segmentPhrase(last.word.slice(-2)).tokens;
  const head = segmentPhrase(last.word.slice(0, -2)).tokens;
  if (verb.length !== 1 || !/^(?:v|vn)$/.test(verb[0]!.tag) || !head.every((t) => /^n/.test(t.tag))) return [...tokens];
  const cut = last.start + last.word.length - 2;
  return [
    ...tokens.slice(0, -1),
    { ...last, word: last.word.slice(0, -2), tag: 'n', end: cut },
    { ...last, word: last.word.slice(-2), tag: 'v', start: cut },
  ];
}
