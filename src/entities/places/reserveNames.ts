import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';

// Characters that never stand in a ground's name: function words, numbers, classifiers.
export const NOT_IN_NAME = new Set([...'的了在和与及或等各全本该其此这那每某第一二三四五六七八九十两几百千万座个处条对把被将向从为由于至']);
// A division written with its level word (布尔津县, 湖北省): where a ground lies, not part of its name.
export const LEVEL_WRITTEN = /(?:[省市县区旗州盟镇乡]|地区|街道)$/;

// The classes of nature reserves.
export const RESERVES = new Set(['国家级自然保护区', '省级自然保护区', '自然保护区']);
// The pieces of a reserve's name: nouns, names, place words, words jieba did not know, one character it left (辽河|口).
const RESERVE_PIECE = /^(n|nz|nr|nrt|ns|nt|z|x|j|ng|q|b)$/;
const NAMING_LEVELS = new Set(['province', 'city', 'county', 'feature']);

/**
 * 江苏|盐城|湿地|珍禽|国家级自然保护区, 四川|若尔盖|湿地|国家级自然保护区, 辽宁|辽河|口|国家级自然保护区: a nature reserve is
 * named by its province and city written without their level and by what it protects, a noun of the language; the
 * places open its name (as the State designates them: 福建龙栖山国家级自然保护区). Not a place alone before the class
 * (江苏|自然保护区 is the province's reserves), nor one written with its level (湖北省|…, where the reserve lies).
 * Where the name starts, or undefined.
 */
export function reserveStart(ctx: EntityContext, i: number, placeStarting: Map<number, EntityCandidate>): number | undefined {
  const { tokens } = ctx.seg;
  const clsStart = tokens[i]!.start;
  let start: number | undefined;
  let lastPlaceEnd = -1;
  for (let k = i - 1; k >= 0 && clsStart - tokens[k]!.start <= 12; k--) {
    const t = tokens[k]!;
    const p = placeStarting.get(t.start);
    // A place's own characters may be a numeral's (四川).
    if (p && p.end <= clsStart && NAMING_LEVELS.has(p.place?.level ?? '') && !LEVEL_WRITTEN.test(p.surface)) {
      start = t.start;
      lastPlaceEnd = Math.max(lastPlaceEnd, p.end);
    } else if (!isHan(t.word) || !RESERVE_PIECE.test(t.tag) || [...t.word].some((c) => NOT_IN_NAME.has(c))) break;
  }
  const first = start === undefined ? undefined : placeStarting.get(start);
  return first && first.place?.level !== 'feature' && lastPlaceEnd < clsStart ? start : undefined;
}
