import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { tagOf, type Token } from '../segment.ts';
import { FACILITY_ENDS, FACILITY_WORDS, GROUND_KINDS } from '../data/facilities.ts';
import { worldNames } from '../world/worldNames.ts';
import { isHan } from '../../text/han.ts';
import { TEMPLE_KINDS } from '../data/landmarkClasses.ts';
import { placeCandidate } from './placeCandidate.ts';
import { isLandmarkClass } from './namedLandmarks.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { idHas, tokensWithAny, wordFlag } from '../wordTable.ts';

const SOURCE = 'facilities';
const WORDS = new Set(FACILITY_WORDS);
// The class nouns' first characters: most words are turned away before the set is asked.
const WORD_FIRST = new CodeSet(FACILITY_WORDS.map((w) => w[0]!));
const ENDS = new Set([...FACILITY_ENDS]);
// Tags of a proper noun in jieba: a place, a person, an organization or another name (nt: 中国美术馆, ns: 布达拉宫).
const PROPER = /^(ns|nr|nrt|nt|nz)$/;
// Tags of ordinary words: a landmark's word whose part before its last character is one (美术|馆, 安全|观) is a kind of
// building or an idea, not a name.
const COMMON = /^(n|v|vn|a|an|ad|d|m|q)$/;
// A size or an age before a two-character word (大|庄园, 新|家园) makes a phrase, not a garden's name.
const SIZE_OR_AGE = new Set([...'大小新老旧']);
// What a word is here depends on the word alone (its tag too: segment.ts), so it is asked once per distinct word, not at
// every token of every report: a name that ends like a building, or a class noun that a name before it may open.
const NAMED_FACILITY = wordFlag(
  (w) =>
    !isLandmarkClass(w) &&
    w.length >= 3 &&
    PROPER.test(tagOf(w)) &&
    (endsAsFacility(w) || namedGarden(w)) &&
    !COMMON.test(tagOf(w.slice(0, -1))),
);
// 白马寺/nr, 悬空寺/n, 圆通寺/n: a word jieba knows that ends with 寺 is a temple whatever its tag (its dictionary tags
// temples as people or common nouns), unless it names a kind of temple (清真寺, 喇嘛寺, 石窟寺) or counts temples (三大寺).
const NAMED_TEMPLE = wordFlag(
  (w) =>
    w.length >= 3 &&
    w.endsWith('寺') &&
    tagOf(w) !== 'x' &&
    !isLandmarkClass(w) &&
    !TEMPLE_KINDS.test(w.slice(0, -1)) &&
    !/^[一二三四五六七八九十两几百千万数多各]/.test(w),
);
const CLASS_NOUN = wordFlag((w) => !isLandmarkClass(w) && WORD_FIRST.at(w, 0) && WORDS.has(w));
// The last character of a small ground named in two characters (豫园 a garden, 永庆坊 a quarter, 张园): 园, 坊.
const SMALL_GROUND_LAST = new Set([...'园坊']);
// 豫园/ns, 张园/x: a place word or a word jieba did not know, of two characters, ending as such a ground.
const SMALL_GROUND = wordFlag((w) => w.length === 2 && isHan(w) && SMALL_GROUND_LAST.has(w[1]!) && /^(ns|x)$/.test(tagOf(w)));
// 永庆/ns|坊/ng: the ground's last character standing as a word of its own.
const GROUND_CHARACTER = wordFlag((w) => SMALL_GROUND_LAST.has(w));

/**
 * Named buildings, monuments and public grounds: a word jieba knows as a name that ends like one (布达拉宫, 大昭寺,
 * 中国美术馆, 北京图书大厦, 国家大剧院), or a name followed by the class noun (杭州|植物园, 伊丽莎白|体育馆). A class
 * noun alone or after an ordinary word (一座体育馆, 市博物馆, 国家|公园) names no place.
 */
