import type { EntityContext } from '../context.ts';
import { tagOf, type Token } from '../segment.ts';
import {
  comesToAPlace,
  givenNameEndsInYear,
  hasFrequentSurname,
  NOT_IN_NAME,
  OPENS_ON_SURNAME,
  prepositionAfterVerb,
  surnameLength,
} from './personNames.ts';
import { CUES_AFTER, CUES_BEFORE } from './nameCues.ts';
import { staffNounEndsAt } from './staffNouns.ts';
import { TRANSLITERATION } from './transliteration.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { worldNames } from '../world/worldNames.ts';
import { isHan } from '../../text/han.ts';
import { dottedNames } from './dottedNames.ts';
import { nameGluedBeforeLast, nameSplitBeforeLast } from './splitThreeCharacterNames.ts';
import { cuedFunctionSurname } from './functionWordSurnames.ts';
import { tokensWith } from '../wordTable.ts';

export interface NameHit {
  start: number;
  end: number;
  score: number;
}

// Last characters of names of places, bodies, events, buildings, things and systems that jieba tags as names or leaves
// unknown (高新区, 尤伯杯, 雷阵雨, 岳阳楼, 滕王阁, 林长制): a given name does not end so.
export const NOT_NAME_END = new Set([
  ...'杯赛车队院会厂站路街港湾岛乡馆所校报社网节城州雨风镇县市区省村部局厅委办处科组团人宫堡坡河感化性型式率度量品物楼阁制',
]);
// After a compound surname, characters that make it a clan, an address or a thing, not a given name (慕容氏, 令狐兄,
// 司马公, 司徒府, 轩辕庙, 司马台, 公孙树, 公羊传), and the compound surnames that are words first (东方红, 东方人, 轩辕剑).
// 雨 and 风 close weather words (雷阵雨, 暴风雨) but also given names of two characters that are no word (陈思雨, 王晓风): there
// they make no name only where the last two characters, or the whole reading, are a word of the dictionary (阵雨, 风雨,
// 春雨). A surname and 雨 or 风 alone stays no name: it is as often the wind or rain of a place (江风习习).
const WEATHER_END = new Set([...'雨风']);

/** A name (or given name) that ends as a place, body, event or thing does (高新区, 尤伯杯, 雷阵雨), not as a person's. */
export function endsLikeNoName(name: string): boolean {
  const last = name[name.length - 1]!;
  if (!NOT_NAME_END.has(last)) return false;
  return !WEATHER_END.has(last) || name.length < 3 || isWord(name.slice(-2)) || isWord(name);
}
const NOT_COMPOUND_GIVEN = new Set([...'氏兄师公君太府庙台教帝剑传法树村二大']);
const AMBIGUOUS_COMPOUND = /^(东方|轩辕|南宫)/;
// Forms of address written after a surname (李先生, 胡老): a way to call someone, not their name.
const ADDRESS = /^(先生|女士|小姐|老|总|工|局|某)/;
const NAME_OR_UNKNOWN_TAG = /^(nr|nrfg|x|nz)$/;
// jieba's tags of a character that is a morpheme bound in words, not a word alone (林/ng, 孙/zg).
const BOUND_MORPHEME_TAG = /^[a-z]g$/;
export const FUNCTION_OPENS_GIVEN = /^[其在]/;
// Tags of a surname character that is more often a function word (向, 由, 但, 都, 那): such a name needs a cue.
export const FUNCTION_TAG = /^(p|c|d|f|r|u[a-z]?)$/;
// Tags of words that are no part of a given name: verbs, adjectives, adverbs and function words (强调, 强烈, 马上).
export const NAME_WORD_TAG = /^(nr|nrfg|x)$/;
const SPOKE_OR_SHOT = /[说摄]$/;
const NOT_GIVEN_TAG = /^(v|vd|vn|a|ad|an|d|p|c|u|uj|ul|uz|ug|uv|ud|r|m|mq|q|f|t|tg|y|e|o|l|i|z|zg)$/;

