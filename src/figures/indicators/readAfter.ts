import type { Span } from '../../types.ts';
import type { Token } from '../../entities/segment.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { HAS_HAN } from '../../text/han.ts';

// After a unit: 左右, 以上 and the like belong to the number (1亿左右农业转移人口).
const AFTER_HEDGE = /^(?:左右|以上|以下|以内|上下|多|余|["“”])+/;
const AFTER_HEDGE_DE = /^(?:左右|以上|以下|以内|上下|多|余|的|["“”])+/;
// Nouns that frame a number rather than name what it counts (30万任务, 3万亿元大关, 60万亿元的高基数).
const FRAME_NOUN = /^(?:任务|目标|水平|规模|标准|指标|大关|关口|台阶|高基数|基数|增量|比例|比重|幅度|程度)$/;
// Words that end a noun read after a counting unit (a preposition, an adverb, 的, a pronoun, a time word).
const STOP_AFTER = /^(?:p|r|d|c|uj|ul|ud|uv|uz|ug|y|t|f)$/;
// Predicates that follow the counted noun (3个断面水质有所好转, 黑臭水体已整治完成): the noun ends before them.
const PREDICATE =
  /^(?:有所|已经|已|正在|正|均|都|全部|基本|进行|开展|实现|完成|建成|得到|受到|被|给予|予以|需要|需|要|将|可|能|作为|成为|为|是|在|于|到|向|共|累计)/;
const NOUN_TAG = /^(?:n|nr|ns|nt|nz|ng|nrt|vn|an|j|l|i|b|eng|x|zg|m|q)$/;
const MAX_AFTER = 12;

/** The noun a counting unit quantifies, written after it (153条整改措施, 18个单位和镇); empty when a verb or nothing follows. */
export function readAfter(text: string, span: Span, overDe = false): Span {
  let start = span.start;
  // 8000万人的温饱问题: after 的 comes what the people have, not what is counted; a rate may pass it (7%的增速).
  const hedge = (overDe ? AFTER_HEDGE_DE : AFTER_HEDGE).exec(text.slice(start, span.end));
  if (hedge) start += hedge[0].length;
  if (start >= span.end || !HAS_HAN.test(text[start]!)) return { start, end: start };
  const tokens: Token[] = segmentPhrase(text.slice(start, span.end)).tokens;
  // Greedy up to a stop; a phrase closed by 的 or the slot's end is a noun phrase as it stands (整改举措的…); one closed by a
  // predicate loses its trailing verbs (巡视反馈意见牵头组织实施 → 巡视反馈意见).
  const taken: Token[] = [];
  let closedBy: 'de' | 'end' | 'stop' = 'end';
  for (const [k, t] of tokens.entries()) {
    const joiner = /^[和及与]$/.test(t.word);
    // 长期国债, 特别国债: an adverb-tagged word before the first noun modifies it.
    if (!taken.length && t.tag === 'd' && /^(?:n|nz|vn)$/.test(tokens[k + 1]?.tag ?? '') && HAS_HAN.test(t.word)) {
      taken.push(t);
      continue;
    }
    if (!HAS_HAN.test(t.word) || t.end > MAX_AFTER) {
      closedBy = HAS_HAN.test(t.word) ? 'stop' : 'end';
      break;
    }
    if (t.word === '的') {
      // 372种重要的新产品: an adjective before 的 qualifies the noun after it, which is what is counted.
      if (taken.length && taken.every((u) => u.tag === 'a') && tokens.slice(k + 1, k + 3).some((u) => /^n/.test(u.tag))) {
        taken.length = 0;
        continue;
      }
      closedBy = 'de';
      break;
    }
    // 大型矿井二十八个: a number after the noun is another figure's, not part of what this one counts.
    const next = tokens[k + 1];
    const number =
      taken.length > 0 &&
      t.tag === 'm' &&
      /^[一二三四五六七八九十两\d]/.test(t.word) &&
      (!next || next.tag === 'q' || !HAS_HAN.test(next.word));
    if ((taken.length && PREDICATE.test(t.word)) || number || (STOP_AFTER.test(t.tag) && !(taken.length && joiner))) {
      closedBy = 'stop';
      break;
    }
    taken.push(t);
  }
  const isJoiner = (t: Token) => /^[和及与]$/.test(t.word);
  // 由44个发展到60个: a verb before 到 or 至 is the change the count goes through, not what it counts.
  const reach = taken.length ? text.slice(start + taken[taken.length - 1]!.end, start + taken[taken.length - 1]!.end + 1) : '';
  if (/^[到至]$/.test(reach) && /^v/.test(taken[taken.length - 1]!.tag)) taken.pop();
  const whole = taken.length > 0 && taken[taken.length - 1]!.end <= 4;
  if (closedBy !== 'de') {
    while (taken.length && (!NOUN_TAG.test(taken[taken.length - 1]!.tag) || isJoiner(taken[taken.length - 1]!))) taken.pop();
  }
  while (taken.length && isJoiner(taken[taken.length - 1]!)) taken.pop();
  if (!taken.length) {
    // A short verb closing the clause is what the count counts (5人死亡).
    const rest = text.slice(start, span.end);
    const closesClause = span.end >= text.length || /[,，。;；、(（的]/.test(text[span.end]!);
    if (whole && closedBy === 'end' && closesClause && /^[\u4e00-\u9fff]{2,4}$/.test(rest)) return { start, end: span.end };
    return { start, end: start };
  }
  const end = start + taken[taken.length - 1]!.end;
  // One character that makes a word with the unit's last (13亿人民 → 民) is no noun of its own.
  const glued = end - start === 1 && text[start - 1] === '人' && segmentPhrase(text.slice(start - 1, end)).tokens.length === 1;
  if (glued || FRAME_NOUN.test(text.slice(start, end))) return { start, end: start };
  return { start, end };
}
