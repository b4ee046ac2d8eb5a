import type { EntityCandidate, PlaceInfo } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import type { Token } from '../segment.ts';
import { placeCandidate } from './placeCandidate.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { chineseNumber } from '../../text/chineseNumeral.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { NAME_WORD_TAGS } from './stemWords.ts';

// A list closed by 等 and the class of its members names places whatever their words: 神奈川、青森等5县, 孟加拉、尼泊尔、
// 缅甸等国, 两淮、豫西、渭北、贵州等地, 弗拉诺瓦茨等4个村庄. jieba has many of these names as a person's name or no word
// at all (神奈川/nr, 贝专纳/nr, 陀兰/x), so only the list says what they are.
const CLOSE =
  /^等[0-9０-９一二三四五六七八九十两几多]*个?(国家|国|省区|省份|省|自治区|州|县|城市|市|地区|地|村庄|村|社区|街道|乡镇|镇|港口|岛屿)/;
// Classes that say their members are divisions or states; the others (地, 地区, 港口 …) also close lists of ordinary
// nouns, so a count or a member already known to be a place must vouch for the list. Towns, streets and communities
// (岗头、雪象、马安堂等社区) are no class of things: their members are name words, which is vouching enough.
const STRONG = /^(国家|国|省区|省份|省|自治区|州|县|市|社区|街道|乡镇|镇)$/;
const LEVEL: Record<string, PlaceInfo['level']> = {
  国家: 'country',
  国: 'country',
  县: 'county',
  市: 'city',
  城市: 'city',
  村庄: 'village',
  村: 'village',
  社区: 'village',
  街道: 'town',
  乡镇: 'town',
  镇: 'town',
  地区: 'region',
  港口: 'feature',
  岛屿: 'feature',
};
const HAN = /^[\u4e00-\u9fff·]{2,10}$/;
const SOURCE = 'places';
const SCORE = 0.6;
// Villages and communities are named by words of every kind (解放、胜利、东风5个社区; 东兰、乐凤、伟达等18个村): in a list
// a count closes as such, a member need only be one or two whole words that are no function word, so long as one member
// is a name word vouching for the list. Each is that village or community, named in full with the class (东兰村), though
// the gazetteer has a county of the member's name (东兰县 is of another prefecture).
const LOOSE_CLASSES: Record<string, string> = { 村: '村', 社区: '社区' };
// (大同/d is an adverb to jieba, a name in a list.)
const FUNCTION_TAGS = /^(p|c|u|uj|ul|uz|ug|ud|r|m|q|y|e|o|w|f)$/;

/** Members of such lists that no other reading made a place (`known`: the places found so far). */
export function findEnumeratedPlaces(ctx: EntityContext, known: readonly EntityCandidate[]): EntityCandidate[] {
  const { folded, text, seg } = ctx;
  const out: EntityCandidate[] = [];
  const knownAt = new Set(known.map((c) => `${c.start}:${c.end}`));
  const cover = SpanCover.lazy(folded.length, known);
  for (let at = folded.indexOf('等'); at >= 0; at = folded.indexOf('等', at + 1)) {
    const close = CLOSE.exec(folded.slice(at, at + 10));
    if (!close || !seg.boundaries.has(at + close[0].length)) continue;
    const cls = close[1]!;
    // A count (等4个村庄) says the members are that many places of the class, as a strong class does.
    const counted = /[0-9０-９一二三四五六七八九十两几多]/.test(close[0]);
    const suffix = counted ? LOOSE_CLASSES[cls] : undefined;
    const members = membersBefore(folded, seg.tokens, seg.tokenAt, at, counted, !!suffix, {
      shared: sharedNoun(seg.tokens, seg.tokenAt, at + close[0].length),
      states: STATES.test(cls),
    });
    if (!members.length || (suffix && !namedMember(seg.tokens, seg.tokenAt, members))) continue;
    if (counted) members.unshift(...groupsBefore(folded, members, close[0], known));
    const vouched = counted || STRONG.test(cls) || members.some(([s, e]) => knownAt.has(`${s}:${e}`));
    if (!vouched) continue;
    for (const [s, e] of members) {
      if (cover.any(s, e)) continue;
      out.push(member(text, s, e, LEVEL[cls], suffix));
    }
  }
  return out;
}

