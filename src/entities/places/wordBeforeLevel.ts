import type { GazMatch } from './matchGazetteer.ts';
import type { HomePlace } from './homePlace.ts';
import { tagOf } from '../segment.ts';
import { DEPARTMENT_SUFFIXES } from '../organizations/orgNames.ts';

// What a body of a level reads like right after its level word: 县纪委监委, 县委, 县政府, 县市场监管局, 县第二人民医院.
const BODY_AFTER_LEVEL = new RegExp(
  `^(纪委|监委|委|政府|人民政府|人大|政协|[\\u4e00-\\u9fff]{0,8}?(${DEPARTMENT_SUFFIXES.join('|')}|医院))`,
);

/**
 * 会同|县市场监管局, 会同|县纪委监委: a county whose name without its level word is a word of the language (会同 'together
 * with' is also a county of Hunan) is that word and a level word when the county lies outside the report's province, no
 * place is written before it, and a body of that level follows: the report means its own county's body. Returns the
 * gazetteer matches that stay places, and where such level words stand.
 */
export function wordsBeforeLevels(folded: string, matches: GazMatch[], home: HomePlace): { matches: GazMatch[]; levels: Set<number> } {
  const levels = new Set<number>();
  const province = home.province;
  if (!province) return { matches, levels };
  const ends = new Set(matches.map((m) => m.end));
  const kept = matches.filter((m) => {
    const level = m.name.at(-1)!;
    if (!/[县区市]/.test(level) || m.name.length < 3 || ends.has(m.start)) return true;
    if (!m.places.every((p) => p.level === 'county' && p.provinceCode !== province.code)) return true;
    // The report's own level: a county's report writes 县…, a city's 市….
    const own = home.county ?? home.city;
    if (!own?.name.endsWith(level)) return true;
    if (!BODY_AFTER_LEVEL.test(folded.slice(m.end, m.end + 10))) return true;
    if (tagOf(m.name.slice(0, -1)) === 'x') return true;
    levels.add(m.end - 1);
    return false;
  });
  return { matches: kept, levels };
}

// The last character of a body's name (县应急管理局, 市委, 县人民政府, 市消防救援支队, 城东污水处理厂).
const BODY_END = /[局厅委院队办部会所站府心厂]$/;

/**
 * 县应急管理局|会同|县消防救援大队: a county whose name without its level word is a word of the language (会同 'together
 * with') is that word and a level word where a body's name ends right before it and a body of that level follows: one
 * body acting with another. Read before the home place is inferred, so that such a county never becomes the report's home.
 */
export function wordsAfterBodies(folded: string, matches: GazMatch[]): { matches: GazMatch[]; levels: Set<number> } {
  const levels = new Set<number>();
  const kept = matches.filter((m) => {
    if (m.name.length !== 3 || !/[县区市]$/.test(m.name) || !BODY_END.test(folded.slice(Math.max(0, m.start - 1), m.start))) return true;
    if (!m.places.every((p) => p.level === 'county')) return true;
    if (!BODY_AFTER_LEVEL.test(folded.slice(m.end, m.end + 10))) return true;
    if (/^(x|ns|nr|nrt)$/.test(tagOf(m.name.slice(0, -1)))) return true;
    levels.add(m.end - 1);
    return false;
  });
  return { matches: kept, levels };
}
