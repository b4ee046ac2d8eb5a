import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { tagOf, tokensIn, type Token } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { placeNameStarts } from '../world/placeNameStarts.ts';
import { allTransliteration } from '../people/transliteration.ts';
import { placeCandidate } from './placeCandidate.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { isHan } from '../../text/han.ts';

// Tags of the words a foreign city's name is cut into: names, unknown words, single characters.
const NAME_TAG = /^(ns|nr|nrt|x|nz)$/;
const MIN_NAME = 2;
const MAX_NAME = 7;
// What only a place is or has after it: a way there or from there, a part of the city, what is held there.
const CITY_FOLLOWERS = '至|到|等地|等城市|市郊|郊区|附近|一带|市中心|市区|举行|召开|出发|抵达|开往|机场|国际机场|港口';
const ONLY_PLACES_AFTER = new RegExp(`^(${CITY_FOLLOWERS})$`);
// What may follow a city written right after its country (波兰罗兹的, 德国汉诺威。, 经阿拉木图抵达…): a mark, a particle or
// conjunction, or one of the words above; not a post, a body or a speech verb (美国克林顿政府, 日本丰田公司).
const AFTER_CITY = new RegExp(`^(的|和|与|及|等|${CITY_FOLLOWERS})$`);
// Going or being there, before the country: what follows it is a place.
const GOING_BEFORE = /^(抵达|到达|前往|飞抵|飞往|驶往|途经|经|赴|在|位于|来自|从|到|出访|访问)$/;
const placeSaid = (before: Token | undefined, after: Token | undefined) =>
  (!!before && GOING_BEFORE.test(before.word)) || (!!after && ONLY_PLACES_AFTER.test(after.word));
// Marks that close a clause after a city (德国汉诺威。), not a quotation's opening (德国法西斯“乌斯塔夏”军).
const CLOSING_MARK = /^[，。、；：！？,;:!?）)]/;
// Words that join the members of a list or the two ends of a route (雅加达至万隆, 哈巴罗夫斯克和符拉迪沃斯托克).
const JOIN = /^(和|与|及|至|到|、|—|－|-)$/;
// A country or city the world data holds, other than China: the words a city is read beside.
const WORLD_COUNTRY_OR_CITY = wordFlag((w) => {
  const known = worldNames().get(w)?.place;
  return known !== undefined && (known.level === 'country' || known.level === 'city') && w !== '中国';
});

/**
 * Cities of other countries that the world data does not hold, by where they stand: right after their country (波兰|罗兹,
 * 德国|汉诺威) before what may follow a city, or joined by a list or a route to a city it holds (雅加达至万隆,
 * 哈巴罗夫斯克和符拉迪沃斯托克). The name is transliteration characters only (the tables of 新华通讯社译名室), 2 to 7 of them,
 * cut by jieba into names or unknown words, and no place of China's gazetteer.
 */
export function findForeignCities(ctx: EntityContext): EntityCandidate[] {
  const { seg, text } = ctx;
  const out: EntityCandidate[] = [];
  const gazetteer = SpanCover.lazy(ctx.folded.length, ctx.gazMatches);
  const tokens = seg.tokens;
  const { countryOrCity } = placeNameStarts();
  // Where the cities read so far end, known ones too: the next member of their list is read as one.
  const cityEnds = new Set<number>();
  const worldWords = tokensWith(seg, WORLD_COUNTRY_OR_CITY);
  for (let n = 0; n < worldWords.length; n++) {
    const i = worldWords[n]!;
    const t = tokens[i]!;
    if (!countryOrCity.at(t.word, 0)) continue;
    const known = worldNames().get(t.word)?.place;
    if (!known || (known.level !== 'country' && known.level !== 'city') || t.word === '中国') continue;
    if (known.level === 'city') cityEnds.add(t.end);
    if (known.level === 'country') {
      const described = describedCity(ctx, i + 1);
      if (described) {
        pushCity(described.start, described.end);
        continue;
      }
      const end = nameRun(ctx, i + 1);
      if (end === undefined) continue;
      const next = tokens[end.next];
      // 波兰弗罗茨瓦夫、|捷克|布尔诺|结为: a country and its city listed after another such pair need no mark after them.
      const listedPair = i >= 2 && JOIN.test(tokens[i - 1]!.word) && cityEnds.has(tokens[i - 2]!.end);
      if (next && !listedPair && !AFTER_CITY.test(next.word) && !CLOSING_MARK.test(next.word)) continue;
      // 日本|索尼/nr: a word jieba's dictionary holds as a name, alone after the country, is a person or a firm named so,
      // unless the clause goes or is there (抵达|德国|汉诺威/nr, or …汉诺威|举行).
      if (end.next === i + 2 && /^(nr|nrfg)$/.test(tagOf(tokens[i + 1]!.word)) && !placeSaid(tokens[i - 1], next)) continue;
      pushCity(end.start, end.end);
      continue;
    }
    // A city in a list or route: the names after the join (雅加达至|万隆, 布达佩斯、|德布勒森|和|塞格德), or before it
    // (哈巴罗夫斯克|和|符拉迪沃斯托克).
    for (let j = i + 1; JOIN.test(tokens[j]?.word ?? '');) {
      const after = nameRun(ctx, j + 1);
      if (!after || !closesList(tokens[after.next])) break;
      pushCity(after.start, after.end);
      j = after.next;
    }
    if (i >= 2 && JOIN.test(tokens[i - 1]!.word)) {
      const before = nameRunBefore(ctx, i - 2);
      if (before) pushCity(before.start, before.end);
    }
  }
  return out;

  function pushCity(start: number, end: number): void {
    cityEnds.add(end);
    if (gazetteer.any(start, end) || worldNames().has(ctx.folded.slice(start, end))) return;
    // 英国|苏格兰|爱丁堡: names the world data holds, one after another, are places of their own, not one city's name.
    if (tokensIn(ctx.seg, start, end).some((w) => worldNames().get(w.word)?.place)) return;
    out.push(placeCandidate(text, start, end, 'city', 0.6, 'foreign-cities'));
  }
}

