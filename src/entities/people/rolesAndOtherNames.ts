import type { EntityContext } from '../context.ts';
import { readName, readNameBefore } from './namesBesidePosts.ts';
import { isCommonWord, isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { isNameShaped, NOT_IN_NAME } from './personNames.ts';
import { isHan } from '../../text/han.ts';

// Culture news names a performer by the part played (在《繁花》中饰演阿宝的胡歌, 饰演张桂梅的海清), and writers and singers by
// a pen or stage name with the real one beside it (他的本名是管谟业, 作家“唐家三少”本名张威, 周树人以“鲁迅”为笔名): the
// part, the player and both names are people's. A pen name is quoted right after its holder's role.

const PLAYED = /饰演([\u4e00-\u9fff]{2,4})的/g;
// A figure of history or fiction played in quotes (饰演“孙悟空”, 扮演“穆桂英”): a name of three characters jieba holds as
// one, not a part named by a word (扮演“守门人”角色); jieba files many words of two as names (文明/nr), and the figures of
// two it holds are CC-CEDICT's too (dictionaryPeople.ts: 扮演“李白”).
const PLAYED_QUOTED = /(?:饰演|扮演)“([\u4e00-\u9fff]{3,4})”(?!角色|的角色)/g;
const OTHER_NAME = /(?:本名|原名|真名|笔名|艺名|化名)(?:是|为|叫)?/g;
// What opens the clause of a name and its other name (，鲁迅原名…): a name read inside a longer phrase is none.
const CLAUSE_OPEN = /[，,。；;：:、\s“”]/;
// The roles that go by a pen or stage name (not 乡村医生“县管乡用”, a scheme in quotes after a role).
const PEN_ROLE = /(?:作家|诗人|词人|歌手|演员|艺人|画家|漫画家|主播|博主|作者|编剧)$/;
const QUOTED = /“([\u4e00-\u9fff]{2,6})”(?=本名|原名|真名|笔名|艺名|说|表示|的|在|、|，|,)/g;
// A pen or stage name taken (周树人首次以“鲁迅”为笔名, 以“刀郎”为艺名): the quoted name is a person's, and so is the name
// that opens the clause before 以, an adverb or two of time between (首次, 第一次, 开始).
const TAKEN_NAME = /以“([\u4e00-\u9fff]{2,6})”为(?:其)?(?:笔名|艺名|化名|网名)/g;
const TIME_ADVERBS = /(?:首次|第一次|开始|曾经|曾|又|便|就)*$/;

export function rolesAndOtherNames(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  for (const m of folded.matchAll(PLAYED)) {
    const start = m.index! + 2;
    const end = start + m[1]!.length;
    // The part: a name no dictionary holds as a word (阿宝, 张桂梅), not a kind of part (饰演母亲的, 饰演主角的).
    if (seg.boundaries.has(start) && seg.boundaries.has(end) && !isCommonWord(m[1]!) && !isKnownPlaceName(ctx, m[1]!))
      out.push({ start, end, score: 0.7 });
    const player = nameAt(ctx, end + 1);
    if (player) out.push(player);
  }
  for (const m of folded.matchAll(PLAYED_QUOTED)) {
    const start = m.index! + 3;
    const end = start + m[1]!.length;
    const t = seg.tokens[seg.tokenAt[start]!]!;
    if (t.start === start && t.end === end && /^(nr|nrfg)$/.test(t.tag) && isNameShaped(m[1]!) && !isKnownPlaceName(ctx, m[1]!))
      out.push({ start, end, score: 0.65 });
  }
  for (const m of folded.matchAll(OTHER_NAME)) {
    // The word itself, not two characters of others (文化|名都 holds 化名).
    if (!seg.boundaries.has(m.index!) || !seg.boundaries.has(m.index! + 2)) continue;
    const hit = nameAt(ctx, m.index! + m[0].length);
    if (!hit) continue;
    out.push(hit);
    // Whose other name it is, right before (鲁迅原名周树人).
    const holder = readNameBefore(ctx, m.index!);
    if (holder && CLAUSE_OPEN.test(folded[holder.start - 1] ?? '，')) out.push({ ...holder, score: 0.7 });
  }
  for (const m of folded.matchAll(TAKEN_NAME)) {
    const name = m[1]!;
    // Whatever word the name is too (鲁迅/nr is one to jieba): what is taken as a pen name names its holder.
    if (isKnownPlaceName(ctx, name)) continue;
    out.push({ start: m.index! + 2, end: m.index! + 2 + name.length, score: 0.7 });
    const before = folded.slice(Math.max(0, m.index! - 12), m.index!);
    const holder = readNameBefore(ctx, m.index! - TIME_ADVERBS.exec(before)![0].length);
    if (holder && CLAUSE_OPEN.test(folded[holder.start - 1] ?? '，')) out.push({ ...holder, score: 0.7 });
  }
  for (const m of folded.matchAll(QUOTED)) {
    const name = m[1]!;
    if (!PEN_ROLE.test(folded.slice(Math.max(0, m.index! - 4), m.index!)) || isCommonWord(name) || isKnownPlaceName(ctx, name)) continue;
    out.push({ start: m.index! + 1, end: m.index! + 1 + name.length, score: 0.7 });
  }
  return out;
}

/** A Chinese name read as after a post, or a word jieba does not know of two or three characters (刀郎/x). */
function nameAt(ctx: EntityContext, at: number): NameHit | undefined {
  const read = readName(ctx, at);
  if (read) return { ...read, score: 0.7 };
  const t = ctx.seg.tokens[ctx.seg.tokenAt[at] ?? -1];
  if (!t || t.start !== at || t.tag !== 'x' || t.word.length < 2 || t.word.length > 3 || !isHan(t.word)) return undefined;
  return [...t.word].some((c) => NOT_IN_NAME.has(c)) ? undefined : { start: t.start, end: t.end, score: 0.65 };
}
