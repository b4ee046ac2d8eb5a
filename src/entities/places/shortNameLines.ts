import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import type { Gazetteer } from './gazetteer.ts';
import { PROVINCE_ABBREVIATIONS } from '../data/provinceAbbreviations.ts';
import { tagOf } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { placeStemsInAnyReading } from './countyStems.ts';
import { placeCandidate } from './placeCandidate.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { occurrences } from '../../text/occurrences.ts';

const SOURCE = 'short-name-lines';
// A line named by its ends' short names, with the part of a network it is between them (成渝|中线|高铁).
const LINE = /^(?:中线|东线|西线|南线|北线|沿江|沿海)?(?:高速铁路|城际铁路|高速公路|高铁|铁路|城际|高速)/;
// A zone two or three places set up together, named by their short names and what it is for (沈抚|改革创新|示范区,
// 深汕|特别|合作区, 广佛|高质量发展融合|试验区): the class noun ends it within a few words.
const ZONE_NOUNS = ['示范区', '合作区', '试验区', '先行区', '新区'];
const ZONE_REACH = 10;
const ZONE = new RegExp(`^[\\u4e00-\\u9fff]{0,${ZONE_REACH}}?(?:${ZONE_NOUNS.join('|')})`);
// The characters LINE can open with: most places a short name ends start neither a line's word nor a zone's reach.
const LINE_OPENINGS = new CodeSet('中东西南北沿高城铁');
// Tags of a word jieba does not know (x), an abbreviation (j) or a name it guessed: a compound of short names is one.
const COMPOUND_TAGS = /^(x|j|nr|nz|ns)$/;

let shortChars: CodeSet | undefined;

/** Every character that stands for a place on its own: a province's abbreviation, a prefecture-level city's first. */
function shortNameChars(gaz: Gazetteer): CodeSet {
  if (shortChars) return shortChars;
  const chars = new Set(PROVINCE_ABBREVIATIONS);
  for (const p of gaz.byCode.values()) if (p.level === 'city' && p.name.endsWith('市')) chars.add(p.name[0]!);
  shortChars = new CodeSet(chars);
  return shortChars;
}

/** Where a zone's class noun starts, one flag per offset: asked of every end a compound may have. */
function zoneNounStarts(folded: string): Uint8Array {
  const at = new Uint8Array(folded.length + 1);
  for (const found of occurrences(folded, ZONE_NOUNS)) for (const i of found) at[i] = 1;
  return at;
}

const zoneWithin = (zones: Uint8Array, end: number): boolean => {
  for (let i = end; i <= end + ZONE_REACH && i < zones.length; i++) if (zones[i]) return true;
  return false;
};

/**
 * Rail lines, motorways and zones named by the short names of the places they join (赣深高铁: 赣州–深圳, 沪苏湖高铁,
 * 渝贵铁路, 成渝中线高铁; 沈抚改革创新示范区: 沈阳–抚顺, 深汕特别合作区): two to four characters each of which stands
 * for a province or a city, that jieba does not know as a word of the language (so not 南北, 东西) and that is no place's
 * own name (广东, 江苏), right before the line's word or opening a zone's name.
 */
export function findShortNameLines(ctx: EntityContext): EntityCandidate[] {
  const { folded, text, seg } = ctx;
  const chars = shortNameChars(ctx.gaz);
  const out: EntityCandidate[] = [];
  let zones: Uint8Array | undefined;
  for (let i = 0; i < seg.tokens.length; i++) {
    const start = seg.tokens[i]!.start;
    if (!chars.at(folded, start)) continue;
    let run = start;
    while (run < folded.length && run - start < 4 && chars.at(folded, run)) run++;
    // The compound ends where a word ends and the line's word or the zone's name follows (赣深|高铁: 高 and 铁 stand for
    // 高雄 and 铁岭 too).
    for (let end = run; end - start >= 2; end--) {
      if (!seg.boundaries.has(end)) continue;
      if (!LINE_OPENINGS.at(folded, end) && !zoneWithin((zones ??= zoneNounStarts(folded)), end)) continue;
      const rest = folded.slice(end, end + 16);
      const line = LINE.exec(rest) ?? ZONE.exec(rest);
      if (!line || /[，。、；：！？\s]/.test(line[0]) || !isCompound(ctx, folded.slice(start, end))) continue;
      out.push(placeCandidate(text, start, end + line[0].length, 'feature', 0.75, SOURCE));
      while (i + 1 < seg.tokens.length && seg.tokens[i + 1]!.start < end + line[0].length) i++;
      break;
    }
  }
  return out;
}

/** The characters are short names joined, not a word of the language nor a place's own name. */
function isCompound(ctx: EntityContext, word: string): boolean {
  // 南北|高速, 东西|铁路: directions, not places.
  if (/^[东西南北中上下]+$/.test(word)) return false;
  // 大连|金普新区, 沈阳至|白河|高速铁路: a compound that opens with a place's own name (a short form that is a word
  // elsewhere too) is that place and what follows it.
  for (let len = 2; len <= word.length; len++) {
    const head = word.slice(0, len);
    if (ctx.gaz.byName.has(head) || placeStemsInAnyReading(ctx.gaz).has(head) || worldNames().has(head)) return false;
  }
  // A compound jieba did not join (沪/j|苏湖/x, 渝/j|贵/a) is tagged x as a whole.
  return COMPOUND_TAGS.test(tagOf(word));
}
