import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { isNameJoin, TRANSLITERATION_CODES } from '../people/transliteration.ts';
import { placeCandidate } from './placeCandidate.ts';
import { CITY_WORDS } from './foreignCities.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { worldNames } from '../world/worldNames.ts';
import { placeNameStarts } from '../world/placeNameStarts.ts';
import { roleOf } from '../spanBoundary.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { idHas, tokensWith, tokensWithAny, wordFlag } from '../wordTable.ts';
import { PLACE_TAGGED } from '../segment.ts';
import { isHan } from '../../text/han.ts';

// Suffixes of administrative divisions as Chinese writes them for other countries (丘布特省, 德克萨斯州, 卡拉奇市,
// 阿尔萨斯大区, Russia's 哈巴罗夫斯克边疆区 and 达吉斯坦共和国; a state's style, 塞尔维亚共和国), longest first, and of a
// port named by its town (比雷埃夫斯港, 汉班托塔港).
const SUFFIXES = ['边疆区', '共和国', '大区', '省', '州', '市', '郡', '港'];
// Most characters start no suffix: their code unit says so before any suffix is tried.
const SUFFIX_FIRST = new CodeSet([...SUFFIXES.map((s) => s[0]!), '镇']);
const MIN_STEM = 2;
const FEATURE_IN_CITY = new Set(['湾', '港']);
const MAX_STEM = 8;
// A foreign name of the gazetteer's own shape hides a Chinese place inside it only after this many characters (南里奥格朗|德州).
const FOREIGN_LEAD = 3;

/**
 * Divisions of other countries: a run of the characters that transliterate foreign names (the tables of 新华通讯社译名室,
 * `people/transliteration.ts`) before a division's suffix (巴达赫尚省, 南里奥格朗德州: the whole state, not 德州 inside it).
 * The words must start and end where it does, and a run that starts on a name of China's gazetteer is left to the
 * gazetteer (阿克苏市, 山东德州市); one that reaches a gazetteer name only after three characters of its own is foreign
 * (南里奥格朗德州). A name joined by middle dots or hyphens is read whole (石勒苏益格-荷尔斯泰因州), and so is a town named so (尼·伯尔切斯库镇, not 切斯库镇).
 */
export function findForeignDivisions(ctx: EntityContext): EntityCandidate[] {
  const { folded, text } = ctx;
  const out: EntityCandidate[] = [];
  const gazetteer = SpanCover.lazy(ctx.folded.length, ctx.gazMatches);
  const places = SUFFIX_FIRST.placesIn(folded);
  for (let n = 0; n < places.length; n++) {
    const i = places[n]!;
    const suffix = suffixAt(folded, i) ?? (folded[i] === '镇' ? '镇' : undefined);
    if (!suffix) continue;
    // 纳尔逊·曼德拉|湾|市: a city named for a bay or a port of a name (Nelson Mandela Bay, Port Elizabeth) holds that word.
    let start = i - (suffix === '市' && FEATURE_IN_CITY.has(folded[i - 1]!) && TRANSLITERATION_CODES.at(folded, i - 2) ? 1 : 0);
    let dotted = false;
    for (;;) {
      const part = start;
      while (start > 0 && part - start < MAX_STEM && TRANSLITERATION_CODES.at(folded, start - 1)) start--;
      if (start < 2 || !TRANSLITERATION_CODES.at(folded, start - 2) || !isNameJoin(folded[start - 1])) break;
      start--;
      dotted = true;
    }
    // 巴西|南里奥格朗德州: the country written before the division is no part of its name.
    start += countryAt(ctx, start, i);
    if (i - start < MIN_STEM || (suffix === '镇' && !dotted)) continue;
    const end = i + suffix.length;
    // The words must bound it: 提高|市场 and 有赖|于市|场 hold no 市, 新泽西州 does not start at 泽.
    if (!ctx.seg.boundaries.has(start) || !ctx.seg.boundaries.has(end)) continue;
    if (gazetteer.any(start, Math.min(end, start + FOREIGN_LEAD))) continue;
    // 塞尔维亚共和国: a state under its style is the country (its name the world data's); a republic of a federation
    // the data does not hold (车臣共和国, 达吉斯坦共和国) is a division of its own.
    const state = suffix === '共和国' ? worldNames().get(folded.slice(start, i)) : undefined;
    if (state?.place?.level === 'country') {
      out.push({ ...placeCandidate(text, start, end, 'country', 0.65, 'foreign-divisions'), canonical: state.canonical });
      continue;
    }
    out.push(placeCandidate(text, start, end, 'city', 0.65, 'foreign-divisions'));
  }
  return out;
}

