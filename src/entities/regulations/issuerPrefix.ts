import { memoize } from '../../util/memo.ts';
import { inOuterRegion, loadGazetteer, type Gazetteer } from '../places/gazetteer.ts';
import { bundledTable } from '../../util/bundledTables.ts';

// A document issued by a place is cited without the place in running text (东莞市基层正风反腐…方案 → 基层正风反腐…方案).
// The gazetteer gives every province, city and county name; their short forms (东莞 for 东莞市) are cited too.
const SUFFIX = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|新区|地区|省|市|县|区|盟|旗)$/;
const GENERIC = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** The names of the mainland's provinces, cities and counties, and their short forms, each once. */
export function issuerPlaceNames(gaz: Gazetteer): string[] {
  const names = new Set<string>();
  for (const d of gaz.placesOfLevels(['province', 'city', 'county'])) {
    if (GENERIC.has(d.name) || inOuterRegion(d)) continue;
    names.add(d.name);
    const short = d.name.replace(SUFFIX, '');
    if (short.length >= 2 && short !== d.name) names.add(short);
  }
  return [...names];
}

/** Name of issuerPlaceNames' table beside the bundle. */
export const ISSUER_PLACE_NAMES = 'issuerPlaceNames';

interface IssuerNames {
  names: Set<string>;
  longest: number;
}

let issuerNames: IssuerNames | undefined;

// As written beside the bundle (src/util/bundledTables.ts) or made here: listing the gazetteer's provinces, cities and
// counties made their ~3,200 place records in the first report that cites a title.
function issuers(): IssuerNames {
  if (issuerNames) return issuerNames;
  const names = bundledTable<string[]>(ISSUER_PLACE_NAMES) ?? issuerPlaceNames(loadGazetteer());
  let longest = 0;
  for (const n of names) longest = Math.max(longest, n.length);
  issuerNames = { names: new Set(names), longest };
  return issuerNames;
}

// The party and the state name themselves at the head of their rules (中国共产党纪律处分条例 is cited as 纪律处分条例).
const PARTY = ['中共', '中国共产党', ''];
const BODY = ['委员会', '人民政府', '市委', '省委', '县委', '区委', '委', '政府', '办公室', '办公厅'];
const SELF = ['中国共产党', '中华人民共和国'];

/**
 * Length of the issuer a title starts with: 中共东莞市委 / 东莞市人民政府 / 广东省 / 东莞 …, the longest place name after
 * an optional 中共 or 中国共产党, then the first body that follows; else 中国共产党 or 中华人民共和国; 0 for none.
 * Set lookups by length, not one pattern of every place name: a pattern of thousands of alternatives tries them one by one.
 */
function issuerLength(title: string): number {
  const { names, longest } = issuers();
  for (const party of PARTY) {
    if (!title.startsWith(party)) continue;
    const at = party.length;
    for (let len = Math.min(longest, title.length - at); len >= 1; len--) {
      if (!names.has(title.slice(at, at + len))) continue;
      const end = at + len;
      const body = BODY.find((b) => title.startsWith(b, end));
      return end + (body?.length ?? 0);
    }
  }
  return SELF.find((s) => title.startsWith(s))?.length ?? 0;
}

/** The title without the place (and issuing body) it starts with, or the title itself when it starts with none. */
export const stripIssuerPrefix = memoize((title: string): string => {
  // Once per distinct title: the lookup slices the title at every length up to the longest place name.
  const n = issuerLength(title);
  return n > 0 ? title.slice(n) : title;
});

/** The title without a trailing period or status in brackets: (2018-2020年), (试行), (2018年修订). */
export function stripTrailingNote(title: string): string {
  return title.replace(/[(（][^()（）]{1,16}[)）]$/, '');
}