/**
 * The spans of the members of lists of villages or communities (LOOSE_CLASSES), by whichever closing the list has (等18个村,
 * 5个社区): a division above a village read there (东兰 → 东兰县) is the village named like it.
 */
export function settlementListMembers(ctx: EntityContext): Set<string> {
  const { folded, seg } = ctx;
  const spans = new Set<string>();
  const add = (members: [number, number][]) => {
    if (namedMember(seg.tokens, seg.tokenAt, members)) for (const [s, e] of members) spans.add(`${s}:${e}`);
  };
  for (let at = folded.indexOf('等'); at >= 0; at = folded.indexOf('等', at + 1)) {
    const close = CLOSE.exec(folded.slice(at, at + 10));
    if (!close || !LOOSE_CLASSES[close[1]!] || !/[0-9０-９一二三四五六七八九十两几多]/.test(close[0])) continue;
    if (seg.boundaries.has(at + close[0].length)) add(membersBefore(folded, seg.tokens, seg.tokenAt, at, true, true));
  }
  for (const m of countedClasses(folded)) if (LOOSE_CLASSES[m[2]!]) add(countedMembers(ctx, m));
  return spans;
}

// Classes of states: their lists name countries by any word (莫三鼻给/i, an idiom to jieba, is Mozambique).
const STATES = /^(国家|国)$/;

/** The noun written right after a list's class (等国|人民), which its members may each repeat (南非人民和津巴布韦等国人民). */
function sharedNoun(tokens: readonly Token[], tokenAt: Int32Array, at: number): string | undefined {
  const t = tokens[tokenAt[at] ?? -1];
  return t && t.start === at && t.word.length >= 2 && /^n$/.test(t.tag) ? t.word : undefined;
}

/** One member of a list as a place of the list's class, named in full with the class's suffix where the class has one. */
function member(text: string, s: number, e: number, level: PlaceInfo['level'], suffix: string | undefined): EntityCandidate {
  const c = placeCandidate(text, s, e, level, SCORE, SOURCE);
  return suffix && !c.surface.endsWith(suffix) ? { ...c, canonical: c.surface + suffix } : c;
}

/** Some member of the list is made of name words (东兰/ns, 新秀/nz, 乐凤/x). */
function namedMember(tokens: readonly Token[], tokenAt: Int32Array, members: [number, number][]): boolean {
  return members.some(([s, e]) => {
    for (let k = tokenAt[s]!; k <= tokenAt[e - 1]!; k++) if (!NAME_WORD_TAGS.test(tokens[k]!.tag)) return false;
    return true;
  });
}

// The count of a list closed by 等 (等十一个县, 等5县).
const CLOSE_COUNT = /^等([0-9]{1,2}|[一二两三四五六七八九十]{1,3})个?/;

/**
 * The members of the groups written before a counted list's last group, each under the place it belongs to (广东省的澄海、
 * 潮安，福建省的龙溪、长乐，四川省的郫县等十一个县): read back over ，<place>的 as long as the groups go on, and kept only
 * where the members of all the groups make the count (so a comma that ends another matter is not read across). A group's
 * members are what its 、 divide, whatever jieba reads their words as (广济/n, 孝感/n, 龙溪/x): the place over them and the
 * count vouch for them.
 */