export function findFacilities(ctx: EntityContext): EntityCandidate[] {
  const { seg, text } = ctx;
  const out: EntityCandidate[] = [];
  const push = (start: number, end: number) => out.push(placeCandidate(text, start, end, 'feature', 0.7, SOURCE));
  const tokens = seg.tokens;
  // Only the words flagged as a facility's, a temple's or a class noun's: the others hold none.
  const flagged = tokensWithAny(seg, NAMED_TEMPLE, NAMED_FACILITY, CLASS_NOUN, SMALL_GROUND, GROUND_CHARACTER);
  for (let n = 0; n < flagged.length; n++) {
    const i = flagged[n]!;
    const t = tokens[i]!;
    // 国家森林公园/nt: a class of grounds alone names none (namedLandmarks reads 夹山|国家森林公园).
    const id = seg.ids[i]!;
    // Above a person's reading: jieba's dictionary lists many temples as people (白马寺/nr, 少林寺/nr).
    if (idHas(id, SMALL_GROUND) || idHas(id, GROUND_CHARACTER)) {
      const start = smallGroundStart(ctx, i);
      if (start !== undefined) push(start, t.end);
    } else if (idHas(id, NAMED_TEMPLE)) out.push(placeCandidate(text, t.start, t.end, 'feature', 0.75, SOURCE));
    else if (idHas(id, NAMED_FACILITY)) push(nationalOf(ctx, i), t.end);
    else if (i > 0 && idHas(id, CLASS_NOUN)) {
      const head = tokens[i - 1]!;
      // An unknown word of three characters or more before the class noun is a name jieba has not met (港珠澳|大桥).
      const named =
        PROPER.test(head.tag) ||
        (head.tag === 'x' && head.word.length >= 3 && isHan(head.word)) ||
        namedAfterPlace(ctx, i - 1, t.word) ||
        nationalArena(head, t.word, tokens[i - 2]);
      if (head.end !== t.start || head.word.length < 2 || !named) continue;
      // 龙源口|大捷/nz|纪念馆: an event's name (nz) after the place it happened in is named with that place; so is a
      // centre's that jieba knows (杭州|奥体中心/nt|体育场).
      const place = tokens[i - 2];
      // Not a place after its province (四川|广元/nz|火车站): the head must be no place itself.
      const withPlace =
        /^(nz|nt)$/.test(head.tag) &&
        place?.end === head.start &&
        place.tag === 'ns' &&
        place.word.length >= 2 &&
        !ctx.gaz.byName.has(head.word);
      push(withPlace ? place.start : dottedNameStart(ctx, head), t.end);
    }
  }
  return out;
}

// Class nouns of public grounds a common noun may name after the division or city they lie in (历下区|趵突泉/n|公园,
// 五华区|翠湖/x|公园, 曼哈顿|时报/n|广场).
const GROUNDS_NAMED_AFTER_PLACE = new Set(['公园', '广场']);
const NOUN_OR_UNKNOWN = /^(n|nz|x|j)$/;
// A division written with its level (区, 县, 市, 镇, 旗), as the gazetteer reads it.
const DIVISION_END = /[区县市镇旗]$/;

// The nation's own arenas, named by the word 国家 alone (国家体育场, 国家体育馆), as the news gold reads them; not after a
// word that points at or counts countries (这个|国家|体育场很少: this country has few stadiums).
const NATIONAL_ARENAS = new Set(['体育场', '体育馆']);
const COUNTRY_POINTERS = /^(这个|那个|该|一个|每个|各个|这些|那些|许多|很多|不少|有些|哪个)$/;
const nationalArena = (head: Token, cls: string, before: Token | undefined) =>
  head.word === '国家' && NATIONAL_ARENAS.has(cls) && !(before?.end === head.start && COUNTRY_POINTERS.test(before.word));