/**
 * Personal names written without a post: a Chinese name by its shape (a surname and one or two characters that jieba
 * reads as a name or leaves unknown), or a foreign one by its middle dot (卡洛斯·阿马特) or by the words around it
 * (总统克林顿, 叶利钦说). A three-character word that jieba's dictionary knows as a name stands alone, unless a list
 * shows it to be a thing (石膏、高岭土); a shorter one, one jieba does not know, or one pieced together from several
 * words needs a word beside it that goes with people (说, 表示, 会见, 先生, 记者, 教练…) or a list of such names.
 */
export function findUntitledNames(ctx: EntityContext): NameHit[] {
  const { seg, folded } = ctx;
  const out: NameHit[] = [];
  const tokens = seg.tokens;
  // Names read by their shape alone, and the names that a list shows to be things (石膏、高岭土, 准噶尔、柴达木).
  const strong: NameHit[] = [];
  const vetoed = new Set<string>();
  // The words that open on a surname, in order; `skipped` is the token a three-character name took with the one before.
  const opening = tokensWith(seg, OPENS_ON_SURNAME);
  let skipped = -1;
  for (let n = 0; n < opening.length; n++) {
    const i = opening[n]!;
    if (i === skipped) continue;
    const t = tokens[i]!;
    // Only a name word, an unknown word, or a short word that may be a surname starts a Chinese name; jieba's other
    // proper nouns (nz) hold some names too (辛业江), read only beside a cue, and its places a few (钟南山/ns: below).
    if (t.word.length > 2 && !NAME_WORD_TAG.test(t.tag) && t.tag !== 'nz' && t.tag !== 'ns') continue;
    const sl = surnameLength(t.word);
    if (!isHan(t.word) || prepositionAfterVerb(tokens, i, sl)) continue;
    if (t.tag === 'ns' && t.word.length > sl) {
      const score = placeNamedPerson(ctx, t, sl);
      if (score) out.push({ start: t.start, end: t.end, score });
      continue;
    }
    // An unknown word is a name only beside a cue (below): without one, nothing more is asked of jieba.
    if (t.tag === 'x' && t.word.length > sl && !SPOKE_OR_SHOT.test(t.word) && !cued(ctx, t.start, t.end) && !cueAfter(ctx, t.end + 1))
      continue;
    // jieba's unknown word ran a short name into the verb after it (赵华说), or a photographer's into the credit (记者刘洋摄).
    if (
      t.tag === 'x' &&
      SPOKE_OR_SHOT.test(t.word) &&
      t.word.length - sl >= 2 &&
      t.word.length - sl <= 3 &&
      wholeName({ ...t, word: t.word.slice(0, -1) }, sl)
    ) {
      out.push({ start: t.start, end: t.end - 1, score: 0.65 });
      continue;
    }
    const three = nameSplitBeforeLast(ctx, i, sl);
    if (three) {
      out.push(three);
      skipped = i + 1;
      continue;
    }
    let whole = wholeName(t, sl) ?? cuedFunctionSurname(ctx, t, sl) ?? addressedName(ctx, t, sl);
    // After a place name (德国慕尼黑) a name-shaped word is more likely a place.
    if (whole === 'strong' && i > 0 && tokens[i - 1]!.end === t.start && /^ns/.test(tokens[i - 1]!.tag)) whole = 'weak';
    // A rare surname's name whose last character opens a word with the next (温化寒|湿 of 温化|寒湿): a phrase, or a cue's.
    if (whole === 'strong' && !hasFrequentSurname(t.word) && isCommonWord(folded.slice(t.end - 1, t.end + 1))) whole = 'weak';
    // A cue beside the word outweighs the list (记者王俊璞、本报记者刘小明: bylines listed, not things).
    if (whole === 'strong' && listedWithThings(tokens, i) && !cued(ctx, t.start, t.end)) vetoed.add(t.word);
    if (whole === 'strong') strong.push({ start: t.start, end: t.end, score: 0.72 });
    else if (whole === 'weak' && nameGluedBeforeLast(ctx, i, sl)) out.push(nameGluedBeforeLast(ctx, i, sl)!);
    else if (
      whole === 'weak' &&
      t.word.length - sl === 1 &&
      isHan(folded[t.end] ?? '') &&
      !NOT_IN_NAME.has(folded[t.end]!) &&
      cueAfter(ctx, t.end + 1)
    ) {
      // jieba split the last character off a three-character name (赵国|钧少将).
      out.push({ start: t.start, end: t.end + 1, score: 0.7 });
    } else if (whole === 'weak' && !nounAfterParticle(tokens, i) && (cued(ctx, t.start, t.end) || listedWithNames(tokens, i)))
      out.push({ start: t.start, end: t.end, score: 0.7 });
    else if (t.word.length === sl && !FUNCTION_TAG.test(t.tag)) {
      const end = pieceName(tokens, i, sl);
      // 在对|谈/v|中/f 回忆: a verb that is a surname, before a word of place, is the act where something happens.
      if (t.tag === 'v' && tokens[i + 1]?.tag === 'f') continue;
      if (end && cued(ctx, t.start, end) && !comesToAPlace(folded.slice(t.start, end))) out.push({ start: t.start, end, score: 0.65 });
      else {
        // Before 等17人 the given name may be any word (孙|立新/d 等17人…案): no other cue is so sure. So may it between a
        // role and the mark that closes a list's item or a clause (技师赵|立新/d、…): the role names whom, the mark ends it.
        const given = tokens[i + 1];
        if (
          given &&
          given.start === t.end &&
          given.word.length === 2 &&
          isHan(given.word) &&
          ![...given.word].some((c) => NOT_IN_NAME.has(c)) &&
          (PEOPLE_COUNTED.test(folded.slice(given.end, given.end + 8)) ||
            (ITEM_END.test(folded[given.end] ?? '') && !/^v/.test(given.tag) && !cueAfter(ctx, given.start) && cueBefore(ctx, t.start)))
        )
          out.push({ start: t.start, end: given.end, score: 0.65 });
      }
    }
  }
  for (const h of strong) if (!vetoed.has(folded.slice(h.start, h.end))) out.push(h);
  out.push(...dottedNames(ctx));
  return out;
}

