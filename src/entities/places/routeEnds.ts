import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import type { GazPlace } from './gazetteer.ts';
import { placeInfo } from './gazetteer.ts';
import { resolvePlace } from './homePlace.ts';
import { placeStemsInAnyReading } from './countyStems.ts';
import { worldNames } from '../world/worldNames.ts';
import { placeCandidate } from './placeCandidate.ts';
import { isHan } from '../../text/han.ts';

const SOURCE = 'route-ends';
// What a route from one place to another is named as, right after its second end (喀什至和田|铁路, 叶城至红其拉甫|段,
// 伊宁至霍尔果斯|高速公路; 重庆至新加坡|的铁海联运班列 is not: the line must follow at once, but see LINE_AFTER_OF).
const LINE_AFTER = /^(高速铁路|高速公路|城际铁路|一级公路|二级公路|铁路|高铁|公路|高速|城际|国道|省道|航线|班列|管道|段|线)/;
// A line written after 的 and what it carries (厦门至金门|的客运航线): only after an end the gazetteer or the world data knows.
const LINE_AFTER_OF = /^的(?:客运|货运|旅游|直达|海上|定期)?(?:航线|班列|航班|高速铁路|高速公路|城际铁路|铁路|高铁|公路|车程|航程|路程)/;
// A line written after the terminal it leaves from at its second end (金门至厦门|五通码头|航线): only after a known end.
const LINE_AFTER_TERMINAL = /^[\u4e00-\u9fff]{1,4}?(?:码头|客运站|火车站|机场|港)(?:航线|班列|航班|铁路|高铁|公路|线)/;
const NAME_TAGS = /^(ns|nr|nrt|nz|x)$/;
// The longest name of a route's end, and the shortest.
const MAX_END = 7;
const MIN_END = 2;
// Characters that never stand inside a place's name: a route's unknown end runs over none of them.
const NOT_IN_NAME = /[的了在和与及或等各全本该此这那每某是有以于至往从到为将把被由对向一二三四五六七八九十百千万个条项年月日]/;

/**
 * The two ends of a route named X至Y before the word of its line (喀什至和田铁路, 将乐至建宁高速公路, 叶城至红其拉甫段): the
 * text says both are places, so each is read as one where it is a gazetteer name or the short form of a county or
 * prefecture, even a short form that is a word of the language elsewhere (和田, 建宁) or one jieba cut across (于|都,
 * 将|乐至). An end the gazetteer does not hold (红其拉甫, a pass) is read when the other end is known. Ends another reading
 * already found as a gazetteer name are left to it.
 */
export function findRouteEnds(ctx: EntityContext): EntityCandidate[] {
  const { folded, text } = ctx;
  const out: EntityCandidate[] = [];
  const gazStarts = new Set(ctx.gazMatches.map((m) => `${m.start}:${m.end}`));
  const push = (start: number, end: number, places: GazPlace[] | undefined, score: number) => {
    if (gazStarts.has(`${start}:${end}`)) return;
    if (!places) {
      if (!worldNames().has(folded.slice(start, end))) out.push(placeCandidate(text, start, end, 'feature', 0.7, SOURCE));
      return;
    }
    const place = resolvePlace(places, ctx.home) ?? preferred(places);
    const canonical = place.name;
    out.push({
      type: 'place',
      start,
      end,
      surface: text.slice(start, end),
      ...(canonical !== folded.slice(start, end) ? { canonical } : {}),
      score,
      source: SOURCE,
      place: placeInfo(place),
    });
  };
  for (let at = folded.indexOf('至'); at >= 0; at = folded.indexOf('至', at + 1)) {
    const second = secondEnd(ctx, at + 1);
    if (!second) continue;
    const first = knownEnd(ctx, at) ?? (second.known ? townEnd(ctx, at) : undefined);
    if (!first) continue;
    if (first.places) push(first.start, first.end, first.places, 0.85);
    else if (first.town) out.push(placeCandidate(text, first.start, first.end, 'town', 0.75, SOURCE));
    if (second.places || !second.known) push(second.start, second.end, second.places, 0.85);
  }
  for (const at of dashes(folded)) {
    const first = knownEnd(ctx, at);
    const second = first?.places ? dashedEnd(ctx, at + 1) : undefined;
    if (!second) continue;
    if (second.places) push(second.start, second.end, second.places, 0.85);
    else {
      // A place of the world data keeps where it lies (里加 in 拉脱维亚); an unknown end is a city abroad as far as is known.
      const world = worldNames().get(folded.slice(second.start, second.end))?.place;
      out.push({ ...placeCandidate(text, second.start, second.end, 'city', 0.7, SOURCE), ...(world ? { place: world } : {}) });
    }
  }
  return out;
}

// A dash between a route's two ends (义乌—马德里, the name of a freight line).
const DASH = /[—–－]/g;

function dashes(folded: string): number[] {
  const out: number[] = [];
  for (const m of folded.matchAll(DASH)) if (folded[m.index + 1] !== m[0]) out.push(m.index);
  return out;
}

/**
 * 义乌—杜伊斯堡、义乌—明斯克, 义乌—里|加班|列: the second end of a route written with a dash after a place the gazetteer
 * holds, where a list of routes goes on after it (、, 等) or the word of its line follows: a known place, even one whose
 * last character jieba glued to the line's word (里加|班列), or one word jieba reads as a name or does not know.
 */