function groupsBefore(
  folded: string,
  last: readonly [number, number][],
  close: string,
  known: readonly EntityCandidate[],
): [number, number][] {
  const c = CLOSE_COUNT.exec(close);
  if (!c) return [];
  const count = /^[0-9]/.test(c[1]!) ? Number(c[1]) : chineseNumber(c[1]!);
  const placeEndingAt = (at: number) => known.find((k) => k.end === at);
  const out: [number, number][] = [];
  let start = last[0]![0];
  for (;;) {
    const owner = folded[start - 1] === '的' ? placeEndingAt(start - 1) : undefined;
    if (!owner || !/^[，,]$/.test(folded[owner.start - 1] ?? '')) break;
    const comma = owner.start - 1;
    const of = folded.lastIndexOf('的', comma);
    if (of < 0 || comma - of > MAX_GROUP || !placeEndingAt(of)) break;
    const group: [number, number][] = [];
    let at = of + 1;
    for (const name of folded.slice(of + 1, comma).split('、')) {
      if (!GROUP_MEMBER.test(name)) return [];
      group.push([at, at + name.length]);
      at += name.length + 1;
    }
    out.unshift(...group);
    start = of + 1;
  }
  return out.length && out.length + last.length === count ? out : [];
}
// A member of a group: a division's short name (澄海, 石家庄); a group is a few of them.
const GROUP_MEMBER = /^[\u4e00-\u9fff]{2,4}$/;
const MAX_GROUP = 40;

// A count and a class right after a list's last member, without 等 (龙泉、白沙、新桥三个乡镇, 石桥、回龙两镇).
const COUNTED_CLASS = /([0-9]{1,2}|[一二两三四五六七八九十]{1,2})个?(乡镇|镇|乡|村|社区|街道|县|市)/y;
// The first characters of the classes, and the count's characters.
const CLASS_FIRST = new CodeSet('乡镇村社街县市');
const COUNT_CHARS = new CodeSet('0123456789一二两三四五六七八九十');

/**
 * What `folded.matchAll(COUNTED_CLASS)` (the pattern made global) finds, read from the classes' places rather than tried at
 * every character (a count's characters, the pattern's first, are among a report's commonest): a match ends on a class
 * right after the count (and 个), and starts at one of the count's last two characters, the earlier first, as a scan from
 * the text's start would meet them. No match ends past the next class's count, so none is passed over.
 */
function countedClasses(folded: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const classes = CLASS_FIRST.placesIn(folded);
  let next = 0;
  for (let n = 0; n < classes.length; n++) {
    const at = classes[n]!;
    const countEnd = folded[at - 1] === '个' ? at - 1 : at;
    if (!COUNT_CHARS.at(folded, countEnd - 1)) continue;
    for (let start = Math.max(next, countEnd - 2); start < countEnd; start++) {
      COUNTED_CLASS.lastIndex = start;
      const m = COUNTED_CLASS.exec(folded);
      if (!m) continue;
      out.push(m);
      next = start + m[0].length;
      break;
    }
  }
  return out;
}
const LEVEL_OF_COUNTED: Record<string, PlaceInfo['level']> = { ...LEVEL, 乡: 'town' };

/**
 * Members of a list counted by the class written right after its last member (龙泉、白沙、新桥三个乡镇): where the count
 * is the number of members, each is a place of that class, whatever jieba reads its words as. Not a list whose count
 * differs (语文、数学两科 names no class of places; 甲、乙三个村 counts more than it lists).
 */
export function findCountedLists(ctx: EntityContext, known: readonly EntityCandidate[]): EntityCandidate[] {
  const { folded, text, seg } = ctx;
  const out: EntityCandidate[] = [];
  const cover = SpanCover.lazy(folded.length, known);
  for (const m of countedClasses(folded)) {
    const members = countedMembers(ctx, m);
    const suffix = LOOSE_CLASSES[m[2]!];
    if (suffix && !namedMember(seg.tokens, seg.tokenAt, members)) continue;
    for (const [s, e] of members) if (!cover.any(s, e)) out.push(member(text, s, e, LEVEL_OF_COUNTED[m[2]!], suffix));
  }
  return out;
}