// What a person says or does, or has, and a place does not (罗干说, 在巴金家中; not 巴西总统, 中国重视).
const SPEECH_AFTER = /^(说|表示|指出|强调|认为|宣布|会见|会晤|致辞|讲话|家中)/;

/**
 * A name jieba's dictionary files as a place (罗干/ns, 钟南山/ns) that no gazetteer or world data knows, before a word of
 * speech, or beside a cue of a person, which outweighs a landform's reading of its ending (钟南山院士: a place takes no
 * title). The score of its reading; 0 when it is none.
 */
function placeNamedPerson(ctx: EntityContext, t: Token, sl: number): number {
  const given = t.word.length - sl;
  if (given < 1 || given > 2 || [...t.word.slice(sl)].some((c) => NOT_IN_NAME.has(c)) || isKnownPlaceName(ctx, t.word)) return 0;
  if (comesToAPlace(t.word)) return 0;
  if (cued(ctx, t.start, t.end)) return 0.75;
  const m = SPEECH_AFTER.exec(ctx.folded.slice(t.end, t.end + 2));
  return m && ctx.seg.boundaries.has(t.end + m[0].length) ? 0.6 : 0;
}

/**
 * A word of two characters jieba does not know, right after 的 (韩国现代汽车的|高管/x|出席): what a possessive opens is a
 * noun of the language jieba lacks, not a name with one character of given name.
 */
function nounAfterParticle(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  return t.tag === 'x' && t.word.length === 2 && prev?.word === '的' && prev.end === t.start;
}

/**
 * A two-character name jieba's dictionary holds (鲁迅/nr, 巴金/nr) whatever its surname, right before 先生 (鲁迅先生曾说):
 * a rarer surname's name needs more than a cue, and the address to a man of letters is that.
 */
function addressedName(ctx: EntityContext, t: Token, sl: number): 'weak' | undefined {
  return t.tag === 'nr' && sl === 1 && t.word.length === 2 && isWord(t.word) && ctx.folded.startsWith('先生', t.end) ? 'weak' : undefined;
}

