import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { placeCandidate } from './placeCandidate.ts';
import { worldNames } from '../world/worldNames.ts';
import { isHan } from '../../text/han.ts';

// Zones, parks and bases named the official way, with the place they lie in bracketed after the name of the country,
// partnership or body that runs them: 中国（上海）自由贸易试验区 (and its 临港新片区), 中哈（连云港）物流合作基地,
// 上合组织（连云港）国际物流园. The bracketed place and the opening name are part of the zone's name.
const ZONE =
  /[（(]([\u4e00-\u9fff]{2,8})[）)]([\u4e00-\u9fff]{0,10}?(?:自由贸易试验区|自由贸易区|自贸试验区|综合保税区|保税区|物流园区|物流园|产业园区|产业园|工业园区|工业园|科技园|合作区|合作基地|示范区|试验区|开发区))([\u4e00-\u9fff]{1,4}新?片区)?/g;
// The opening name: a country or a body the world data knows (中国, 上合组织), or a short name of partners (中哈, 中俄).
const PARTNERS = /^中[\u4e00-\u9fff]$/;
const MAX_OPENING = 6;
const SCORE = 0.8;

/** Zones named 'X（place）…区/园/基地', the bracketed place a gazetteer place or a country. */
export function findBracketedZones(ctx: EntityContext): EntityCandidate[] {
  const { folded, text, gazMatches } = ctx;
  const out: EntityCandidate[] = [];
  for (const m of folded.matchAll(ZONE)) {
    const open = m.index!;
    const inside = m[1]!;
    const placeInside = gazMatches.some((g) => g.start === open + 1 && g.end === open + 1 + inside.length) || worldNames().has(inside);
    if (!placeInside) continue;
    const start = openingName(folded, open);
    if (start === undefined) continue;
    out.push(placeCandidate(text, start, open + m[0].length, 'zone', SCORE, 'places'));
  }
  return out;
}

/** Where the name written right before the bracket starts: the longest known name or partners' short name ending there. */
function openingName(folded: string, open: number): number | undefined {
  for (let start = Math.max(0, open - MAX_OPENING); start <= open - 2; start++) {
    const name = folded.slice(start, open);
    if (!isHan(name)) continue;
    if (worldNames().has(name) || PARTNERS.test(name)) return start;
  }
  return undefined;
}