function dashedEnd(ctx: EntityContext, at: number): End | undefined {
  const { folded, seg } = ctx;
  for (let len = Math.min(MAX_END, folded.length - at); len >= MIN_END; len--) {
    const end = at + len;
    const line = LINE_AFTER.test(folded.slice(end, end + 4));
    if (!line && !/^[、等]/.test(folded.slice(end, end + 1))) continue;
    const name = folded.slice(at, end);
    if (!isHan(name) || !seg.boundaries.has(at)) continue;
    const named = placesNamed(ctx, name);
    if (named && (seg.boundaries.has(end) || line)) return { start: at, end, ...named };
    const word = seg.tokens[seg.tokenAt[at]!];
    if (word?.start === at && word.end === end && NAME_TAGS.test(word.tag) && !NOT_IN_NAME.test(name) && len <= 5)
      return { start: at, end, known: false };
  }
  return undefined;
}

interface End {
  start: number;
  end: number;
  /** The gazetteer places the end names, undefined for a name known only from the world data or not at all. */
  places?: GazPlace[];
  known: boolean;
  /** A town the gazetteer does not hold, named with its level word (黄章镇). */
  town?: boolean;
}

// The county's or city's own seat as a route's end (黄章镇至县城的公路): known to be a place, though it names none.
const SEAT = /^(县城|城区|市区|主城区|中心城区)$/;
// A town's or township's level word, ending a route's first end.
const TOWN_LEVEL = /[镇乡]$/;

/**
 * 黄章/x|镇|至: a route's first end that the gazetteer does not hold, written as a name jieba guessed or did not know and
 * its 镇 or 乡, is that town where the other end is known (a place, or the county's seat).
 */
function townEnd(ctx: EntityContext, at: number): End | undefined {
  const { seg, folded } = ctx;
  if (!TOWN_LEVEL.test(folded[at - 1] ?? '')) return undefined;
  const stem = seg.tokens[seg.tokenAt[at - 2] ?? -1];
  if (!stem || stem.end !== at - 1 || !seg.boundaries.has(at - 1) || !NAME_TAGS.test(stem.tag)) return undefined;
  const name = folded.slice(stem.start, at - 1);
  if (name.length < 2 || name.length > 3 || !isHan(name) || NOT_IN_NAME.test(name)) return undefined;
  return { start: stem.start, end: at, known: false, town: true };
}

/** The places a name stands for in a route: a gazetteer name, a short form, or a place of the world data. */
function placesNamed(ctx: EntityContext, name: string): { places?: GazPlace[]; known: boolean } | undefined {
  // A stem that ends as a river (白河, 沙河) names the river or a town by it before the county (沈阳至白河高速铁路: 二道白河).
  const places = ctx.gaz.byName.get(name) ?? (name.endsWith('河') ? undefined : placeStemsInAnyReading(ctx.gaz).get(name));
  // 深圳至中山: a city whose short name the gazetteer keeps for a district only (中山区), being a word, is first the city.
  const city = places && ctx.gaz.byName.get(`${name}市`);
  if (places) return { places: city ? [...city, ...places] : places, known: true };
  return worldNames().get(name)?.type === 'place' ? { known: true } : undefined;
}

/** The longest known place name that ends at `at`. */
function knownEnd(ctx: EntityContext, at: number): End | undefined {
  for (let len = Math.min(MAX_END, at); len >= MIN_END; len--) {
    const name = ctx.folded.slice(at - len, at);
    const named = placesNamed(ctx, name);
    // The name must start where a word starts (全县|新改建…|叶城至: not 建叶城).
    if (named && ctx.seg.boundaries.has(at - len)) return { start: at - len, end: at, ...named };
  }
  return undefined;
}

/** The route's second end, starting at `at` and followed at once by the word of its line (or by 的 and it, if known). */
function secondEnd(ctx: EntityContext, at: number): End | undefined {
  const { folded } = ctx;
  for (let len = Math.min(MAX_END, folded.length - at); len >= MIN_END; len--) {
    const end = at + len;
    const lineOf = LINE_AFTER_OF.test(folded.slice(end, end + 9)) || LINE_AFTER_TERMINAL.test(folded.slice(end, end + 10));
    if (!lineOf && !LINE_AFTER.test(folded.slice(end, end + 4))) continue;
    const name = folded.slice(at, end);
    if (!isHan(name) || !ctx.seg.boundaries.has(end)) continue;
    const named = placesNamed(ctx, name);
    if (named) return { start: at, end, ...named };
    if (SEAT.test(name)) return { start: at, end, known: true };
    if (lineOf) continue;
    // An unknown end is one word jieba reads as a name or does not know (红其拉甫/nr), of no function character.
    const word = ctx.seg.tokens[ctx.seg.tokenAt[at]!];
    if (word?.start === at && word.end === end && NAME_TAGS.test(word.tag) && !NOT_IN_NAME.test(name) && len <= 5)
      return { start: at, end, known: false };
  }
  return undefined;
}

/** Of places that share a short form, a city before a county (和田 is 和田市 before 和田县). */
function preferred(places: GazPlace[]): GazPlace {
  return places.find((p) => p.name.endsWith('市')) ?? places[0]!;
}