// Words that say a city is named next, after its country and the part of it it lies in (挪威|西部|城市|卑尔根).
export const CITY_WORDS = /^(城市|港口城市|港城|海港城市|海滨城市|边境城市|首都|首府|旧都|古都|小城|名城)$/;

/**
 * 挪威|西部|城市|卑尔根, 智利|首都|圣地亚哥: a word for a city after the country (and the part of it), then the city's name:
 * a run of transliteration characters or one word jieba knows as a place. The name and the token after it, or undefined.
 */
function describedCity(ctx: EntityContext, k: number): { start: number; end: number; next: number } | undefined {
  const { tokens } = ctx.seg;
  if (tokens[k]?.tag === 'f' && tokens[k]!.word.length >= 2) k++;
  if (!CITY_WORDS.test(tokens[k]?.word ?? '') || tokens[k + 1]?.start !== tokens[k]!.end) return undefined;
  const name = tokens[k + 1]!;
  if (name.tag === 'ns' && name.word.length >= 2 && isHan(name.word)) return { start: name.start, end: name.end, next: k + 2 };
  return nameRun(ctx, k + 1);
}

/** The words from token `k` on that make a transliterated name, and the token after them. */
function nameRun(ctx: EntityContext, k: number): { start: number; end: number; next: number } | undefined {
  const { tokens } = ctx.seg;
  const first = tokens[k];
  if (!first || !isNamePart(first)) return undefined;
  let j = k;
  while (j + 1 < tokens.length && isNamePart(tokens[j + 1]!) && tokens[j + 1]!.end - first.start <= MAX_NAME) j++;
  const end = tokens[j]!.end;
  if (end - first.start < MIN_NAME || end - first.start > MAX_NAME) return undefined;
  return { start: first.start, end, next: j + 1 };
}

/** The same, ending with token `k` (read backwards). */
function nameRunBefore(ctx: EntityContext, k: number): { start: number; end: number } | undefined {
  const { tokens } = ctx.seg;
  const last = tokens[k];
  if (!last || !isNamePart(last)) return undefined;
  let j = k;
  while (j > 0 && isNamePart(tokens[j - 1]!) && last.end - tokens[j - 1]!.start <= MAX_NAME) j--;
  const start = tokens[j]!.start;
  // The run must start the list: after a mark, a particle or a preposition (远东地区的|哈巴罗夫斯克).
  const prev = tokens[j - 1];
  if (prev && /[\u4e00-\u9fff]/.test(prev.word) && !/^(u[a-z]*|p|c|v)$/.test(prev.tag)) return undefined;
  if (last.end - start < MIN_NAME) return undefined;
  return { start, end: last.end };
}

function isNamePart(t: Token): boolean {
  return allTransliteration(t.word) && (t.word.length === 1 || NAME_TAG.test(t.tag));
}

/**
 * After the last member of a list or route: a mark, a particle, a word of a line or a way (高速铁路, 标准轨距铁路), or the
 * stretch the route's ends name (布达佩斯至克莱比亚|段).
 */
function closesList(next: Token | undefined): boolean {
  return !next || !/[\u4e00-\u9fff]/.test(next.word) || /^(u[a-z]*|c|p|n|v|vn|f)$/.test(next.tag) || next.word === '段';
}
