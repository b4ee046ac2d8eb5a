import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import {
  CEDICT_FEATURES,
  CEDICT_FEATURES_ALSO_WORDS,
  CEDICT_FOREIGN_PLACES,
  CEDICT_HMT_PLACES,
  CEDICT_SIGHTS,
} from '../data/cedictPlaces.ts';
import { placeCandidate } from './placeCandidate.ts';
import { tokenHas, tokensWith, wordFlag } from '../wordTable.ts';
import { tagOf } from '../segment.ts';
import { FEATURE_GENERIC_CHARS } from './placeStems.ts';
import { isAbroad } from '../world/worldNames.ts';
import { inOuterRegion, loadGazetteer } from './gazetteer.ts';
import { isListJoiner } from '../../text/listJoiners.ts';
import { NAME_WORD_TAGS } from './stemWords.ts';

const SOURCE = 'glossed-places';
const FEATURES = new Set(CEDICT_FEATURES);
// Divisions and areas of Hong Kong, Macao and Taiwan, which China's gazetteer holds whole but does not divide: read as
// the foreign ones are.
const HMT = new Set(CEDICT_HMT_PLACES);
const FOREIGN = new Set([...CEDICT_FOREIGN_PLACES, ...HMT]);
// 红海 'Red Sea', also 'a crowded market': a place only where jieba reads a place word.
const ALSO_WORDS = new Set(CEDICT_FEATURES_ALSO_WORDS);
// Sights CC-CEDICT names (拙政园 'Humble Administrator's Garden', 大雁塔 'Giant Wild Goose Pagoda'): proper nouns in
// every reading, so a place whatever jieba tags them (拙政园/n).
const SIGHTS = new Set(CEDICT_SIGHTS);
// 黄大仙: a district of Hong Kong or Macao by its name without 区 (黄大仙区), which CC-CEDICT may not gloss (it names the
// deity), is read as CC-CEDICT's areas are; two-character ones (东区) stay words.
const outerDistrictStem = (w: string) => w.length >= 3 && !!loadGazetteer().byName.get(`${w}区`)?.some(inOuterRegion);
const HMT_WORD = wordFlag((w) => HMT.has(w) || outerDistrictStem(w));
const GLOSSED = wordFlag((w) => FEATURES.has(w) || FOREIGN.has(w) || ALSO_WORDS.has(w) || SIGHTS.has(w) || outerDistrictStem(w));
// A transliteration of two characters is often a person's name or a syllable of a longer one (阿伦, 帕斯): only where jieba
// reads a place.
const MIN_FOREIGN = 3;
const OUTER_REGIONS = /^(香港|澳门|台湾|香港特区|澳门特区|台湾地区)$/;
const OPENING_QUOTE = /[“「『"]/;
const CLOSING_QUOTE = /[”」』"]/;
// Tags of the words of the language (not x, jieba's tag of what it does not know).
const COMMON_WORD = /^(n|v|vn|a|ad|an|d|p|c|u|r|m|q|f|t|l|i)/;

// Words for the waters and lands around a place, written after its name (红海|航道, 天池|景区).
// So is the situation there (红海|局势), which a crowded market has none of.
const AROUND_PLACE = /^(海域|水域|航道|沿岸|两岸|沿线|地区|一带|附近|周边|景区|海岸|岸边|局势)$/;
// Above an untitled name's (people/untitledNames.ts), below a titled one's.
const FEATURE_SCORE = 0.73;

const STREET_WORD = /^[东西南北中]?(路|大道|大街|街|巷)$/;
const afterMainlandPlace = (ctx: EntityContext, at: number) =>
  ctx.gazMatches.some((m) => m.end === at && m.places.every((p) => !inOuterRegion(p)));

/**
 * 袭击红海|和|亚丁湾, 红海|航道: a word that is also one of the language is the place where it is listed with another
 * place word or the waters and lands around it are written after it (not 跳出红海, a crowded market).
 */
function readAsPlace(seg: EntityContext['seg'], k: number): boolean {
  const { tokens } = seg;
  const next = tokens[k + 1];
  if (next && AROUND_PLACE.test(next.word)) return true;
  const listedAfter = !!next && isListJoiner(next.word) && (placeWord(seg, k + 2) || namedWaterAt(tokens, k + 2));
  const listedBefore = isListJoiner(tokens[k - 1]?.word ?? '') && placeWord(seg, k - 2);
  return listedAfter || listedBefore;
}

/** A place word jieba tags so, or an area of Hong Kong, Macao or Taiwan whatever it tags it (观塘/x、黄大仙/nr). */
const placeWord = (seg: EntityContext['seg'], k: number) =>
  k >= 0 && k < seg.tokens.length && (seg.tokens[k]!.tag === 'ns' || tokenHas(seg, k, HMT_WORD));

// The class words of a strait, a gulf or a sea that jieba reads as a place word of their own (曼德/x|海峡/ns).
const WATER_CLASS = /^(海峡|海湾|湾|海)$/;

/** 红海|和|曼德/x|海峡/ns: a name jieba does not know before the class word of a water, which it cut off as a place word. */
function namedWaterAt(tokens: EntityContext['seg']['tokens'], k: number): boolean {
  const name = tokens[k];
  const cls = tokens[k + 1];
  return name?.tag === 'x' && name.word.length >= 2 && cls?.start === name.end && cls.tag === 'ns' && WATER_CLASS.test(cls.word);
}

/**
 * Lakes, mountains, ranges, rivers, seas, straits, islands and deserts that CC-CEDICT names (洱海 'Erhai Lake', 秦岭
 * 'Qinling Mountain Range', 黑海 'Black Sea') and divisions and cities of other countries it glosses so (夏威夷 'Hawaii, US
 * state', 敖德萨 'Odessa (city in Ukraine)'), where jieba reads the name as one word and takes it for a name. A foreign
 * region written with 地区 after it (威尔士地区) is the place under its bare name, as the world's regions are (亚洲地区);
 * a lake's or river's 地区 is the land around it (鄱阳湖地区), not the lake.
 * China's divisions are the gazetteer's: where it reads the same span, its reading wins (a higher score).
 */
export function findGlossedPlaces(ctx: EntityContext): EntityCandidate[] {
  const { seg, text, folded } = ctx;
  const out: EntityCandidate[] = [];
  const glossed = tokensWith(seg, GLOSSED);
  for (let n = 0; n < glossed.length; n++) {
    const k = glossed[n]!;
    const t = seg.tokens[k]!;
    if (SIGHTS.has(t.word)) {
      out.push(placeCandidate(text, t.start, t.end, 'feature', FEATURE_SCORE, SOURCE));
      continue;
    }
    // 印度|北方邦/nt: a division abroad jieba tags as a body, after the country it lies in.
    const afterCountry = t.tag === 'nt' && FOREIGN.has(t.word) && isAbroad(seg.tokens[k - 1]?.word ?? '');
    // 尖沙咀、旺角/n|和: an area of Hong Kong, Macao or Taiwan listed with a place word is that area, whatever jieba tags it.
    const listedArea = HMT.has(t.word) && !NAME_WORD_TAGS.test(t.tag) && readAsPlace(seg, k);
    // 台湾|花莲/nr, 观塘/x、黄大仙/nr: an area of two characters jieba takes for a name is the area right after its region
    // or listed with a place word (not a person's name of two characters elsewhere).
    const areaOfRegion = tokenHas(seg, k, HMT_WORD) && (OUTER_REGIONS.test(seg.tokens[k - 1]?.word ?? '') || readAsPlace(seg, k));
    // A district's stem CC-CEDICT does not gloss (黄大仙 of 黄大仙祠, the deity's temple) only as an area.
    if (!FOREIGN.has(t.word) && !FEATURES.has(t.word) && !ALSO_WORDS.has(t.word) && !areaOfRegion) continue;
    // A word jieba tags as a common noun or a verb is used as one here (湖区 'the lake area', not England's Lake District).
    if (!NAME_WORD_TAGS.test(t.tag) && !afterCountry && !listedArea) continue;
    // 天台 is a county's short name too: the gazetteer reads it, and a rooftop is no place.
    const alsoWord = ALSO_WORDS.has(t.word) && !FEATURES.has(t.word);
    if (alsoWord && (t.tag !== 'ns' || ctx.gaz.shortCounties.has(t.word) || ctx.gaz.byName.has(t.word) || !readAsPlace(seg, k))) continue;
    // 嘉兴市南湖区|中环/ns|东路: an area's name of Hong Kong or Taiwan after a mainland place, or opening a street's name,
    // is a local name there (a ring road), not the area.
    if (HMT.has(t.word) && (STREET_WORD.test(seg.tokens[k + 1]?.word ?? '') || afterMainlandPlace(ctx, t.start))) continue;
    const feature = FEATURES.has(t.word) || alsoWord;
    // 湖区, 港岛: a water's generic character and one more make a common word as often (the lake area) as a name.
    if (feature && t.word.length === 2 && FEATURE_GENERIC_CHARS.has(t.word[0]!)) continue;
    if (!feature && t.word.length < MIN_FOREIGN && t.tag !== 'ns' && !listedArea && !areaOfRegion) continue;
    // 大湖, 内湖: a township of Taiwan named by a size or a side and a water is that water in general as often (大江大河大湖).
    if (!feature && t.word.length === 2 && HMT.has(t.word) && [...t.word].every((c) => FEATURE_GENERIC_CHARS.has(c))) continue;
    // 工业|中原/ns|有的: a name of two characters whose last one makes a word with the next (原有) is jieba's misreading.
    // 黑海/ns|港口: a water's name ending in its class character keeps it, where jieba read a word of its own after it (港口),
    // not the word that character makes with the next (海港).
    const next = seg.tokens[k + 1];
    const waterBeforeWord = feature && FEATURE_GENERIC_CHARS.has(t.word[1]!) && next?.start === t.end && next.word.length >= 2;
    if (t.word.length === 2 && !waterBeforeWord && COMMON_WORD.test(tagOf(folded.slice(t.end - 1, t.end + 1)))) continue;
    // “中原友谊奖”: a name opening a quotation that goes on past it names the award or drive quoted, not the place.
    if (OPENING_QUOTE.test(folded[t.start - 1] ?? '') && !CLOSING_QUOTE.test(folded[t.end] ?? '')) continue;
    if (!feature && next?.start === t.end && next.word === '地区') {
      out.push({ ...placeCandidate(text, t.start, next.end, 'city', 0.72, SOURCE), canonical: folded.slice(t.start, t.end) });
      continue;
    }
    // 西爪哇/nrt|省: a division abroad written with its level word after it is named with it.
    const level = !feature && next?.start === t.end && /^[省州邦]$/.test(next.word) ? 1 : 0;
    // A water or mountain CC-CEDICT names outweighs a person's name jieba guessed without a title (钱塘江/nr|口).
    out.push(placeCandidate(text, t.start, t.end + level, feature ? 'feature' : 'city', feature ? FEATURE_SCORE : 0.7, SOURCE));
  }
  return out;
}
