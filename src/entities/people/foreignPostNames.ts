import type { EntityContext } from '../context.ts';
import { occurrences, wordIndex } from '../../text/occurrences.ts';
import { worldNames } from '../world/worldNames.ts';
import { allTransliteration, isNameJoin, TRANSLITERATION_CODES } from './transliteration.ts';
import { isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { CUES_AFTER } from './nameCues.ts';
import { JAPANESE_SURNAMES } from '../data/japaneseSurnames.ts';
import { HAS_HAN } from '../../text/han.ts';

// Posts of states, governments and international bodies that news and foreign-affairs reports write between the body
// and the holder's name (俄罗斯总统普京, 日本外务大臣岩屋毅, 世界卫生组织总干事谭德塞, 韩国外交部长官赵兑烈), and the ranks of its forces.
const POSTS = [
  ...['总统', '副总统', '总理', '副总理', '首相', '副首相', '国务卿', '副国务卿', '首席部长', '总督', '国王', '女王'],
  ...['王储', '亲王', '埃米尔', '苏丹', '议长', '副议长', '外长', '外交部长', '外交部部长', '外交大臣', '外务大臣', '外相', '防长'],
  ...['国防部长', '财长', '财政部长', '部长', '副部长', '大臣', '长官', '秘书长', '副秘书长', '总干事', '副总干事', '总裁'],
  ...['行长', '主席', '副主席', '国家主席', '总书记', '第一书记', '大使', '总领事', '市长', '州长', '省长', '知事', '发言人'],
  ...['特使', '特别代表', '董事长', '首席执行官', '总司令', '参谋长'],
  // A party's secretary-general as Japanese parties title it (自民党干事长森山裕).
  '干事长',
  // A monarch's children and consort, named by a given name alone (泰国公主诗琳通, 英国王子哈里).
  ...['公主', '王子', '王后', '王妃'],
  // Ranks of a state's forces, after the service (美国海军少将巴洛克).
  ...['上将', '中将', '少将', '准将'],
];
// Walks of life a foreign country is written before as a post is (日本选手张本智和, 巴西前锋内马尔, 日本乒乓球选手早田希娜,
// 日本作家大江健三郎): the country says the one named after it is its national, so the name is read as after a post, however
// jieba cut it. Only after a foreign country, not a body (联合国选手 is no one's), nor 中国, whose people's names the Chinese
// readings know; and the reading only lengthens one of those it overlaps (张本 to 张本智和), never cuts one another way.
const ROLES = [
  ...['选手', '棋手', '球星', '球员', '名将', '老将', '小将', '前锋', '后卫', '中锋', '边锋', '中卫', '门将', '主帅', '中场'],
  ...['主教练', '运动员', '车手', '拳手', '骑手', '作家', '诗人', '画家', '漫画家', '导演', '演员', '歌手', '影星', '歌星'],
  ...['科学家', '物理学家', '化学家', '数学家', '作曲家', '指挥家', '钢琴家', '小提琴家', '音乐家', '艺术家', '建筑师'],
];
const ROLES_SORTED = wordIndex([...ROLES].sort((a, b) => b.length - a.length));

/** The posts as words (for the bodies' names, which no post stands inside). */
export const FOREIGN_POSTS: ReadonlySet<string> = new Set(POSTS);
// Longest first, so that 外交部部长 is read before 部长.
const POSTS_SORTED = wordIndex([...POSTS].sort((a, b) => b.length - a.length));
// How far before the post the state or body may end: an organ of it stands between (韩国|外交部|长官, 美国|国务院|发言人).
const MAX_GAP = 8;
const MAX_BODY = 16;
// Words that may stand between the state or body and its post: an organ's name, a rank or 兼 (王储兼首相).
const GAP_TAG = /^(n|nt|nz|ns|nr|nrt|j|b|x|f)$/;
const GAP_WORD = /^(前|副|兼|代理|时任|现任|新任|候任|第一)$/;
// Where a name after a post ends: a preposition, conjunction or particle, or the first ordinary word (an act, a thing).
// 率 leads a party or a fleet (少将巴洛克|率|舰艇编队).
// 以 opens the means of a result (基普乔格|以2小时…打破).
const STOP_CHAR = new Set([...'在同与和及跟向对为将也还已曾就于等的是说称时了率以']);
const CONJUNCTION_AFTER = new Set([...'与同跟及']);
// Time words jieba may read into the name before them (詹祖里最近/x).
// …and a reason opening what befalls the one named (内马尔|因伤缺席).
// …and a player's result, which jieba tags as a name (希金斯|晋级/nr).
// …and 都 before what all the ones named did (梅西|都曾在…来华).
const STOP_WORD = /^(最近|近日|日前|今天|昨天|当天|近来|此前|随后|今年|去年|目前|因伤|因病|因故|因为|晋级|都[曾已将在是不没有要会])/;
// Japanese family names are words of the landscape (小池, 森山, 大江: pond, forest, river), which jieba reads as nouns: after
// Japan's post or national's role, a noun of two or three characters ending as the common surnames end opens the name,
// and the given name after it may be read as nouns too (小池|百合/n|子). The endings are the common surnames' own.
const JAPANESE_SURNAME_ENDS = new Set(JAPANESE_SURNAMES.map((s) => s[s.length - 1]!));
const JAPANESE_SURNAME_TAG = /^(n|ns|nr|nz|x)$/;
const JAPANESE_GIVEN_TAG = /^(n|ng)$/;
const MAX_JAPANESE = 6;
const ORDINARY_TAG = /^(v|vd|vn|n|a|ad|an|d|l|i|p|c|m|q|t|r|s|u[a-z]*|y|e|nt|b|tg|mq)$/;
const MIN_NAME = 2;
const MAX_NAME = 7;
const MAX_DOTTED = 20;

/**
 * A person named right after the post a foreign state or an international body gives them (俄罗斯总统普京, 沙特王储兼首相
 * 穆罕默德·本·萨勒曼, 亚洲基础设施投资银行行长金立群): the state or body names the post, so the name after it is whoever holds
 * it, however jieba cut it (马克|龙, 黄循|财在) and whatever characters it is written with (岩屋毅, 赵兑烈). The name runs to
 * the first preposition, conjunction or ordinary word (美国总统选举 names no one); it is 2 to 7 characters, or longer
 * parts joined by middle dots. The words from the body's end to the name (王储兼首相) are returned too: no name stands there.
 */
export function foreignPostNames(ctx: EntityContext): { names: NameHit[]; posts: NameHit[] } {
  const { folded, seg } = ctx;
  const names: NameHit[] = [];
  const posts: NameHit[] = [];
  const seen = new Set<number>();
  const hits = occurrences(folded, POSTS_SORTED);
  POSTS_SORTED.words.forEach((post, k) => {
    for (const at of hits[k]!) {
      const from = at + post.length;
      // The post ends where a word does (外交部长|官 is 外交部|长官), or its last character opens a word jieba does not
      // know, glued to the name (美国商务部|长卢特/x|尼克).
      if (seen.has(from) || !(seg.boundaries.has(from) || gluedToName(ctx, from))) continue;
      const body = bodyEnd(ctx, at);
      if (body === undefined) continue;
      const end = nameEnd(ctx, from, body.canonical === '日本');
      if (end === undefined) continue;
      seen.add(from);
      names.push({ start: from, end, score: 0.8 });
      posts.push({ start: body.end, end: from, score: 0 });
    }
  });
  return { names, posts };
}

/** The names written after a foreign country's national of a walk of life (日本选手张本智和), as `names` after posts. */
export function foreignRoleNames(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  const hits = occurrences(folded, ROLES_SORTED);
  ROLES_SORTED.words.forEach((role, k) => {
    for (const at of hits[k]!) {
      const from = at + role.length;
      if (!seg.boundaries.has(from) || !seg.boundaries.has(at)) continue;
      const body = bodyEnd(ctx, at);
      if (!body || body.country !== true || body.canonical === '中国') continue;
      const japanese = body.canonical === '日本';
      const end = nameEnd(ctx, from, japanese);
      if (end === undefined) continue;
      out.push({ start: from, end, score: 0.75 });
      // 日本选手张本智和与早田希娜: a second national joined by 与 or 和 shares the walk of life, unless a state or a place
      // opens what follows (与中国选手…).
      if (!/[与和]/.test(folded[end] ?? '') || !seg.boundaries.has(end + 1)) continue;
      const next = nameEnd(ctx, end + 1, japanese);
      const second = next === undefined ? '' : folded.slice(end + 1, next);
      if (second && !worldNames().has(second) && !isKnownPlaceName(ctx, second) && !bodyEnd(ctx, next!))
        out.push({ start: end + 1, end: next!, score: 0.7 });
    }
  });
  return out;
}

/** The character at `from` is the post's last one's word's second: a word jieba does not know (长卢特/x), a name's start. */
function gluedToName(ctx: EntityContext, from: number): boolean {
  const t = ctx.seg.tokens[ctx.seg.tokenAt[from]!];
  return !!t && t.start === from - 1 && t.end > from && t.tag === 'x';
}

/** Where a state or international body ends, at most a few words of an organ or rank before `at`. */
function bodyEnd(ctx: EntityContext, at: number): { end: number; country: boolean; canonical: string } | undefined {
  const { folded, seg } = ctx;
  const names = worldNames();
  for (let g = at; g >= Math.max(0, at - MAX_GAP); g--) {
    if (g < at && !gapWordsFit(ctx, g, at)) return undefined;
    for (let len = Math.min(MAX_BODY, g); len >= 2; len--) {
      const hit = names.get(folded.slice(g - len, g));
      if (hit && seg.boundaries.has(g - len) && (hit.type === 'organization' || hit.place?.level === 'country' || foreignRegion(hit.place)))
        return { end: g, country: hit.place?.level === 'country' || foreignRegion(hit.place), canonical: hit.canonical };
    }
  }
  return undefined;
}

/**
 * A region of a foreign country (英格兰, 苏格兰 of 英国): its people are named after their walk of life as a country's are
 * (英格兰名将奥沙利文, 英格兰中场贝林厄姆). China's own regions are not foreign.
 */
function foreignRegion(place: { level?: string; path?: readonly string[] } | undefined): boolean {
  return place?.level === 'region' && !!place.path?.length && place.path[0] !== '中国';
}

/** The words of [from, to) are an organ's name or a rank (外交部, 国务院, 前, 兼), no act or function word. */
function gapWordsFit(ctx: EntityContext, from: number, to: number): boolean {
  const { seg, folded } = ctx;
  for (let i = from; i < to;) {
    const t = seg.tokens[seg.tokenAt[i]!]!;
    if (!HAS_HAN.test(folded[i]!)) return false;
    if (!GAP_TAG.test(t.tag) && !GAP_WORD.test(t.word) && !POSTS.some((p) => t.word.endsWith(p))) return false;
    i = t.end;
  }
  return true;
}

/** Where the name starting at `from` ends, or undefined when no name of the right length stands there. */
function nameEnd(ctx: EntityContext, from: number, japanese: boolean): number | undefined {
  const { folded, seg } = ctx;
  let han = 0;
  let japaneseSurname = false;
  for (let p = from; p <= folded.length; p++) {
    const c = folded[p];
    const long = p - from > MAX_DOTTED;
    // A hyphen joins the parts of a compound name as a dot does (阿卜杜勒-阿齐兹).
    if (c === undefined || long || (!HAS_HAN.test(c) && !isNameJoin(c)))
      return han >= MIN_NAME && !long && !isNameJoin(folded[p - 1]) ? p : undefined;
    if (isNameJoin(c)) continue;
    const t = seg.tokens[seg.tokenAt[p]!]!;
    const startsWord = t.start === p;
    // A stop character ends the name, unless it opens a name word of its own (稻盛|和夫/nr).
    // A conjunction right before a preposition is none: it closes the name (张本智和|与).
    // A Japanese family name may open on one (是枝, 和田) where jieba cut it off before a word it does not know (是|枝裕/x),
    // and a Japanese given name end on 和 (裕和, 智和) before the act of its bearer (是枝裕和|执导).
    const japaneseOpening = japanese && p === from && startsWord && t.word.length === 1 && unknownAfter(ctx, t.end);
    const japaneseEnd = japanese && c === '和' && han >= 2 && /^(v|vd|p|d)$/.test(seg.tokens[seg.tokenAt[p + 1] ?? -1]?.tag ?? '');
    const joins = STOP_CHAR.has(c) && !japaneseOpening && !japaneseEnd && !(c === '和' && CONJUNCTION_AFTER.has(folded[p + 1] ?? ''));
    const stop = (joins && !(startsWord && t.word.length >= 2 && /^nr/.test(t.tag))) || STOP_WORD.test(folded.slice(p, p + 2));
    // A one-character verb with its aspect particle (科尔|通了电话) is an act, not a syllable.
    if (japanese && p === from && startsWord) japaneseSurname = opensJapaneseName(t.word, t.tag);
    const japaneseWord = japaneseSurname && (p === from || (JAPANESE_GIVEN_TAG.test(t.tag) && t.end - from <= MAX_JAPANESE));
    // 行长拉加/v|德: a first word written all in syllables, run on by another syllable, is the name's, whatever jieba tags it.
    const syllables = p === from && startsWord && allTransliteration(t.word) && TRANSLITERATION_CODES.at(folded, t.end);
    const ordinary =
      startsWord &&
      !japaneseWord &&
      !syllables &&
      ((t.word.length >= 2 && ORDINARY_TAG.test(t.tag)) || (t.tag === 'v' && /^[了过着]/.test(folded.slice(p + 1, p + 2))));
    if (ordinary && !stop && han >= 1 && gluedIntoCue(ctx, p, t.end)) return p + 1;
    // A Japanese name is seldom a surname and one character: one read so before a word whose second character is a
    // preposition has its last character glued into that word (林芳|正在/t|记者会: 林芳正|在).
    if (ordinary && !stop && japanese && han === 2 && t.end === p + 2 && STOP_CHAR.has(folded[p + 1]!)) return p + 1;
    if (stop || ordinary) return han >= MIN_NAME && !isNameJoin(folded[p - 1]) ? p : undefined;
    han++;
    if (
      han > MAX_NAME &&
      !folded
        .slice(from, p)
        .split('')
        .some((x) => isNameJoin(x))
    )
      return undefined;
  }
  return undefined;
}

/** A word jieba does not know, of two characters or more, starts at `at`. */
function unknownAfter(ctx: EntityContext, at: number): boolean {
  const t = ctx.seg.tokens[ctx.seg.tokenAt[at] ?? -1];
  return !!t && t.start === at && t.tag === 'x' && t.word.length >= 2;
}

/** A word that may be a Japanese family name however jieba tags it: a common one, or a noun that ends as they end. */
function opensJapaneseName(word: string, tag: string): boolean {
  if (JAPANESE_SURNAMES.includes(word)) return true;
  return word.length >= 2 && word.length <= 3 && JAPANESE_SURNAME_TAG.test(tag) && JAPANESE_SURNAME_ENDS.has(word[word.length - 1]!);
}

/**
 * jieba glued the name's last character to the first of a word of speech or meeting after it (黄循|财会/n|见, 会见 after
 * 黄循财): a word of two characters at `p` whose second character opens such a word, which ends at a word's end.
 */
function gluedIntoCue(ctx: EntityContext, p: number, wordEnd: number): boolean {
  const { folded, seg } = ctx;
  return wordEnd === p + 2 && CUES_AFTER.some((c) => c.length >= 2 && folded.startsWith(c, p + 1) && seg.boundaries.has(p + 1 + c.length));
}