// After a country's name, Japan's prefectures (神奈川县, 大阪府) and Korea's provinces (京畿道) are divisions too, and so is a
// city (日本|堺|市); 道, 府 and 市 end common words (渠道, 政府, 城市), so they end a division only as a name word
// (京畿道/ns, not 城市/ns) or standing alone after the name.
const AFTER_COUNTRY_SUFFIX = /(大区|省|州|县|郡)$/;
const AFTER_COUNTRY_NAME_SUFFIX = /(府|道|市)$/;
// One-character words that may be a name's whole stem after a country (日本|堺/zg|市): a morpheme or a word jieba does not know.
const ONE_CHARACTER_STEM = /^(zg|ng|x|nr|ns)$/;
// 阿富汗|联合政府/nt: a government, not a prefecture.
const GOVERNMENT = /政府$/;
// Joins the parts of a name (北莱茵-威斯特法伦州).
const NAME_HYPHEN = /^[-‐－–—]$/;
// Words that may stand inside a division's name: names, unknown words, a direction (下|莱茵省, 南|里奥格朗德州).
const NAME_TAGS = /^(ns|nr|nrt|nz|x|f|j)$/;
const MAX_AFTER_COUNTRY = 10;

/**
 * A division written right after its country, however jieba cut it (美国|新泽西州, 巴基斯坦|信德省, 德国|下|莱茵|省,
 * 巴西|南里|奥格朗|德州): the words after another country's name up to the first that ends with a division's suffix are
 * that division's name, even where a name of China's gazetteer hides inside it (德州).
 */
