import type { Span } from '../../types.ts';
import type { Segmentation } from '../segment.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { isHan } from '../../text/han.ts';
import { tokensOfAny } from '../wordTable.ts';
import { isListJoinerWord } from '../../text/listJoiners.ts';

// A convention or treaty named by what it settles, with no place before it (履行联合国气候变化框架公约, 签订全面禁止核试验
// 条约, 和生物多样性公约): the subject is long enough to be one document's (four characters and more), opened by the body that
// made it (联合国, an organization jieba tags nt) or by the verb that ratifies, joins or keeps it. A class of treaties
// (国际公约, 友好条约, 边界条约) or a short subject (贸易协定) is no name; a place before the treaty is placeLedTreaties'.
const TREATY_WORDS = ['公约', '条约'];
// Verbs that take a treaty as their object.
const TREATY_VERBS = /(?:履行|批准|加入|签署|签订|缔结|遵守|执行|落实|实施|参加|通过|遵循|恪守)$/;
// Words of what a treaty settles: things, fields and the acts it bans or protects (禁止, 保护), not idioms (丧权辱国).
const SUBJECT_TAGS = /^(?:n|nz|vn|v|l|j|nt|b|an|ad|d)$/;
// Subjects that say what kind of treaty, not which one.
const CLASS_SUBJECT = /^(?:国际|有关|相关|双边|多边|各项|这些|这个|该)|(?:友好|互不侵犯|同盟|互助|合作|边界|贸易|通商|和平)$/;
const MIN_SUBJECT = 4;
const MAX_NAME = 24;

/**
 * Conventions and treaties named without marks and without a place: from the body that made it, or the first word after
 * the verb that takes it (or after a join following another document), to the treaty's word.
 * @param covered spans already read as documents
 */
export function findNamedConventions(seg: Segmentation, folded: string, covered: readonly Span[]): Span[] {
  const out: Span[] = [];
  if (!TREATY_WORDS.some((w) => folded.includes(w))) return out;
  const taken = SpanCover.lazy(folded.length, covered);
  const { tokens } = seg;
  const heads = tokensOfAny(seg, TREATY_WORDS);
  for (const i of heads) {
    const t = tokens[i]!;
    let first = i;
    let opened = false;
    for (let k = i - 1; k >= 0; k--) {
      const w = tokens[k]!;
      if (w.end !== tokens[k + 1]!.start || t.end - w.start > MAX_NAME) break;
      const before = k > 0 ? tokens[k - 1]! : undefined;
      if (TREATY_VERBS.test(w.word) || (w.word === '了' && before && TREATY_VERBS.test(before.word))) {
        opened = true;
        break;
      }
      // 联合国气候变化框架公约和|生物多样性公约: the second of a list of documents is taken by the first one's verb.
      if (isListJoinerWord(w.word) && before && taken.any(before.end - 1, before.end)) {
        opened = true;
        break;
      }
      if (!isHan(w.word) || !SUBJECT_TAGS.test(w.tag)) break;
      first = k;
      if (w.tag === 'nt') {
        opened = true;
        break;
      }
    }
    const start = tokens[first]!.start;
    const subject = folded.slice(start, t.start);
    if (!opened || subject.length < MIN_SUBJECT || CLASS_SUBJECT.test(subject)) continue;
    const span = { start, end: t.end };
    if (taken.any(span.start, span.end)) continue;
    taken.add(span);
    out.push(span);
  }
  return out;
}
