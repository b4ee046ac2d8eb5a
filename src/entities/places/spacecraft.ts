import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { placeCandidate } from './placeCandidate.ts';

// A craft in space named with 号 (“旅行者”号探测器, “和平”号空间站, 嫦娥六号探测器): the news gold reads it as a place, where a
// mission goes and things happen. Its name is quoted, or a word and the craft's number (嫦娥|六号, 神舟|十七号).
const CRAFT = '(?:宇宙飞船|飞船|探测器|空间站|火星车|月球车|航天飞机|着陆器|巡视器|轨道器)';
const NAMED_CRAFT = new RegExp(
  `(?:“[^“”\\n]{1,8}”|‘[^‘’\\n]{1,8}’|[\\u4e00-\\u9fff]{2}(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}))号${CRAFT}`,
  'g',
);

/** Spacecraft named with 号, where the name opens a word of its own (no longer word runs into it). */
export function findSpacecraft(ctx: EntityContext): EntityCandidate[] {
  const { folded, seg, text } = ctx;
  const out: EntityCandidate[] = [];
  if (!folded.includes('号')) return out;
  for (const m of folded.matchAll(NAMED_CRAFT)) {
    const start = m.index;
    const quoted = /[“‘]/.test(folded[start]!);
    if (!quoted && !seg.boundaries.has(start)) continue;
    out.push(placeCandidate(text, start, start + m[0].length, 'feature', 0.75, 'spacecraft'));
  }
  return out;
}
