import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { placeCandidate } from './placeCandidate.ts';

// The Xinjiang Production and Construction Corps governs its land by divisions and regiments; a regiment stands as a place
// beside the towns (一四三团, 兵团第四师六十七团), while a division is the Corps' body that runs it with its city (第八师
// 石河子市, 师市合一), which the organizations read. A regiment is its number and 团: three Chinese digits read one by one
// (一四三团, 一〇三团), a shape no count takes, are one wherever they stand; a number read as a number (六十七团, 十团) or in
// Arabic digits (143团) only right after its division (第四师|六十七团) or the division's city (第一师|阿拉尔市|十团): alone
// it counts tour groups as often.

const SOURCE = 'corps-units';
const DIGITS_READ_ONE_BY_ONE = /[一二三四五六七八九〇零]{3}团/g;
const DIVISION_NUMBER = /第[一二三四五六七八九十]{1,3}$/;
const REGIMENT_AFTER_DIVISION = /^(?:[〇零一二三四五六七八九十百]{1,5}|[0-9０-９]{2,3})团/;
// What may follow 团 and make another word of it (团结, 团队, 团体): 团 then belongs to that word.
const NOT_AFTER_REGIMENT = /^[结队体伙购聚圆拜]/;
// What may follow 师 and make another word of it (师范, 师傅, 师生): 第一师范 is a normal school.
const NOT_AFTER_DIVISION = /^[范傅生资徒兄姐弟]/;
const NUMERAL = /[〇零一二三四五六七八九十百千万两0-9０-９]/;

/** The Corps' regiments a report names (一四三团, 六十七团 after 第四师). */
export function findCorpsRegiments(ctx: EntityContext): EntityCandidate[] {
  const { folded, text } = ctx;
  const out: EntityCandidate[] = [];
  const taken = new Set<number>();
  const push = (start: number, end: number) => {
    if (taken.has(start) || NOT_AFTER_REGIMENT.test(folded[end] ?? '')) return;
    taken.add(start);
    out.push(placeCandidate(text, start, end, 'county', 0.7, SOURCE));
  };
  for (const m of folded.matchAll(DIGITS_READ_ONE_BY_ONE))
    if (!NUMERAL.test(folded[m.index - 1] ?? '')) push(m.index, m.index + m[0].length);
  const cityAt = new Map<number, number>();
  for (const m of ctx.gazMatches) if (m.places.some((p) => p.level === 'city' || p.level === 'county')) cityAt.set(m.start, m.end);
  for (let at = folded.indexOf('师'); at >= 0; at = folded.indexOf('师', at + 1)) {
    if (!DIVISION_NUMBER.test(folded.slice(Math.max(0, at - 4), at)) || NOT_AFTER_DIVISION.test(folded[at + 1] ?? '')) continue;
    const from = cityAt.get(at + 1) ?? at + 1;
    const regiment = REGIMENT_AFTER_DIVISION.exec(folded.slice(from, from + 7));
    if (regiment) push(from, from + regiment[0].length);
  }
  return out;
}