/** One word that is a whole Chinese name: three characters read as a name (strong), or two (weak, needs a cue). */
export function wholeName(t: Token, sl: number): 'strong' | 'weak' | undefined {
  // The tag first: asked of every short word that starts with a surname, most of which jieba tags otherwise.
  if (!NAME_OR_UNKNOWN_TAG.test(t.tag)) return undefined;
  const given = t.word.slice(sl);
  if (given.length < 1 || given.length > 2 || ADDRESS.test(given)) return undefined;
  // 其 and 在 are function words after most surnames (查其原因, 李在会上), but open a given name in a word jieba read
  // whole: one its dictionary holds (钱其琛/nr), or an unknown one a cue must confirm (薛其坤/x, Korean 李在明/x, 文在寅).
  const openedByFunctionWord = given.length === 2 && (t.tag === 'nr' || t.tag === 'x') && FUNCTION_OPENS_GIVEN.test(given);
  if (
    ([...given].some((c, k) => NOT_IN_NAME.has(c) && !(openedByFunctionWord && k === 0)) && !givenNameEndsInYear(t.word, sl)) ||
    endsLikeNoName(t.word)
  )
    return undefined;
  if (t.tag === 'nz') return given.length === 2 && sl === 1 && !isWord(given) ? 'weak' : undefined;
  // A compound surname and one character that jieba's dictionary holds as a name (诸葛亮/nr, 司马迁/nr, 欧阳修/nr): as sure as
  // a three-character name, unless the character names a clan, an address or a thing (慕容氏, 令狐兄, 司徒府, 司马台).
  if (given.length === 1 && sl > 1 && /^(nr|nrfg)$/.test(t.tag) && !NOT_COMPOUND_GIVEN.has(given) && !AMBIGUOUS_COMPOUND.test(t.word))
    return 'strong';
  // Two characters (刘杰, 高敏): a frequent surname that is not more often a verb or function word (师德, 干多), unless
  // jieba read the two as one word it does not know (门将顾超/x, 画家谢明/x): a verb's words it knows (顾客, 谢绝, 付出).
  if (given.length === 1)
    return sl > 1 ||
      (hasFrequentSurname(t.word) &&
        !FUNCTION_TAG.test(tagOf(t.word.slice(0, sl))) &&
        (t.tag === 'x' || !/^v/.test(tagOf(t.word.slice(0, sl)))))
      ? 'weak'
      : undefined;
  // jieba's dictionary tags many three-character words as names (纪念章, 安全带, 司令官): a surname and a first
  // given character seldom make a word of their own, and a word written all in transliteration characters
  // (吉隆坡, 欧佩克) is read by the foreign-name rules, which need a cue.
  if (rareSurnameOpensWord(t.word, sl)) return undefined;
  if (isCommonWord(t.word.slice(0, sl + 1))) return 'weak';
  if ([...t.word].every((c) => TRANSLITERATION.has(c))) return 'weak';
  // A surname character that is more often another word, before a word (高|素质, 那|棵花): needs a cue.
  const surnameTag = tagOf(t.word.slice(0, sl));
  // A surname jieba tags as a bound morpheme (林/ng, 孙/zg) is no word alone, so it opens none before a word (林则徐, 孙中山),
  // unless the word ends on the surname's character again, as a phrase's parallel parts do (强农|惠农|富农), no name.
  const bound = BOUND_MORPHEME_TAG.test(surnameTag) && !given.endsWith(t.word.slice(0, sl));
  if (FUNCTION_TAG.test(surnameTag) || (surnameTag !== 'nr' && !bound && isWord(given))) return 'weak';
  // An unknown word that jieba pieced together ending in a word (向记者, 江西籍) is no name of its own.
  if (t.tag === 'x' && ((isWord(given) && !/^n[rsz]/.test(tagOf(given))) || isWord(t.word.slice(0, 2)))) return undefined;
  // An unknown word that jieba pieced together is a name only where a cue says so: on report prose its guesses
  // are as often fragments (普惠性, 时所作) as names.
  return t.tag === 'x' ? 'weak' : 'strong';
}

/**
 * A three-character word whose surname is outside the hundred most frequent and opens a word of the language with the
 * next character (纪念|章, 司令|官, 常备|军): twice unlikely to be a name, it is none whatever stands beside it (纪念章（左）,
 * 司令官同志), though jieba's dictionary tags many such words as names.
 */
export function rareSurnameOpensWord(word: string, sl: number): boolean {
  return sl === 1 && word.length === 3 && !hasFrequentSurname(word) && isCommonWord(word.slice(0, 2));
}

