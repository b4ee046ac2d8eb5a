import type { EntityContext } from '../context.ts';
import { wordStartingAt } from '../segment.ts';
import { isNameShaped } from './personNames.ts';
import { readName } from './namesBesidePosts.ts';

// The items of a list of names that no post or cue stands before, read from the names around them (findPeople's lists).

// Kinds of people written before 同志 (党员同志, 干部同志): no name.
export const GROUP_WORDS =
  /^(党员|干部|领导|代表|委员|职工|群众|成员|青年|年轻|负责|主要|分管|相关|有关|其他|广大|全体|基层|同级|上级|下级)/;

/**
 * An item shaped as a name that is also a word (万里/m, 向阳/nr), between a name read before it and one that reads as a
 * name after it (习仲勋、万里、宋任穷): a list of people holds it as one of them.
 */
export function nameBetweenNames(ctx: EntityContext, at: number): { start: number; end: number } | undefined {
  const { folded, seg } = ctx;
  for (const len of [2, 3]) {
    const end = at + len;
    if (folded[end] !== '、' || !seg.boundaries.has(at) || !seg.boundaries.has(end)) continue;
    if (isNameShaped(folded.slice(at, end)) && readName(ctx, end + 1)) return { start: at, end };
  }
  return undefined;
}

/** The last item of a list of names that 同志 closes (高原、方圆/n|同志): whatever word jieba reads there is a name. */
export function nameBeforeComrade(ctx: EntityContext, at: number): { start: number; end: number } | undefined {
  const t = wordStartingAt(ctx.seg, at);
  if (!t || !ctx.folded.startsWith('同志', t.end) || !isNameShaped(t.word) || GROUP_WORDS.test(t.word)) return undefined;
  return ctx.gaz.byName.has(t.word) ? undefined : { start: at, end: t.end };
}
