import { cityOf, provinceOf, type Gazetteer, type GazPlace } from './gazetteer.ts';
import type { GazMatch } from './matchGazetteer.ts';
import type { Span } from '../../types.ts';

/** Where a report comes from: the body that issues it sits here, and its short forms (市委, 省委, 县委) refer to it. */
export interface HomePlace {
  /** The inspected or issuing place itself (东莞市, 徐汇区, 新昌县), when the text names one. */
  place?: GazPlace;
  province?: GazPlace;
  city?: GazPlace;
  /** The county or district, when the report is a county's or district's. */
  county?: GazPlace;
  /** The report names no subject or issuer and spreads over many provinces (a national report): 省政府 is any province's. */
  national?: boolean;
  /** The place is only mentioned once in passing, neither subject nor issuer (a news story's 在北京闭幕). */
  weak?: boolean;
}

// How these reports name their subject: "省委第二巡视组对东莞市进行了巡视", "向东莞市委反馈", the signature "中共东莞市委".
const SUBJECT_PATTERNS = [/对$/, /向$/, /中共$/];
const SUBJECT_FOLLOWERS = /^(进行|开展|实施|委|反馈|的巡视)/;
const TRAVEL_BEFORE = /(赴|前往)$/;

/**
 * Infers the report's home place from the gazetteer names it uses: the place the inspection was of (对X进行了巡视),
 * the issuer (中共X委, X委), else the most-mentioned city or county. Towns and short names only add weight to their city.
 */
export function inferHomePlace(folded: string, matches: GazMatch[], gaz: Gazetteer, titles: readonly Span[]): HomePlace {
  const score = new Map<GazPlace, number>();
  let strong = false;
  const bump = (p: GazPlace, w: number) => score.set(p, (score.get(p) ?? 0) + w);
  // A document's title names its own issuer or subject (a county's report cites 《浙江省河长制规定》), not the report's.
  // Titles (the text inside the marks) come sorted by start, an outer title before the titles nested in it.
  let title = 0;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    while (title < titles.length && titles[title]!.end <= m.start) title++;
    if (title < titles.length && titles[title]!.start <= m.start) continue;
    // A name right after its city (杭州市西湖区) is the one in that city.
    const prev = matches[i - 1];
    const parent = prev && prev.end === m.start && prev.places.length === 1 ? prev.places[0]! : undefined;
    const places = parent ? m.places.filter((p) => p.path.includes(parent.name)) : m.places;
    // Ambiguous names (沙田镇 in nine counties) say nothing about where the report is from.
    if (places.length !== 1) continue;
    const place = places[0]!;
    // In a run of names (杭州市西湖区) the last is the subject; the words before the run say so.
    let runStart = m.start;
    for (let k = i - 1; k >= 0 && matches[k]!.end === runStart; k--) runStart = matches[k]!.start;
    const before = folded.slice(Math.max(0, runStart - 2), runStart);
    const after = folded.slice(m.end, m.end + 4);
    const subject = SUBJECT_PATTERNS.some((re) => re.test(before)) && SUBJECT_FOLLOWERS.test(after);
    // 赴江苏省昆山市学习考察: where the body went is elsewhere.
    if (TRAVEL_BEFORE.test(before)) continue;
    // An autonomous region issues as 自治区党委 (its 区委 would be a district's).
    const issuer = /^(委|人民政府)/.test(after) || (place.name.endsWith('自治区') && after.startsWith('党委'));
    const weight = subject ? 10 : issuer ? 5 : 1;
    if (weight > 1) strong = true;
    if (place.level === 'city' || place.level === 'county') bump(place, weight);
    else if (place.level === 'town') {
      // Towns vote for their county (a county's report names its towns) and, less, for their city.
      const parent = gaz.byCode.get(place.code.slice(0, 6));
      const county = parent?.level === 'county' ? parent : undefined;
      if (county) bump(county, 0.5);
      const city = cityOf(gaz, place);
      if (city && city.level === 'city') bump(city, county ? 0.3 : 0.5);
    } else if (place.level === 'province') bump(place, weight > 1 ? weight : weight * 0.5);
  }
  // A report that names no subject or issuer and spreads its mentions over many provinces (a national report) has no home:
  // its 省政府 is every province's.
  if (!strong && spreadOverProvinces(score)) return { national: true };
  let best: GazPlace | undefined;
  let bestScore = 0;
  for (const [p, s] of score) {
    if (s > bestScore || (s === bestScore && best && rank(p) > rank(best))) {
      best = p;
      bestScore = s;
    }
  }
  if (!best) return {};
  // One passing mention (北京 in 会议在北京闭幕) is all that makes the place the text's own: its bare 区委 or 县委 is then
  // named as written, not dropped as any of that place's districts'.
  const weak = !strong && bestScore < 2 ? { weak: true } : {};
  const province = provinceOf(gaz, best);
  if (best.level === 'province') return { place: best, province, city: province.name.endsWith('市') ? province : undefined, ...weak };
  const city = cityOf(gaz, best);
  return { place: best, province, city, county: best.level === 'county' ? best : undefined, ...weak };
}

const rank = (p: GazPlace) => (p.level === 'county' ? 3 : p.level === 'city' ? 2 : 1);

/**
 * The report's own county or city by its everyday short name (涪城 for 涪城区, 平遥 for 平遥县), which the gazetteer does not
 * list: short county names repeat across China, but the report's own is the one it means.
 */
export function homeShortName(home: HomePlace): { short: string; place: GazPlace } | undefined {
  const own = home.county ?? home.city;
  return own && /^[\u4e00-\u9fff]{2,}[县市区]$/.test(own.name) ? { short: own.name.slice(0, -1), place: own } : undefined;
}

/** Among places sharing a name, the one in the home city, else in the home province, else the only one. */
export function resolvePlace(places: GazPlace[], home: HomePlace): GazPlace | undefined {
  if (places.length === 1) return places[0];
  const inCity = home.city ? places.filter((p) => p.cityCode === home.city!.cityCode || p.code === home.city!.code) : [];
  if (inCity.length === 1) return inCity[0];
  const inProvince = home.province ? places.filter((p) => p.provinceCode === home.province!.code) : [];
  if (inProvince.length === 1) return inProvince[0];
  // A province or city outranks a county or town of the same name (吉林 is the province).
  const top = places.filter((p) => p.level === 'province' || p.level === 'city');
  if (top.length === 1) return top[0];
  return undefined;
}

/** No province holds half of the votes, among at least three provinces. */
function spreadOverProvinces(score: Map<GazPlace, number>): boolean {
  const byProvince = new Map<string, number>();
  let total = 0;
  for (const [p, s] of score) {
    byProvince.set(p.provinceCode, (byProvince.get(p.provinceCode) ?? 0) + s);
    total += s;
  }
  return byProvince.size >= 3 && Math.max(...byProvince.values()) < total / 2;
}
