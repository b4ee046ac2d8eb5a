import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { placeCandidate } from './placeCandidate.ts';

// The provinces of the two Koreas are 道, named by two characters and a side (庆尚北道, 全罗南道, 江原道); the capital and
// the self-governing provinces carry a style (首尔特别市, 济州特别自治道), the metropolitan cities theirs (釜山广域市).
// jieba cuts them any way (庆尚/n|北道, 全罗/nz|南/ns|道木/n|浦市/x, 济州/ns|特别/d|自治/v|道/q): read on the characters.
const DIVISION = /[\u4e00-\u9fff]{2}(?:特别自治道|特别市|广域市|[南北]?道)/g;
// A city or county of the province written right after it (全罗南道|木浦市, 江原道|江陵市).
const CITY_AFTER = /^[\u4e00-\u9fff]{2,3}?[市郡](?![场民长区委政])/;
// The country, a list's joiner, a preposition or a clause's opening before the province: where its name may open.
const OPENS_AFTER = /(韩国|朝鲜|[、，,；;和与及同在赴到至从（(])$/;
const KOREA = /韩国|朝鲜|大韩民国|北韩|南韩/;
// A function word is no part of a city's stem (江原道|的城市).
const NOT_IN_STEM = /[的和与及在等各个]/;
const CLAUSE_END = /[。！？!?\n]/;

/**
 * Provinces of Korea written in a sentence that names Korea, and the city written right after one. The stem must be one
 * word or open one (全罗|南|…, 江原道; not 和|渠道) and follow the country's name, a list's joiner or a preposition.
 */
export function findKoreanDivisions(ctx: EntityContext): EntityCandidate[] {
  const { folded, text, seg } = ctx;
  const out: EntityCandidate[] = [];
  if (!KOREA.test(folded)) return out;
  for (const m of folded.matchAll(DIVISION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!seg.boundaries.has(start) || seg.boundaries.has(start + 1) || !OPENS_AFTER.test(folded.slice(Math.max(0, start - 2), start)))
      continue;
    if (!KOREA.test(sentenceBefore(folded, start))) continue;
    if (ctx.gaz.byName.has(m[0]) || /^([各每该本]|全[国省市县区])/.test(m[0])) continue;
    out.push(placeCandidate(text, start, end, 'city', 0.7, 'foreign-divisions'));
    const city = CITY_AFTER.exec(folded.slice(end, end + 5));
    if (city && !NOT_IN_STEM.test(city[0]) && seg.boundaries.has(end + city[0].length))
      out.push(placeCandidate(text, end, end + city[0].length, 'city', 0.7, 'foreign-divisions'));
  }
  return out;
}

/** The sentence's text before `at`. */
function sentenceBefore(folded: string, at: number): string {
  let s = at;
  while (s > 0 && !CLAUSE_END.test(folded[s - 1]!)) s--;
  return folded.slice(s, at);
}