/** jieba's dictionary tag of a short string read as one word, or '' when it is no word of the dictionary. */
function dictTag(word: string): string {
  const tag = tagOf(word);
  return /^(x|eng|m)$/.test(tag) ? '' : tag;
}

export const isWord = (word: string) => dictTag(word) !== '';
/** A dictionary word that is not itself a name (纪念, 安全; not 江泽, which jieba knows as a place). */
export const isCommonWord = (word: string) => isWord(word) && !/^n[sz]/.test(dictTag(word));

const LIST_JOINS = /^[、和及与]$/;
const PERSONAL_PRONOUN = /^(我|你|您|他|她|我们|你们|他们|她们|咱们)$/;

/** The word stands in a list (、, 和) next to a word that is no name: a place (ns) or a common noun. */
function listedWithThings(tokens: Token[], i: number): boolean {
  // A personal pronoun joined to the word is a person too (他和刘志丹一起, 我与王明): people are listed with people.
  const nameLike = (t: Token | undefined) => !t || /^(nr|nrfg|nrt|x)$/.test(t.tag) || PERSONAL_PRONOUN.test(t.word);
  const prevJoin = tokens[i - 1];
  const nextJoin = tokens[i + 1];
  // 在北京与徐光启合作: a place closing a phrase of 在 is where, and 与 after it opens with whom, no list.
  const whereThenWith = prevJoin?.word === '与' && tokens[i - 2]?.tag === 'ns' && tokens[i - 3]?.word === '在';
  if (prevJoin && LIST_JOINS.test(prevJoin.word) && !nameLike(tokens[i - 2]) && !whereThenWith) return true;
  return !!nextJoin && LIST_JOINS.test(nextJoin.word) && !nameLike(tokens[i + 2]);
}

/** Three-character names listed together (毛泽东、邓小平、江泽民): each shows the others to be names. */
function listedWithNames(tokens: Token[], i: number): boolean {
  // Only words jieba knows as names: its unknown words in lists are as often suffixed nouns (幸福感、安全感).
  const isName = (n: Token | undefined) =>
    !!n &&
    n.word.length === 3 &&
    n.tag === 'nr' &&
    isHan(n.word) &&
    !!surnameLength(n.word) &&
    !!wholeName(n, surnameLength(n.word)) &&
    !isCommonWord(n.word.slice(0, 2));
  if (!isName(tokens[i])) return false;
  return (tokens[i - 1]?.word === '、' && isName(tokens[i - 2])) || (tokens[i + 1]?.word === '、' && isName(tokens[i + 2]));
}

/** A surname word followed by one or two characters of given name in words of their own (姜|天云, 吴|天明): their end. */
function pieceName(tokens: Token[], i: number, sl: number): number | undefined {
  const first = tokens[i + 1];
  if (!first || !isHan(first.word) || first.word.length > 2) return undefined;
  let end = first.end;
  const parts = [first];
  if (first.word.length === 1) {
    const second = tokens[i + 2];
    if (second && second.word.length === 1 && isHan(second.word) && !NOT_GIVEN_TAG.test(second.tag)) parts.push(second);
  }
  const name = tokens[i]!.word + parts.map((p) => p.word).join('');
  for (const p of parts) {
    // 观察员|国/n|和/c|对话: a conjunction standing alone is no given name.
    if (([...p.word].some((c) => NOT_IN_NAME.has(c)) && !givenNameEndsInYear(name, sl)) || p.tag === 'c') return undefined;
    if (p.word.length > 1 && NOT_GIVEN_TAG.test(p.tag)) return undefined;
  }
  end = parts[parts.length - 1]!.end;
  const given = end - tokens[i]!.end;
  if (given < 1 || given > 2 || sl + given > 4) return undefined;
  return end;
}

/** A word right before or after the span that goes with people only. */
export function cued(ctx: EntityContext, start: number, end: number): boolean {
  return cueBefore(ctx, start) || cueAfter(ctx, end) || cueAfterAdverbial(ctx, end);
}

// Adverbs and time words that stand between a subject and its verb (叶利钦当天对新闻界说 is cut 当天|对…; 米尔斯还介绍说, 韦德进一步指出).
const ADVERBIAL_TAG = /^(d|t)$/;

