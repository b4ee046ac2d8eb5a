import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { loadGazetteer, type Gazetteer } from './gazetteer.ts';
import { PROVINCE_ABBREVIATIONS } from '../data/provinceAbbreviations.ts';
import { tagOf } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { placeStemsInAnyReading } from './countyStems.ts';
import { placeCandidate } from './placeCandidate.ts';
import { stateFirsts } from './statePairZones.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { occurrences } from '../../text/occurrences.ts';
import { chineseNumber } from '../../text/chineseNumeral.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { bundledTable } from '../../util/bundledTables.ts';
import { isListJoiner } from '../../text/listJoiners.ts';
import { isHan } from '../../text/han.ts';

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
// Tags of a line jieba knows whole as a name (宝成铁路/nz, 京广铁路/nz): the word says its first characters name places.
const NAMED_LINE_TAGS = /^(nz|ns|nt|j)$/;
// A count of the lines just listed by their short names (焦枝、侯月、新焦、太焦四条铁路线, 陇海、京广两大铁路干线).
const COUNTED_LINES = /^([两二三四五六七八九十])[条大](?:铁路|高速铁路|高速公路|干线铁路|高铁)/;

let shortChars: CodeSet | undefined;

/** Every character that stands for a place on its own: a province's abbreviation, a prefecture-level city's first. */
export function shortNamePlaceChars(gaz: Gazetteer): string {
  const chars = new Set(PROVINCE_ABBREVIATIONS);
  for (const p of gaz.placesOfLevels(['city'])) if (p.name.endsWith('市')) chars.add(p.name[0]!);
  return [...chars].join('');
}

/** Name of shortNamePlaceChars' table beside the bundle. */
export const SHORT_NAME_PLACE_CHARS = 'shortNamePlaceChars';

// As written beside the bundle (src/util/bundledTables.ts) or made here: listing the gazetteer's cities made every
// city's place record in the first report (about 7 ms there).
function shortNameChars(gaz: Gazetteer): CodeSet {
  shortChars ??= new CodeSet(bundledTable<string>(SHORT_NAME_PLACE_CHARS) ?? shortNamePlaceChars(gaz));
  return shortChars;
}

// The words that open with a character standing for a place: the only ones a compound of short names starts at.
const OPENS_ON_SHORT_NAME = wordFlag((w) => shortNameChars(loadGazetteer()).at(w, 0));

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
  const opening = tokensWith(seg, OPENS_ON_SHORT_NAME);
  // The words a line found reaches over are not read again.
  let from = 0;
  for (let n = 0; n < opening.length; n++) {
    let i = opening[n]!;
    if (i < from) continue;
    const start = seg.tokens[i]!.start;
    if (!chars.at(folded, start)) continue;
    // 宝成铁路/nz: jieba knows the line whole, so no word ends between its ends' short names and the line's word.
    const whole = namedLine(ctx, seg.tokens[i]!.word, chars);
    if (whole) {
      out.push(placeCandidate(text, start, seg.tokens[i]!.end, 'feature', 0.75, SOURCE));
      continue;
    }
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
      const opening = LINE.test(rest) ? start : townOpening(ctx, i);
      out.push(placeCandidate(text, opening, end + line[0].length, 'feature', 0.75, SOURCE));
      while (i + 1 < seg.tokens.length && seg.tokens[i + 1]!.start < end + line[0].length) i++;
      from = i + 1;
      break;
    }
  }
  out.push(...countedLines(ctx, chars));
  return out;
}

const TOWN_LEVELS = ['镇', '街道', '乡'];

/**
 * 前海/f|深港现代服务业合作区: a town's or street's name without its 镇 or 街道, opening the clause right before the short
 * names, is the place the zone is named by, whatever jieba tags it; the zone's name starts there. Else at `i`'s word.
 */