/** 罗兰|·|加洛斯/nr|球场: a name in dots before the class noun names it whole. Where the name starts. */
function dottedNameStart(ctx: EntityContext, head: { start: number }): number {
  const { tokens, tokenAt } = ctx.seg;
  const dot = tokens[tokenAt[head.start - 1] ?? -1];
  const first = dot && /^[·・•]$/.test(dot.word) && dot.end === head.start ? tokens[tokenAt[dot.start - 1] ?? -1] : undefined;
  return first && first.end === dot!.start && isHan(first.word) && first.word.length >= 2 ? first.start : head.start;
}

/**
 * The word before a park's or a square's class noun names it where a division with its level or a city of the world is
 * written right before it (历下区|趵突泉/n|公园): a noun or a word jieba did not know, of two or three characters, and
 * no kind of park (城市|公园, 口袋|公园, 主题|公园).
 */
function namedAfterPlace(ctx: EntityContext, k: number, cls: string): boolean {
  const head = ctx.seg.tokens[k]!;
  if (!GROUNDS_NAMED_AFTER_PLACE.has(cls) || !NOUN_OR_UNKNOWN.test(head.tag) || head.word.length > 3 || !isHan(head.word)) return false;
  if (GROUND_KINDS.has(head.word)) return false;
  const before = ctx.seg.tokens[k - 1];
  if (!before || before.end !== head.start) return false;
  const division = ctx.gazMatches.some((m) => m.end === head.start && DIVISION_END.test(m.name));
  return division || worldNames().get(before.word)?.place?.level === 'city';
}

/**
 * 黄浦区|豫园/ns, 静安区|张园/x, 荔湾区|永庆/ns|坊/ng: a garden or a quarter named in two characters, right after the
 * division it lies in written with its level; its name is no common word there (a place word or one jieba did not know)
 * and the division vouches for it. Where it starts, or undefined.
 */
function smallGroundStart(ctx: EntityContext, i: number): number | undefined {
  const { tokens } = ctx.seg;
  const t = tokens[i]!;
  // The name: the word itself (豫园/ns), or the word of two characters right before its last character (永庆/ns|坊).
  const head = t.word.length === 1 ? tokens[i - 1] : t;
  if (!head || !/^(ns|x)$/.test(head.tag)) return undefined;
  if (head !== t && (head.end !== t.start || head.word.length !== 2 || !isHan(head.word))) return undefined;
  // 廊坊, 潍坊: a city the gazetteer reads is no ground.
  if (ctx.gazMatches.some((m) => m.start <= head.start && m.end >= t.end)) return undefined;
  return ctx.gazMatches.some((m) => m.end === head.start && DIVISION_END.test(m.name)) ? head.start : undefined;
}

/**
 * 南非|国家博物馆/nt, 中国|国家图书馆: a national institution's building named after a country is that country's, the
 * country part of its name. Where the name starts.
 */
function nationalOf(ctx: EntityContext, i: number): number {
  const t = ctx.seg.tokens[i]!;
  const country = ctx.seg.tokens[i - 1];
  if (!t.word.startsWith('国家') || !country || country.end !== t.start) return t.start;
  return worldNames().get(country.word)?.place?.level === 'country' ? country.start : t.start;
}

/**
 * A garden of three characters jieba knows as a place (颐和园/ns, 清华园/ns): 园 ends as many ordinary words (幼儿园, 家园,
 * 大庄园, 新家园) that only a place word, the length and the first character tell apart; longer gardens end with a class noun (中山公园).
 */
function namedGarden(word: string): boolean {
  return word.length === 3 && word.endsWith('园') && tagOf(word) === 'ns' && !SIZE_OR_AGE.has(word[0]!);
}

/** The word ends with a class noun of buildings (…大厦) or a landmark's last character (…宫), after a name of two or more. */
function endsAsFacility(word: string): boolean {
  for (let k = 0; k < FACILITY_WORDS.length; k++) {
    const w = FACILITY_WORDS[k]!;
    if (word.length > w.length + 1 && word.endsWith(w)) return true;
  }
  return ENDS.has(word.at(-1)!);
}
