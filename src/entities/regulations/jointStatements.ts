import type { Span } from '../../types.ts';
import type { Segmentation } from '../segment.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { statePairBefore } from './statePairs.ts';

// A joint statement, communiqué or declaration is named by its parties written right before it: a pair of states'
// one-character forms (中美联合声明, 中英联合声明, 中日两国政府联合声明), or the set of them (中美三个联合公报), or the states
// by name (中国和俄罗斯联合声明). Without its parties (两国发表了联合声明, 贯彻执行联合声明) it is no name.
const JOINT = /联合(?:声明|公报|宣言)/g;
// What may stand between the parties and the statement: both states' governments, or the count of a set.
const BETWEEN = /(?:两国)?(?:政府)?$|[两三四五六七八九十]{1,2}[个项]$/;
// States named in full are joined by one of these.
const JOIN = /^(?:和|与|同|、)$/;

/**
 * Joint statements named without marks by their parties.
 * @param covered spans already read as documents
 */
export function findJointStatements(seg: Segmentation, folded: string, covered: readonly Span[]): Span[] {
  const out: Span[] = [];
  let taken: SpanCover | undefined;
  for (const m of folded.matchAll(JOINT)) {
    const at = m.index;
    const end = at + m[0].length;
    const gap = BETWEEN.exec(folded.slice(Math.max(0, at - 6), at))?.[0].length ?? 0;
    const start = statePairBefore(seg, folded, at - gap) ?? statesNamedBefore(seg, at - gap);
    if (start === undefined) continue;
    taken ??= SpanCover.lazy(folded.length, covered);
    if (taken.any(start, end)) continue;
    out.push({ start, end });
    taken.add({ start, end });
  }
  return out;
}

/** Where the states named in full right before `end` start (俄罗斯, 中国和俄罗斯): jieba's places joined by 和, 与, 、. */
function statesNamedBefore(seg: Segmentation, end: number): number | undefined {
  let k = seg.tokenAt[end - 1] ?? -1;
  let edge = end;
  let start: number | undefined;
  while (k >= 0) {
    const t = seg.tokens[k]!;
    if (t.end !== edge || t.tag !== 'ns' || t.word.length < 2) break;
    start = t.start;
    const join = seg.tokens[k - 1];
    if (!join || join.end !== start || !JOIN.test(join.word)) break;
    edge = join.start;
    k -= 2;
  }
  return start;
}
