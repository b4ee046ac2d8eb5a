// Where the bodies named by a place (placeLedBodies.ts) may start: the places of a report, its own short name, the places
// jieba knows before a school's word, countries and cities of the world data.
import type { EntityContext } from '../context.ts';
import { PLACE_TAGGED, type Segmentation, type Token } from '../segment.ts';
import { mergeTokenLists, tokensOf, tokensWith } from '../wordTable.ts';
import { worldNames } from '../world/worldNames.ts';
import { homeShortName } from '../places/homePlace.ts';

// A school named by its place alone (平遥中学, 宁固镇中心小学, 上海实验学校): a place has one school of that name; 中小学 are all
// of them.
const SCHOOLING_WORDS = /^(教育|阶段|学龄|学历|学段|毕业|毕业生|入学|升学|就学|课程|教材|义务教育)$/;
// (成都|七中, 石家庄|二中: a city's numbered middle school by its short name; 南充|高级中学: its senior middle school.)
export const PLACE_SCHOOL =
  /^(?:中心|第[一二三四五六七八九十]+|实验|民族|职业|高级)?(?:中学|小学|中心校|幼儿园)$|^实验学校$|^[一二三四五六七八九十]{1,3}中$/;
const ORDINAL_WORD = /^第[一二三四五六七八九十]+$/;

/** The tokens jieba may tag as places and those of `word`, ascending, each once. */
function placeWordsAnd(seg: Segmentation, word: string | undefined): Int32Array {
  const places = tokensWith(seg, PLACE_TAGGED);
  const same = word ? tokensOf(seg, word) : undefined;
  return same?.length ? mergeTokenLists(places, same) : places;
}

/** Where bodies' names may start: the last place of each run of adjacent places (gazetteer matches, countries, cities). */
export function placeStarts(
  ctx: EntityContext,
  waters: readonly { start: number; end: number }[],
): { start: number; end: number; water?: boolean }[] {
  const spans: { start: number; end: number; water?: boolean }[] = ctx.gazMatches.map((m) => ({ start: m.start, end: m.end }));
  for (const w of waters) if (!spans.some((s) => s.start === w.start)) spans.push({ start: w.start, end: w.end, water: true });
  // The report's own county or city by its short name (平遥 for 平遥县: 平遥中学), which the gazetteer does not list.
  const short = homeShortName(ctx.home)?.short;
  const { tokens } = ctx.seg;
  // Only the words tagged as places, and the short name's, can open a span here: those, in text order.
  for (const k of placeWordsAnd(ctx.seg, short)) {
    const t = tokens[k]!;
    if (short && t.word === short) spans.push({ start: t.start, end: t.end });
    // 镇南|小学: a place jieba knows by name, that the gazetteer does not list, names the school of that place; a school
    // word before a word of schooling is a stage of it (普及/ns|小学|教育), not before what a school has (黄桥小学|教学楼).
    // 城关|第二|中学: so does a place jieba knows before a school numbered after it.
    const numbered = ORDINAL_WORD.test(tokens[k + 1]?.word ?? '') && tokens[k + 2]?.start === tokens[k + 1]!.end ? 1 : 0;
    const next = tokens[k + 1 + numbered];
    const after = tokens[k + 2 + numbered];
    if (
      t.tag === 'ns' &&
      t.word.length >= 2 &&
      tokens[k + 1]?.start === t.end &&
      next &&
      PLACE_SCHOOL.test(next.word) &&
      !(after && /^(n|vn)$/.test(after.tag) && SCHOOLING_WORDS.test(after.word))
    )
      spans.push({ start: t.start, end: t.end });
    const level = t.tag === 'ns' ? worldNames().get(t.word)?.place?.level : undefined;
    if (level === 'country' || level === 'city' || isRegionWord(ctx, t)) spans.push({ start: t.start, end: t.end });
  }
  spans.sort((a, b) => a.start - b.start);
  // A city and its district or county (六盘水市|钟山区|人民法院, 宜宾市|翠屏区|…有限公司) start the body's name at the city:
  // the name is written so. A province, a county's township or a country before stays outside it.
  const out: { start: number; end: number; water?: boolean }[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    const cityThenCounty =
      last &&
      last.end === s.start &&
      !last.water &&
      !s.water &&
      /[市州盟]$/.test(ctx.folded.slice(last.start, last.end)) &&
      /[区县市旗]$/.test(ctx.folded.slice(s.start, s.end));
    // 沙洋县|汉江|防汛抢险突击队: the county's body for the river it lies on, named with the county first.
    const countyThenWater =
      last && last.end === s.start && !last.water && s.water && /[市县区旗]$/.test(ctx.folded.slice(last.start, last.end));
    if (cityThenCounty) out[out.length - 1] = { start: last.start, end: s.end };
    else if (countyThenWater) out[out.length - 1] = { start: last.start, end: s.end, water: true };
    else if (last && last.end === s.start) out[out.length - 1] = s;
    else if (!last || last.start !== s.start) out.push(s);
  }
  return out;
}

/** 澳门特区/ns, 香港特区/ns: a special administrative region by its short name and 特区, one word to jieba. */
function isRegionWord(ctx: EntityContext, t: Token): boolean {
  return t.tag === 'ns' && t.word.endsWith('特区') && !!ctx.gaz.byName.get(t.word.slice(0, -2))?.some((p) => p.level === 'province');
}