export function findDivisionsAfterCountry(ctx: EntityContext): EntityCandidate[] {
  const { seg, text, folded } = ctx;
  const out: EntityCandidate[] = [];
  const countryStarts = placeNameStarts().country;
  const countries = tokensWith(seg, FOREIGN_COUNTRY);
  for (let n = 0; n < countries.length; n++) {
    const i = countries[n]!;
    if (i + 1 >= seg.tokens.length) break;
    const country = seg.tokens[i]!;
    if (!countryStarts.at(country.word, 0)) continue;
    if (worldNames().get(country.word)?.place?.level !== 'country' || isChina(country.word)) continue;
    let start = country.end;
    // 日本|石川县|轮岛市, 美国|加利福尼亚州|圣迭戈市: a division may be followed by one of its own, read the same way.
    let levels = 0;
    for (let k = i + 1; k < seg.tokens.length; k++) {
      const t = seg.tokens[k]!;
      if (t.end - start > MAX_AFTER_COUNTRY) break;
      // 北|莱茵|-|威斯特法伦|州: a hyphen between two name words.
      if (NAME_HYPHEN.test(t.word) && k > i + 1 && isHan(seg.tokens[k + 1]?.word ?? '')) continue;
      // 日本|静冈县|、|神奈川县|横滨市, 美国|俄亥俄州|和|佐治亚州: a list of the country's divisions goes on after a 、 or
      // a conjunction, each read the same way. Another country after it opens its own (…昆士兰州、新西兰|怀卡托大区), and
      // a place of China's gazetteer is none of this country's.
      if (LIST_JOIN.test(t.word) && levels > 0 && t.start === start && foreignNext(ctx, seg.tokens[k + 1]?.word ?? '')) {
        start = t.end;
        levels = 0;
        continue;
      }
      if (!isHan(t.word)) break;
      // 阿根廷|南部|丘布特省: the part of the country the division lies in is no part of its name.
      if (t.tag === 'f' && t.word.length > 1) {
        start = t.end;
        continue;
      }
      // 德国|北部|港口城市|基尔: a word for a city says the city's name comes next (foreignCities reads it); it is none.
      if (CITY_WORDS.test(t.word)) break;
      // Japan's ministries are 省 (日本|大藏省); its prefectures are 县.
      const division =
        (AFTER_COUNTRY_SUFFIX.test(t.word) && t.end - start >= 3 && !(JAPAN.has(country.word) && t.word.endsWith('省'))) ||
        (AFTER_COUNTRY_NAME_SUFFIX.test(t.word) &&
          (t.word.length === 1
            ? t.start > start
            : (NAME_TAGS.test(t.tag) || t.tag === 'nt') && t.end - 1 - start >= 2 && !GOVERNMENT.test(t.word)));
      if (division) {
        out.push(placeCandidate(text, start, t.end, 'city', 0.65, 'foreign-divisions'));
        // 爱知县|丰田市|、|神奈川县: two levels end a reading, unless the list of divisions goes on.
        if (++levels === 2 && !LIST_JOIN.test(seg.tokens[k + 1]?.word ?? '')) break;
        if (t.tag === 'nt') break;
        start = t.end;
        continue;
      }
      const first = t.start === start;
      const stemCharacter = t.word.length === 1 && first && ONE_CHARACTER_STEM.test(t.tag);
      // 日本|户田/n|市/n, 京畿道|水原/n|市/n: a Japanese or Korean city is named in characters that may make a common noun;
      // right after the country or division and before 市 or 县 standing alone, that noun is the name.
      const beforeLevel = first && /^[市县]$/.test(seg.tokens[k + 1]?.word ?? '') && seg.tokens[k + 1]!.start === t.end;
      const nounStem = beforeLevel && t.tag === 'n' && t.word.length === 2;
      // Below a division, only a name of one word and its level follows (石川县|轮岛市, 京畿道|水原|市), nothing it runs on into.
      if (levels > 0 && !(beforeLevel && (nounStem || NAME_TAGS.test(t.tag)))) break;
      // 法国|新/a|阿基坦|大区, 墨西哥|新/a|莱昂|州: 新 opens a name that translates 'New', as 新泽西 does.
      const newOpening = first && t.word === '新' && NAME_TAGS.test(seg.tokens[k + 1]?.tag ?? '');
      if ((!NAME_TAGS.test(t.tag) && !stemCharacter && !nounStem && !newOpening) || roleOf(t) === 'function') break;
    }
  }
  // 各州, 全省: every division or the whole of one, no name; 全罗南道 is one.
  return out.filter((c) => !/^(各|每|全[省州县市郡道府区])/.test(folded.slice(c.start, c.end)));
}

const JAPAN = new Set(['日本', '日本国']);
const LIST_JOIN = /^(、|和|及|与)$/;
/** The word after a list's join may go on a country's list of divisions: no country, no name of China's gazetteer. */
const foreignNext = (ctx: EntityContext, w: string) => worldNames().get(w)?.place?.level !== 'country' && !ctx.gaz.byName.has(w);
// A country's name other than China's, as a word of its own.
const FOREIGN_COUNTRY = wordFlag((w) => worldNames().get(w)?.place?.level === 'country' && !isChina(w));
// A stem of two or more characters and a division's suffix; in the stem, 自治 or a count makes a kind of division or several
// (自治州, 东北三省).
const DIVISION_WORD = /^([\u4e00-\u9fff]{2,})(大区|省|州|郡)$/;
const KIND_OR_COUNT = /[自治一二三四五六七八九十两几各全]/;

/**
 * 信德省, 新泽西州: one word jieba knows as a place, ending like a division, that China's gazetteer neither holds nor
 * touches; not after Japan, whose ministries are 省.
 */
