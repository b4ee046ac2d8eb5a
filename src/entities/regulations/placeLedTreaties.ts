import type { Span } from '../../types.ts';
import { tagOf, type Segmentation } from '../segment.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { isHan } from '../../text/han.ts';
import { worldNames } from '../world/worldNames.ts';
import { occurrences } from '../../text/occurrences.ts';
import { statePairBefore } from './statePairs.ts';

// A treaty is named by where it was signed or by its parties, then what it settles (朝鲜|停战协定, 巴黎|和平|协定,
// 苏美|中导|条约, 中欧|投资|协定): a place right before the treaty's word, through its nouns, makes the class (停战协定,
// 投资协定) one treaty. Without a place it stays a class (签订了长期贸易协定, 两国签署了陆地边界条约).
const TREATY_END = /(?:条约|协定|公约|议定书|协议|公报)$/;
// 协议 and 公报 are as often a deal or a bulletin of a place's own (与深圳市签订合作协议, 广东省统计公报): only a place written
// right before the bare word names one (日内瓦|协议, 上海|公报).
const BARE_ONLY = /^(?:协议|公报)$/;
// The words a treaty's word ends with: where they occur in a report, the words that end there are the only ones read.
const TREATY_WORDS = ['条约', '协定', '公约', '议定书', '协议', '公报'];
const SUBJECT_TAGS = /^(n|nz|vn|i|l|j)$/;
const MAX_SUBJECT_WORDS = 3;

/**
 * Treaties named without marks after a place jieba tags as one (ns): the name from the place to the treaty's word.
 * @param covered spans already read as documents
 */
export function findPlaceLedTreaties(seg: Segmentation, folded: string, covered: readonly Span[]): Span[] {
  const taken = SpanCover.lazy(folded.length, covered);
  const out: Span[] = [];
  const { tokens } = seg;
  const ending = wordsEndingIn(seg, folded);
  for (let n = 0; n < ending.length; n++) {
    const i = ending[n]!;
    if (i < 1) continue;
    const t = tokens[i]!;
    if (t.word.length < 2) continue;
    // 恢复中国|关贸总协定缔约国: a body of the world named as its agreement (关贸总协定, GATT) is no treaty of the place.
    if (!TREATY_END.test(t.word) || !isHan(t.word) || worldNames().has(t.word)) continue;
    // 上海公报, 日内瓦公约 as one word of jieba's: a place's name and the treaty's word.
    const head = t.word.replace(TREATY_END, '');
    if (head.length >= 2 && tagOf(head) === 'ns') {
      if (!taken.any(t.start, t.end)) {
        out.push({ start: t.start, end: t.end });
        taken.add({ start: t.start, end: t.end });
      }
      continue;
    }
    // 达成协议: a deal reached, no treaty's name.
    const bare = /(?:协议|公报)$/.test(t.word);
    if (bare && !BARE_ONLY.test(t.word)) continue;
    for (let k = i - 1; k >= Math.max(0, i - 1 - (bare ? 0 : MAX_SUBJECT_WORDS)); k--) {
      // 中日|和平|友好条约, 中|美|贸易协定: two states' one-character forms name the parties, whatever jieba tags them.
      // Not before a bare 协议 or 公报: 历次中美公报 are the pair's communiqués, a class.
      const pair = bare ? undefined : statePairBefore(seg, folded, tokens[k + 1]!.start);
      if (pair !== undefined) {
        const span = { start: pair, end: t.end };
        if (!taken.any(span.start, span.end)) {
          out.push(span);
          taken.add(span);
        }
        break;
      }
      const w = tokens[k]!;
      if (w.end !== tokens[k + 1]!.start || !isHan(w.word)) break;
      if (w.tag === 'ns' && w.word.length >= 2) {
        const span = { start: w.start, end: t.end };
        if (!taken.any(span.start, span.end)) {
          out.push(span);
          taken.add(span);
        }
        break;
      }
      if (!SUBJECT_TAGS.test(w.tag)) break;
    }
  }
  return out;
}

/**
 * The words that end where a treaty's word does, ascending, each once (every word that TREATY_END holds for is one): the
 * few places of those words in the report found by occurrences, not a test of each of its words.
 */
function wordsEndingIn(seg: Segmentation, folded: string): number[] {
  const out: number[] = [];
  occurrences(folded, TREATY_WORDS).forEach((places, w) => {
    for (const at of places) {
      const end = at + TREATY_WORDS[w]!.length;
      const k = seg.tokenAt[end - 1]!;
      if (k >= 0 && seg.tokens[k]!.end === end) out.push(k);
    }
  });
  return [...new Set(out)].sort((a, b) => a - b);
}