/** The members of the list a count and class close (龙泉、白沙、新桥三个乡镇), none where the count is not theirs. */
function countedMembers(ctx: EntityContext, m: RegExpExecArray): [number, number][] {
  const { folded, seg } = ctx;
  const at = m.index;
  if (!seg.boundaries.has(at) || !seg.boundaries.has(at + m[0].length) || folded.lastIndexOf('、', at) < at - 11) return [];
  const count = /^[0-9]/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
  const members = membersBefore(folded, seg.tokens, seg.tokenAt, at, false, !!LOOSE_CLASSES[m[2]!]);
  return members.length >= 2 && members.length === count ? members : [];
}

/**
 * The members of the list ending at `end`, as spans: each between two 、 is a run of name words; the first is the name
 * word right before the first 、 (a list's first member is most often a place already known). A list of one member is
 * read only when a count follows 等 (弗拉诺瓦茨等4个村庄), from the name words right before 等.
 */
function membersBefore(
  folded: string,
  tokens: readonly Token[],
  tokenAt: Int32Array,
  end: number,
  counted: boolean,
  loose = false,
  list: ListShape = {},
): [number, number][] {
  const members: [number, number][] = [];
  let right = end;
  // 南非人民和|津巴布韦等国: the last member joined to the others by 和 (及, 与) rather than 、.
  const joined = joinedLast(folded, tokens, tokenAt, end, loose, list);
  if (joined !== undefined) {
    members.push([joined + 1, end]);
    right = joined;
  }
  for (;;) {
    // Only a 、 close enough to leave a member of at most 10 characters matters: no search back through the whole text.
    const window = Math.max(0, right - 11);
    const near = folded.slice(window, right).lastIndexOf('、');
    const comma = near < 0 ? -1 : window + near;
    const left = comma < 0 ? -1 : comma + 1;
    const last = comma >= 0 && right - left <= 10 ? memberEnd(folded, tokens, tokenAt, left, right, loose, list) : undefined;
    if (last !== undefined) {
      members.unshift([left, last]);
      right = comma;
      continue;
    }
    // The first member: name words right before the first 、 (or before 等, for a counted list of one).
    if (!members.length && !counted) return [];
    const first =
      loose && members.length
        ? wordBackFrom(folded, tokens, tokenAt, right)
        : runBackFrom(folded, tokens, tokenAt, right, members.length ? 1 : 3);
    if (first !== undefined) members.unshift([withoutGluedPreposition(folded, tokens, tokenAt, first, right), right]);
    return members.length > 1 || counted ? members : [];
  }
}

/** What a list's close says of its members: the noun they may repeat (人民 of 等国人民), and whether they are states. */
interface ListShape {
  shared?: string | undefined;
  states?: boolean;
}

/**
 * Where the member between `left` and `right` ends, if it is one: name words (loose: any one or two words; a state's any
 * one or two words too, 莫三鼻给/i); a member that repeats the noun after the list's class ends before it (南非|人民).
 */
function memberEnd(
  folded: string,
  tokens: readonly Token[],
  tokenAt: Int32Array,
  left: number,
  right: number,
  loose: boolean,
  list: ListShape,
): number | undefined {
  const shared = list.shared && folded.startsWith(list.shared, right - list.shared.length) ? right - list.shared.length : right;
  if (shared - left < 2) return undefined;
  const run = loose || list.states ? wordRun : nameRun;
  return nameRun(folded, tokens, tokenAt, left, shared) || run(folded, tokens, tokenAt, left, shared) ? shared : undefined;
}

// The joiners of a list's last member, each a word of its own (和/c).
const LAST_JOINER = /^[和及与]$/;