export function findDivisionWords(ctx: EntityContext): EntityCandidate[] {
  const { seg, text } = ctx;
  const out: EntityCandidate[] = [];
  const gazetteer = SpanCover.lazy(ctx.folded.length, ctx.gazMatches);
  // Only the words jieba may tag as places (the tag is asked again: a flag holds where it is not known yet).
  const placeWords = tokensWith(seg, PLACE_TAGGED);
  for (let n = 0; n < placeWords.length; n++) {
    const i = placeWords[n]!;
    if (i + 1 >= seg.tokens.length) break;
    const t = seg.tokens[i]!;
    if (t.tag !== 'ns') continue;
    const city = cityUnderCounty(ctx, i);
    if (city) out.push(placeCandidate(text, city[0], city[1], 'city', 0.65, 'foreign-divisions'));
    const m = DIVISION_WORD.exec(t.word);
    if (!m || KIND_OR_COUNT.test(m[1]!) || ctx.gaz.byName.has(t.word) || gazetteer.overlaps(t)) continue;
    if (JAPAN.has(seg.tokens[i - 1]?.word ?? '')) continue;
    out.push(placeCandidate(text, t.start, t.end, 'city', 0.65, 'foreign-divisions'));
  }
  return out.filter((c) => !/^(各|每|全)/.test(text.slice(c.start, c.end)));
}

/**
 * 岛根县/ns|松江|市: a 县 the gazetteer does not hold, with a city right after it, is a prefecture abroad (a county of China
 * lies under its city, never above one), and the city is its own, whatever place of China shares the city's stem (松江).
 * The city's span, or undefined.
 */
function cityUnderCounty(ctx: EntityContext, i: number): [number, number] | undefined {
  const [t, name, level] = [ctx.seg.tokens[i]!, ctx.seg.tokens[i + 1], ctx.seg.tokens[i + 2]];
  if (t.word.length < 3 || !t.word.endsWith('县') || ctx.gaz.byName.has(t.word) || !name || !level) return undefined;
  if (name.start !== t.end || name.word.length !== 2 || !isHan(name.word) || level.word !== '市' || level.start !== name.end)
    return undefined;
  return [name.start, level.end];
}

/** The length of another country's name that starts at `start` and ends on a word boundary before `stop`, or 0. */
function countryAt(ctx: EntityContext, start: number, stop: number): number {
  for (let len = Math.min(stop - start - MIN_STEM, 6); len >= 2; len--)
    if (worldNames().get(ctx.folded.slice(start, start + len))?.place?.level === 'country' && ctx.seg.boundaries.has(start + len))
      return len;
  return 0;
}

const isChina = (name: string) => worldNames().get(name)?.canonical === '中国';

/** The division suffix starting at `at`, longest first. */
function suffixAt(folded: string, at: number): string | undefined {
  for (let k = 0; k < SUFFIXES.length; k++) if (folded.startsWith(SUFFIXES[k]!, at)) return SUFFIXES[k];
  return undefined;
}

/**
 * Japan's two urban prefectures written by their city's name and 府 (京都府/nt, 大阪|府): the prefecture, not the city
 * (a country's name before them is read by `findDivisionsAfterCountry`; these stand alone too, 日本大阪府和京都府).
 */
export function findCityPrefectures(ctx: EntityContext): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const { tokens, ids } = ctx.seg;
  const prefectures = tokensWithAny(ctx.seg, PREFECTURE_WHOLE, PREFECTURE_CITY);
  for (let n = 0; n < prefectures.length; n++) {
    const i = prefectures[n]!;
    const t = tokens[i]!;
    if (idHas(ids[i]!, PREFECTURE_WHOLE)) out.push(placeCandidate(ctx.text, t.start, t.end, 'city', 0.7, 'foreign-divisions'));
    else if (tokens[i + 1]?.word === '府' && tokens[i + 1]!.start === t.end)
      out.push(placeCandidate(ctx.text, t.start, t.end + 1, 'city', 0.7, 'foreign-divisions'));
  }
  return out;
}

// A word jieba keeps whole with its 府 (京都府), or a Japanese city's name that a 府 may follow: asked once per distinct word.
const isJapanese = (city: string) => worldNames().get(city)?.place?.path?.[0] === '日本';
const endsWithFu = (w: string) => w.length >= 3 && w.endsWith('府');
const PREFECTURE_WHOLE = wordFlag((w) => endsWithFu(w) && isJapanese(w.slice(0, -1)));
const PREFECTURE_CITY = wordFlag((w) => !endsWithFu(w) && isJapanese(w));