function townOpening(ctx: EntityContext, i: number): number {
  const { folded, gaz, seg } = ctx;
  const t = seg.tokens[i - 1];
  const at = seg.tokens[i]!.start;
  if (!t || t.end !== at || t.word.length < 2 || t.word.length > 3 || gaz.byName.has(t.word)) return at;
  if (t.start > 0 && !/[\s。，,；;：:！？!?、（(“]/.test(folded[t.start - 1]!)) return at;
  const town = TOWN_LEVELS.some((l) => gaz.byName.get(t.word + l)?.some((p) => p.level === 'town'));
  return town ? t.start : at;
}

/** A word jieba knows as a name that is a line after two to four short names (宝成|铁路, 京广|铁路). */
function namedLine(ctx: EntityContext, word: string, chars: CodeSet): boolean {
  if (word.length < 4 || !NAMED_LINE_TAGS.test(tagOf(word))) return false;
  for (let len = 2; len <= 4 && len < word.length; len++) {
    if (!chars.at(word, len - 1)) return false;
    const line = LINE.exec(word.slice(len));
    if (line && line[0].length === word.length - len) return isCompound(ctx, word.slice(0, len), true);
  }
  return false;
}

/**
 * Lines listed by their short names alone and then counted (焦枝、侯月、新焦、太焦四条铁路线; 陇海、京广两大铁路干线): the
 * count says each member names a line, so a member need not be made of cities' short names only (枝 for 枝城, 月 for
 * 月山), only two or three characters with no function word, as many as the count.
 */
function countedLines(ctx: EntityContext, chars: CodeSet): EntityCandidate[] {
  const { folded, text } = ctx;
  const out: EntityCandidate[] = [];
  for (let at = folded.search(/[两二三四五六七八九十][条大]/); at >= 0;) {
    const count = COUNTED_LINES.exec(folded.slice(at, at + 8));
    const members = count ? listedBefore(ctx, at) : [];
    // Each member opens with a place's short name (焦 of 焦作) or is no word of the language (侯月/x).
    const named = (m: { start: number; end: number }) =>
      chars.at(folded, m.start) || COMPOUND_TAGS.test(tagOf(folded.slice(m.start, m.end)));
    if (count && members.length === chineseNumber(count[1]!) && members.every(named))
      for (const m of members) out.push(placeCandidate(text, m.start, m.end, 'feature', 0.7, SOURCE));
    const next = folded.slice(at + 1).search(/[两二三四五六七八九十][条大]/);
    at = next < 0 ? -1 : at + 1 + next;
  }
  return out;
}

// A member after its mark (、侯月) or at the text's start: the longer reading first, as the list's own marks part it.
const MEMBER_LENGTHS = [3, 2];

/** The members of a list of two- or three-character names that ends right before `at` (焦枝、侯月、新焦、太焦|四条). */
function listedBefore(ctx: EntityContext, at: number): { start: number; end: number }[] {
  const { folded, seg } = ctx;
  const members: { start: number; end: number }[] = [];
  let end = at;
  for (;;) {
    const marked = MEMBER_LENGTHS.find(
      (n) => end - n >= 0 && isHan(folded.slice(end - n, end)) && (end === n || isListJoiner(folded[end - n - 1]!)),
    );
    // The member is what stands after the mark before it (、侯月), or the first of the list, after no mark (是|焦枝): two
    // or three characters with no function word in them that start a word (修建|川黔, not 建川黔), as many as the member
    // after it has where both readings are words (把|京汉和粤汉, not 把京汉).
    const first = (n: number) => isLineName(folded.slice(end - n, end)) && seg.boundaries.has(end - n);
    const lengths = members[0] && members[0].end - members[0].start === 3 ? [3, 2] : [2, 3];
    const len = marked ?? (members.length ? (lengths.find(first) ?? 0) : 0);
    if (len < 2 || !isLineName(folded.slice(end - len, end))) break;
    members.unshift({ start: end - len, end });
    const mark = folded[end - len - 1];
    if (!mark || !isListJoiner(mark)) break;
    end = end - len - 1;
  }
  // A list has two members at least, and the first follows a mark or a verb, not a longer word (…的京广 would be 的).
  return members.length >= 2 ? members : [];
}
// Characters a line's short name never holds: function words (京九 and 大秦 hold a numeral and a size).
const NOT_IN_LINE_NAME = /[的了在和与及或等各全本该此这那是有以于至从到为将把被向对两条]/;
const isLineName = (s: string) => /^[\u4e00-\u9fff]{2,3}$/.test(s) && !NOT_IN_LINE_NAME.test(s);

/** The characters are short names joined, not a word of the language nor a place's own name. */
function isCompound(ctx: EntityContext, word: string, knownWhole = false): boolean {
  // 南北|高速, 东西|铁路: directions, not places.
  if (/^[东西南北中上下]+$/.test(word)) return false;
  // 中吉乌|铁路, 中蒙俄: China and the states a line runs to by their first characters (吉尔吉斯斯坦, 乌兹别克斯坦) name
  // a line across borders, no place of China's short names.
  if (word[0] === '中' && [...word.slice(1)].every((c) => stateFirsts().has(c))) return false;
  // 大连|金普新区, 沈阳至|白河|高速铁路: a compound that opens with a place's own name (a short form that is a word
  // elsewhere too) is that place and what follows it.
  for (let len = 2; len <= word.length; len++) {
    const head = word.slice(0, len);
    if (ctx.gaz.byName.has(head) || placeStemsInAnyReading(ctx.gaz).has(head) || worldNames().has(head)) return false;
  }
  // A compound jieba did not join (沪/j|苏湖/x, 渝/j|贵/a) is tagged x as a whole; one inside a line jieba knows whole
  // needs no tag of its own (宝成).
  return knownWhole || COMPOUND_TAGS.test(tagOf(word));
}
