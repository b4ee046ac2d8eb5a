import type { EntityContext } from '../context.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { wordsClosingOn } from '../wordsByCharacter.ts';

// A level's own works, written with the level's character alone before the kind of works as jieba knows it (县|水泥厂,
// 镇|农机厂, 市|造纸厂): the one works of that county, town or city the text speaks of, a body as the news gold reads it.
// A works' word is a noun of jieba's ending in 厂; the level a character standing alone.
const LEVEL = /^[省市县区乡镇]$/;
const WORKS = /^[\u4e00-\u9fff]{2,3}厂$/;
// Before the level, a word that makes it every one or another's (各县|水泥厂, 外县, 邻县): no one works is named.
const NOT_ONE = /[各每全外邻该本两几多诸]$/;
const WORKS_LAST = new CodeSet('厂');

/** 县水泥厂, 镇农机厂: a level's works by the level's character and the works' word. */
export function levelWorks(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  // Only the words that close on 厂, not every word of the report.
  for (const k of wordsClosingOn(seg, folded, WORKS_LAST)) {
    const t = seg.tokens[k]!;
    if (k < 1 || t.tag !== 'n' || !WORKS.test(t.word)) continue;
    const level = seg.tokens[k - 1]!;
    if (level.end !== t.start || !LEVEL.test(level.word) || NOT_ONE.test(folded[level.start - 1] ?? '')) continue;
    // 郊县|水泥厂 as the level's word inside another (本县/r is one word, 城区/n): the level stands alone.
    const before = seg.tokens[k - 2];
    if (before && before.end === level.start && isHan(before.word) && before.tag === 'x') continue;
    addNamedBody(out, cover, folded, level.start, t.end, 0.7);
  }
  return out;
}