/** The act follows the name after one adverb or time word (米尔斯还介绍, 金正日近日提出 is not a cue: 提出 is no act of people only). */
export function cueAfterAdverbial(ctx: EntityContext, end: number): boolean {
  const { seg, folded } = ctx;
  if (!seg.boundaries.has(end) || end >= folded.length) return false;
  const t = seg.tokens[seg.tokenAt[end]!];
  if (!t || t.start !== end || t.word.length > 3 || !ADVERBIAL_TAG.test(t.tag)) return false;
  return cueAfter(ctx, t.end);
}

// A cue before a name ends right before it, a cue after starts right after it: the character there says whether any
// cue can (most characters end or start none), before every cue is tried.
const CUE_BEFORE_LAST = new CodeSet(CUES_BEFORE.map((c) => c[c.length - 1]!));
const CUE_AFTER_FIRST = new CodeSet(CUES_AFTER.map((c) => c[0]!));

export function cueBefore(ctx: EntityContext, start: number): boolean {
  const { folded, seg } = ctx;
  // Both readings below end with the cue at start - 1 (a word ending at start is the folded text up to it).
  if (!CUE_BEFORE_LAST.at(folded, start - 1)) return false;
  // The cue may close a longer word (总书记, 农业部长).
  const prev = start > 0 ? seg.tokens[seg.tokenAt[start - 1]!] : undefined;
  return (
    CUES_BEFORE.some(
      (c) =>
        (folded.startsWith(c, start - c.length) && seg.boundaries.has(start - c.length)) || (prev?.end === start && prev.word.endsWith(c)),
    ) ||
    (prev?.end === start && staffNounEndsAt(seg.tokens, seg.tokenAt[start - 1]!))
  );
}

export function cueAfter(ctx: EntityContext, end: number): boolean {
  const { folded, seg } = ctx;
  if (!seg.boundaries.has(end)) return false;
  if (CUE_AFTER_FIRST.at(folded, end) && CUES_AFTER.some((c) => folded.startsWith(c, end) && seg.boundaries.has(end + c.length)))
    return true;
  const rest = folded.slice(end, end + 20);
  return roleOfAList(ctx, end) || PHOTO_PLACE.test(rest) || SPOKE_AT.test(rest) || AGE.test(rest);
}

// What one said on an occasion (李鹏在会见时说, 克林顿在讲话中指出), and a person's age (刘伟今年32岁, 现年五十二岁; not 岁月).
const SPOKE_AT = /^在[^,，。;；:：!！?？“”"]{1,12}?[时中上后](?:说|指出|表示|强调|宣布)/;
const AGE = /^[,，]?(?:今年|现年)?[0-9一二三四五六七八九十]{1,3}岁(?!月)/;

// Where a person stands in a photograph, after their name in its caption (王昆（左）, 郭兰英(右二)).
export const PHOTO_PLACE = /^[(（](?:前排|后排)?[左中右][一二三四五六七八九]?[)）]/;

// The role of the people just listed: 等 or a count of people (两名, 三位) and a role (韦斯特等队员, 赫里斯坚科两名副总理).
const PEOPLE_COUNTED = /^等[0-9一二三四五六七八九十百两几多余]+[人名]/;
// The marks that close a list's item or a clause.
const ITEM_END = /^[、，,。；;]$/;
const LIST_COUNT = /^(?:等|[两二三四五六七八九几]+[名位])副?/;

function roleOfAList(ctx: EntityContext, end: number): boolean {
  const { folded, seg } = ctx;
  if (folded[end] !== '等' && !/[两二三四五六七八九几]/.test(folded[end] ?? '')) return false;
  // Those named first among a number of people (孙立新等17人…犯罪案, 王某等三名干部).
  if (PEOPLE_COUNTED.test(folded.slice(end, end + 8))) return true;
  const count = LIST_COUNT.exec(folded.slice(end, end + 6));
  if (!count) return false;
  const at = end + count[0].length;
  return CUES_BEFORE.some((c) => folded.startsWith(c, at) && seg.boundaries.has(at + c.length));
}

/** A name the world data or China's gazetteer holds as a place (巴西, 中山): a name a person rule leaves to the places. */
export function isKnownPlaceName(ctx: EntityContext, name: string): boolean {
  return !!worldNames().get(name) || ctx.gaz.byName.has(name);
}
