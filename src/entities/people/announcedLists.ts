import type { EntityContext } from '../context.ts';
import { tokensIn, tagOf } from '../segment.ts';
import { isNameShaped, NOT_IN_NAME } from './personNames.ts';
import { JAPANESE_SURNAMES } from '../data/japaneseSurnames.ts';
import { isCommonWord, isKnownPlaceName, NOT_NAME_END, type NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';

// A colon after a word for people announces the people it lists (获奖名单：…, 表彰对象：…, 优秀村干部有：覃海燕、龙建国…):
// there a name jieba cuts into words (龙/n|建国/ns, 马/n|建设/vn) or does not know (央金, 朝鲁门) is still a name, as the
// uncued lists cannot say. Every item must read as a name, else the list is of something else.

// The word before the colon: a roll, a kind of people, or those honoured (获奖者, 得主), with 有/为/是 between or none.
// Those who won or were given something, written as a 的 phrase (获得“七一勋章”的有：), and a work's authors (获奖作者有：).
const LEAD =
  /(?:名单|获奖者|获得者|得主|对象|人选|候选人|干部|代表|模范|标兵|先进个人|运动员|选手|队员|成员|同志|作者|的有)(?:分别)?(?:有|为|是|如下)?[：:]$/;
// Without the colon, 有 alone announces the list after a roll's or a people's word (代表有赵金生、钱立国、孙红梅).
const LEAD_WITHOUT_COLON = /(?:名单|获奖者|获得者|得主|对象|人选|候选人|代表|模范|标兵|先进个人|作者)(?:分别)?有(?=[\u4e00-\u9fff])/g;
// What a roll writes after a name: sex or people (马建设（回族）), that an honour was given after death (黄文秀（追授）),
// or whom or what the member stands for (成敏（业主代表）, 王强（市财政局）): a short note of words, no clause in it.
const NOTE = /^[（(][\u4e00-\u9fff]{1,12}[）)]/;
const LIST_END = /[。；;！!？?\n]/;
// jieba's tags of a whole item that is a name or a word it does not know; any other is a word of the language.
const NAME_TAG = /^(nr|nrfg|nrt|x)$/;

export function namesInAnnouncedLists(ctx: EntityContext): NameHit[] {
  const { folded } = ctx;
  const out: NameHit[] = [];
  for (let colon = folded.search(/[：:]/); colon >= 0; colon = nextColon(folded, colon + 1)) {
    if (!LEAD.test(folded.slice(Math.max(0, colon - 8), colon + 1))) continue;
    const items = listAfter(ctx, colon + 1);
    if (items && items.length >= 2) for (const i of items) out.push({ start: i.start, end: i.end, score: 0.7 });
  }
  for (const m of folded.matchAll(LEAD_WITHOUT_COLON)) {
    const items = listAfter(ctx, m.index! + m[0].length);
    if (items && items.length >= 2) for (const i of items) out.push({ start: i.start, end: i.end, score: 0.7 });
  }
  return out;
}

function nextColon(folded: string, from: number): number {
  const rest = folded.slice(from).search(/[：:]/);
  return rest < 0 ? -1 : from + rest;
}

/**
 * The items of the 、-list that starts at `from` and runs to the end of its sentence; undefined unless every one is a
 * name, or a foreign name cut into pieces (平野/n|美宇, 张本/ns|美/ns|和/c) among at least two that read as names.
 */
function listAfter(ctx: EntityContext, from: number): { start: number; end: number }[] | undefined {
  const { folded } = ctx;
  const items: { start: number; end: number }[] = [];
  let names = 0;
  let at = from;
  for (;;) {
    let end = at;
    while (end < folded.length && end - at <= 12 && !LIST_END.test(folded[end]!) && !/[、，,（(等]/.test(folded[end]!)) end++;
    const name = isName(ctx, at, end);
    if (!name && !isPiecedForeignName(ctx, at, end)) return undefined;
    if (name) names++;
    items.push({ start: at, end });
    const note = NOTE.exec(folded.slice(end, end + 8));
    if (note) end += note[0].length;
    if (folded[end] !== '、') return (LIST_END.test(folded[end] ?? '。') || folded[end] === '等') && names >= 2 ? items : undefined;
    at = end + 1;
  }
}

/**
 * Four characters jieba cuts into pieces, none a word of the language or a place (张本/ns|美/ns|和/c), or a Japanese family
 * name and its given name (平野/n|美宇): in a list of names, a foreign name no list holds.
 */
function isPiecedForeignName(ctx: EntityContext, start: number, end: number): boolean {
  const name = ctx.folded.slice(start, end);
  if (name.length !== 4 || !isHan(name) || isKnownPlaceName(ctx, name) || [...name].some((c) => NOT_IN_NAME.has(c))) return false;
  if (!ctx.seg.boundaries.has(start) || !ctx.seg.boundaries.has(end)) return false;
  const family = JAPANESE_SURNAMES.includes(name.slice(0, 2)) ? start + 2 : start;
  return !tokensIn(ctx.seg, family, end).some((t) => t.word.length >= 2 && (isCommonWord(t.word) || isKnownPlaceName(ctx, t.word)));
}

function isName(ctx: EntityContext, start: number, end: number): boolean {
  const name = ctx.folded.slice(start, end);
  if (name.length < 2 || isKnownPlaceName(ctx, name)) return false;
  if (/^[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12}$/.test(name)) return true;
  if (!isHan(name) || name.length > 4 || NOT_NAME_END.has(name[name.length - 1]!)) return false;
  if (!NAME_TAG.test(tagOf(name)) || !ctx.seg.boundaries.has(start) || !ctx.seg.boundaries.has(end)) return false;
  // A Chinese name by its shape; a name of a people written without a surname (央金, 朝鲁门) as names or unknown words only.
  return isNameShaped(name) || tokensIn(ctx.seg, start, end).every((t) => NAME_TAG.test(t.tag));
}