/** Where the 和 (及, 与) that joins the list's last member stands, the member running from it up to `end`. */
function joinedLast(
  folded: string,
  tokens: readonly Token[],
  tokenAt: Int32Array,
  end: number,
  loose: boolean,
  list: ListShape,
): number | undefined {
  const last = tokens[tokenAt[end - 1] ?? -1];
  if (!last || last.end !== end) return undefined;
  for (let k = tokenAt[end - 1]! - 1; k >= 0 && end - tokens[k]!.end <= 10; k--) {
    const t = tokens[k]!;
    if (LAST_JOINER.test(t.word) && t.tag === 'c')
      return memberEnd(folded, tokens, tokenAt, t.end, end, loose, list) === end ? t.start : undefined;
    if (!/^[\u4e00-\u9fff]+$/.test(t.word)) return undefined;
  }
  return undefined;
}

// Prepositions that open no place's name, which jieba glues to a name it does not know (对凤鸣村/x for 对|凤鸣村).
const GLUED_PREPOSITION = /^[对在从把将被给赴经]$/;

/** The first member without a preposition jieba glued to it, where what is left still holds a name of two characters. */
function withoutGluedPreposition(folded: string, tokens: readonly Token[], tokenAt: Int32Array, start: number, end: number): number {
  const t = tokens[tokenAt[start]!]!;
  const glued = t.start === start && t.tag === 'x' && t.word.length >= 4 && GLUED_PREPOSITION.test(folded[start]!);
  return glued && end - start - 1 >= 3 ? start + 1 : start;
}

/** [start, end) is whole words, every one a name word, and Han characters only. */
function nameRun(folded: string, tokens: readonly Token[], tokenAt: Int32Array, start: number, end: number): boolean {
  if (!HAN.test(folded.slice(start, end))) return false;
  const first = tokens[tokenAt[start]!];
  const last = tokens[tokenAt[end - 1]!];
  if (!first || !last || first.start !== start || last.end !== end) return false;
  for (let k = tokenAt[start]!; k <= tokenAt[end - 1]!; k++) if (!NAME_WORD_TAGS.test(tokens[k]!.tag)) return false;
  return true;
}

/** [start, end) is one or two whole words of 2 to 4 Han characters, none a function word (a loose list's member). */
function wordRun(folded: string, tokens: readonly Token[], tokenAt: Int32Array, start: number, end: number): boolean {
  if (end - start > 4 || !HAN.test(folded.slice(start, end))) return false;
  const first = tokenAt[start]!;
  const last = tokenAt[end - 1]!;
  if (tokens[first]?.start !== start || tokens[last]?.end !== end || last - first > 1) return false;
  for (let k = first; k <= last; k++) if (FUNCTION_TAGS.test(tokens[k]!.tag)) return false;
  return true;
}

/** The one word of 2 to 4 Han characters, no function word, that ends at `end` (a loose list's first member). */
function wordBackFrom(folded: string, tokens: readonly Token[], tokenAt: Int32Array, end: number): number | undefined {
  const t = end >= 1 ? tokens[tokenAt[end - 1]!] : undefined;
  return t && t.end === end && wordRun(folded, tokens, tokenAt, t.start, end) ? t.start : undefined;
}

/** Where a run of at most `words` name words ending at `end` starts (2 to 10 Han characters), if there is one. */
function runBackFrom(folded: string, tokens: readonly Token[], tokenAt: Int32Array, end: number, words: number): number | undefined {
  // A list may open the text itself (、晋江两市 at its first character): nothing stands before it.
  if (end < 1) return undefined;
  let k = tokenAt[end - 1]!;
  if (k < 0 || tokens[k]!.end !== end) return undefined;
  let start: number | undefined;
  for (let n = 0; n < words && k >= 0 && NAME_WORD_TAGS.test(tokens[k]!.tag); n++, k--) {
    if (!HAN.test(folded.slice(tokens[k]!.start, end)) && end - tokens[k]!.start > 1) break;
    start = tokens[k]!.start;
  }
  return start !== undefined && end - start >= 2 && HAN.test(folded.slice(start, end)) ? start : undefined;
}
