import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { placeCandidate } from './placeCandidate.ts';
import { endsOf, matchesEndingAt } from '../../text/matchesNear.ts';
import { wordIndex } from '../../text/occurrences.ts';

// A craft in space named with 号 (“旅行者”号探测器, “和平”号空间站, 嫦娥六号探测器): the news gold reads it as a place, where a
// mission goes and things happen. Its name is quoted, or a word and the craft's number (嫦娥|六号, 神舟|十七号).
const CRAFTS = ['宇宙飞船', '飞船', '探测器', '空间站', '火星车', '月球车', '航天飞机', '着陆器', '巡视器', '轨道器'];
const NAMED_CRAFT = new RegExp(
  `(?:“[^“”\\n]{1,8}”|‘[^‘’\\n]{1,8}’|[\\u4e00-\\u9fff]{2}(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}))号(?:${CRAFTS.join('|')})`,
  'g',
);
// Every such name ends with 号 and a craft, and is at most a quoted name of eight, its marks, 号 and the longest craft.
const NUMBERED_CRAFTS = wordIndex(CRAFTS.map((c) => `号${c}`));
const LONGEST_NAME = 10 + 1 + Math.max(...CRAFTS.map((c) => c.length));

/** Spacecraft named with 号, where the name opens a word of its own (no longer word runs into it). */
export function findSpacecraft(ctx: EntityContext): EntityCandidate[] {
  const { folded, seg, text } = ctx;
  const out: EntityCandidate[] = [];
  // Tried only before the few places a numbered craft is written, not at every character of the report.
  for (const m of matchesEndingAt(folded, NAMED_CRAFT, endsOf(folded, NUMBERED_CRAFTS), LONGEST_NAME)) {
    const start = m.index;
    const quoted = /[“‘]/.test(folded[start]!);
    if (!quoted && !seg.boundaries.has(start)) continue;
    out.push(placeCandidate(text, start, start + m[0].length, 'feature', 0.75, 'spacecraft'));
  }
  return out;
}
