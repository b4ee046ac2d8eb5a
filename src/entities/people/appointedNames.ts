import type { EntityContext } from '../context.ts';
import { tokensIn, type Token } from '../segment.ts';
import { isNameShaped, NOT_IN_NAME, surnameLength } from './personNames.ts';
import { isHan } from '../../text/han.ts';
import { isCommonWord, isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { unlistedSurnameAfterPost } from './readingAfterRole.ts';
import { allTransliteration } from './transliteration.ts';
import { matchesStartingAt, startsOf } from '../../text/matchesNear.ts';

// The acts of a people's congress or its standing committee on a person, and what follows the name in each
// (任命王海涛为副市长, 免去李志强的副市长职务, 接受周卫东辞去代表职务, 批准赵明辉任检察长): between them stands the name,
// whatever tag jieba gives it (陈静/x, 欧阳/ns|红为/x).
// The act may open a list after a colon (决定任命：黄卫东为副市长).
// A note on the person in brackets may stand between the name and 为 (任命卯红英（女，苗族，1986年10月生…）为…).
const ACT_THEN_NAME =
  /(?:决定任命|任命|提名|聘任|补选|选举|推选|增补|决定免去|免去|免除|撤销|接受|同意|批准)[：:]?([\u4e00-\u9fff]{2,4}?)(?:[（(][^（）()\n]{1,60}[）)])?(?:为|任|的|同志的|辞去|职务)/g;
// An act closing its line with a colon (一、决定任命：\n): the list's items follow, one a line.
const LINE_OPENED_AT = /(?:决定任命|任命|决定免去|免去|免除|撤销|聘任|提名|补选|增补)[：:][ \u3000]*\n/y;
// An item of such a list: a name, or names joined by 、, before 为 or 的 (司马健为, 吴国强、范佳怡的).
const LINE_ITEM = /^[ \u3000]*((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}?)(?:为|的|同志的)/;
// The acts those patterns open on (ACT_THEN_NAMES' and LIST_OPENED's among them): they are tried where an act is written,
// not at every character of the report (the patterns open on a choice of words, which no scan skips ahead to).
const ACTS = [
  '决定任命',
  '任命',
  '提名',
  '聘任',
  '补选',
  '选举',
  '推选',
  '增补',
  '决定免去',
  '免去',
  '免除',
  '撤销',
  '接受',
  '同意',
  '批准',
];
// Names listed before the one post they are all named to (提名韩东升、蓝玉洁为副县长候选人), or removed from the one post
// they all held (免去区慧芳、柳建军的乡镇党委副书记职务).
const ACT_THEN_NAMES =
  /(?:(?:决定任命|任命|提名|聘任|补选|选举|推选|增补)[：:]?((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)(?:为|任)|(?:决定免去|免去|免除|撤销)[：:]?((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)(?:的|同志的))/g;
// A later appointment of the same act after 、 (任命彭晓东为教育局局长、欧阳红为生态环境局局长).
const LISTED_APPOINTMENT = /、([\u4e00-\u9fff]{2,4}?)为/g;
// The next act of a list opened after a colon, after ； (任命：林向东为办公厅副主任；常红为…副主任委员; 免去：…职务；…).
const NEXT_ACT = /[；;]([\u4e00-\u9fff]{2,4}?)(?:为|的|同志的)/g;
const LIST_OPENED = /(?:任命|免去|免除|撤销|聘任|提名|补选|增补)[：:]/;
const LIST_OPENED_AT = new RegExp(LIST_OPENED.source, 'y');
// The acts a later appointment after 、 continues.
const APPOINTING = /任命|聘任|提名/;
// A name elected: after a mark, before 当选 (，程万里当选为主任; 会议选举…，林立新当选).
const ELECTED = /[，,；;：:。\n]([\u4e00-\u9fff]{2,4}?)当选/g;
// Words a name cannot be made of: verbs, adverbs, numbers, pronouns and the like (任命一批干部为…, 免去其职务).
const NOT_A_NAME_TAG = /^(v|vn|vd|a|ad|an|d|p|c|m|q|r|t|u\w*|f)$/;
// Kinds of people an act may name instead of a person (补选代表为…, 选举主任为…).
const NOT_A_NAME = /^(代表|委员|主任|副主任|干部|人员|同志|其|他|她|上述)/;

/**
 * Names in the appointments and removals of a congress's or standing committee's report: after 任命/免去/接受… and before
 * 为/的/辞去, and after 、 in a clause of appointments (…局长、欧阳红为…局长). Such a clause names nobody but people there.
 */
export function appointedNames(ctx: EntityContext): NameHit[] {
  const { folded } = ctx;
  if (!/任命|免去|免除|撤销|辞去|补选|聘任|提名|选举|推选|增补|当选/.test(folded)) return [];
  const out: NameHit[] = [];
  const take = (start: number, name: string) => {
    // A foreign name a head of state appoints is written in transliteration (任命萨伊多夫为外交部长), and is no place.
    const foreign = name.length >= 3 && allTransliteration(name) && !isKnownPlaceName(ctx, name);
    const end = start + name.length;
    if (!ctx.seg.boundaries.has(start)) return;
    const words = tokensIn(ctx.seg, start, end);
    const given = surnameAndGiven(ctx, start, end);
    if (NOT_A_NAME.test(name)) return;
    if (unlistedSurnameName(ctx, start, end, words)) {
      out.push({ start, end, score: 0.8 });
      return;
    }
    if (!isNameShaped(name) && !foreign && given?.tag !== 'nr') return;
    // Words wholly inside the span that no name is made of, or one word of the language for the whole span (群众, 结果).
    if (!given && words.some((t) => t.start >= start && t.end <= end && t.word.length >= 2 && NOT_A_NAME_TAG.test(t.tag))) return;
    // jieba files a few names as places (欧阳建/ns): one no gazetteer or world data holds is the person the act names.
    const placeFiled = words[0]?.tag === 'ns' && isNameShaped(name) && !isKnownPlaceName(ctx, name);
    if (words.length === 1 && words[0]!.start === start && words[0]!.end === end && !/^(nr|nrfg|nrt|x)$/.test(words[0]!.tag) && !placeFiled)
      return;
    out.push({ start, end, score: 0.8 });
  };
  const acts = startsOf(folded, ACTS);
  for (const m of matchesStartingAt(folded, ACT_THEN_NAME, acts))
    take(m.index! + m[0].length - tailLength(m[0], m[1]!) - m[1]!.length, m[1]!);
  for (const m of matchesStartingAt(folded, ACT_THEN_NAMES, acts)) {
    const names = m[1] ?? m[2]!;
    let at = m.index! + m[0].lastIndexOf(names);
    for (const name of names.split('、')) {
      take(at, name);
      at += name.length + 1;
    }
  }
  // Each pattern's pass over the report only where the report holds what its matches need: a list opened after a colon,
  // 当选, an act of appointing (ELECTED alone was a try at every mark of the report).
  if (acts.some((at) => ((LIST_OPENED_AT.lastIndex = at), LIST_OPENED_AT.test(folded))))
    for (const m of folded.matchAll(NEXT_ACT)) {
      const sentenceStart = Math.max(folded.lastIndexOf('。', m.index!), folded.lastIndexOf('\n', m.index!));
      if (LIST_OPENED.test(folded.slice(sentenceStart + 1, m.index!))) take(m.index! + 1, m[1]!);
    }
  // A list set out one item a line under its act (一、决定任命： / 司马健为…检察员； / 二、决定免去： / 张洁清的…职务；): each
  // line up to the next heading opens on the name, or on names joined by 、.
  for (const at of acts) {
    LINE_OPENED_AT.lastIndex = at;
    const opened = LINE_OPENED_AT.exec(folded);
    if (!opened) continue;
    for (let line = at + opened[0].length; line < folded.length;) {
      const item = LINE_ITEM.exec(folded.slice(line, line + 40));
      if (!item) break;
      let start = line + item[0].indexOf(item[1]!);
      for (const name of item[1]!.split('、')) {
        take(start, name);
        start += name.length + 1;
      }
      const next = folded.indexOf('\n', line);
      if (next < 0) break;
      line = next + 1;
    }
  }
  if (folded.includes('当选')) for (const m of folded.matchAll(ELECTED)) take(m.index! + 1, m[1]!);
  if (APPOINTING.test(folded))
    for (const m of folded.matchAll(LISTED_APPOINTMENT)) {
      const clauseStart = Math.max(
        folded.lastIndexOf('；', m.index!),
        folded.lastIndexOf('。', m.index!),
        folded.lastIndexOf(';', m.index!),
      );
      if (!APPOINTING.test(folded.slice(clauseStart + 1, m.index!))) continue;
      take(m.index! + 1, m[1]!);
    }
  return out;
}

// Forms of address and words of the act after a surname (免去王同志的, 李先生的): no given name.
const ADDRESS_WORD = /^(同志|先生|女士|老师|师傅|职务|其他)$/;
// Tags of a given name of two characters that jieba reads as a word of the language (方/n|明远/a, 向/p|前进/v, 程/n|万里/m):
// not a pronoun, a measure word, a time, a direction or a word of grammar (任命|其/r, 免去|王/nr|同志).
const GIVEN_WORD_TAG = /^(nr|nrfg|nz|x|n|ns|a|ad|an|v|vn|vd|d|m)$/;

/**
 * Three characters read as a surname of the lists alone and a given name of two characters as one word: between an act of
 * the congress and 为 or 的 (任命方明远为, 撤销高明亮的, 增补向前进为, 任命：林/ng|向东/nr|为), the act's object is a person, and
 * the given name may be any word jieba knows. The given name's word, or undefined.
 */
function surnameAndGiven(ctx: EntityContext, start: number, end: number): { tag: string } | undefined {
  if (end - start !== 3 || surnameLength(ctx.folded.slice(start, end)) !== 1) return undefined;
  const words = tokensIn(ctx.seg, start, end);
  if (words.length !== 2 || words[0]!.end !== start + 1 || words[1]!.end !== end) return undefined;
  return GIVEN_WORD_TAG.test(words[1]!.tag) && isHan(words[1]!.word) && !ADDRESS_WORD.test(words[1]!.word)
    ? { tag: /^nr/.test(words[1]!.tag) ? 'nr' : words[1]!.tag }
    : undefined;
}

/**
 * A name of three characters whose surname no list holds, where the act names a person: one word jieba does not know that
 * opens and ends on no word of the language (免去区慧芳/x、…的), a character read as a time or a noun before a given name
 * jieba does not know or reads as a name (任命卯/t|红英/x（女，…）为), or a surname read as after a post.
 */
function unlistedSurnameName(ctx: EntityContext, start: number, end: number, words: Token[]): boolean {
  const name = ctx.folded.slice(start, end);
  if (name.length !== 3 || !isHan(name) || isKnownPlaceName(ctx, name)) return false;
  if (words.length === 1 && words[0]!.start === start && words[0]!.end === end && words[0]!.tag === 'x')
    return !isCommonWord(name.slice(0, 2)) && !isCommonWord(name.slice(1));
  if (words.length === 2 && words[0]!.word.length === 1 && /^(t|n|ng|zg|b)$/.test(words[0]!.tag)) {
    const given = words[1]!;
    if (given.end === end && /^(x|nr|nrfg)$/.test(given.tag) && ![...given.word].some((c) => NOT_IN_NAME.has(c))) return true;
  }
  return unlistedSurnameAfterPost(ctx, start) === 1 && ctx.seg.boundaries.has(end);
}

/** How long the part after the name is in a match of ACT_THEN_NAME (为, 的, 同志的, 辞去, 职务). */
function tailLength(match: string, name: string): number {
  const at = match.lastIndexOf(name);
  return match.length - at - name.length;
}
