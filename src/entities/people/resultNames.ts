import type { EntityContext } from '../context.ts';
import { cueBefore, isCommonWord, isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { allTransliteration } from './transliteration.ts';
import { isNameShaped, NOT_IN_NAME, surnameLength } from './personNames.ts';
import { wordsOfTheLanguage } from './readingAfterRole.ts';
import { isHan } from '../../text/han.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { tagOf, tokensIn } from '../segment.ts';

// Sport writes a player's result right after the name (全红婵以425.60分夺冠, 苏炳添以9秒83闯入决赛, 樊振东4比1战胜王楚钦):
// jieba, not knowing the name, glues it to the 以 after it (全红婵以/x, 潘展|乐以/x) or cuts it in two, so the name is read
// from the text up to the result. A score (4比1, 二比零) also vouches for whom the winner beat (战胜王楚钦), and the minute
// of a goal for its scorer (由克雷桑在第78分钟打入).

const DIGIT = '[0-9０-９一二三四五六七八九十零两]';
// 以 and a time, a mark or points (以46秒40, 以425.60分, 以2小时01分, 以总成绩335公斤), or a score with or without 以 (4比1, 以10比7).
const RESULT = new RegExp(`^(?:以(?:总成绩|总分|成绩)?[0-9０-９.．]+(?:秒|分|米|环|公斤|小时|杆)|以?${DIGIT}{1,3}[比:：]${DIGIT}{1,3})`);
// What a result opens on: 以 or a digit. A table per code unit, not a test per character of the report.
const RESULT_FIRST = new CodeSet(['以0123456789０１２３４５６７８９一二三四五六七八九十零两']);
const SCORE = new RegExp(`${DIGIT}{1,3}比${DIGIT}{1,3}`);
// Before the name: the clause opens there, or a role or a player's country closes there (中国选手潘展乐).
const CLAUSE_START = /[，,。；;：:！!？?、\s“”"（(）)]/;
const BEAT = /(?:战胜|击败|负于|不敌|淘汰|横扫|力克|完胜|险胜|逆转)$/;
const AFTER_BEATEN = /^(?:[，,。；;、！!]|$|晋级|进入|获得|夺得|卫冕|后)/;

/** Players named right before their result, and those a winner beat in a clause that gives the score. */
export function resultNames(ctx: EntityContext): NameHit[] {
  const { folded } = ctx;
  const out: NameHit[] = [];
  const places = RESULT_FIRST.placesIn(folded);
  for (let n = 0; n < places.length; n++) {
    const at = places[n]!;
    if (at < 1) continue;
    // A score after 以 is read from the 以 (李娜|以2比1), not from its first digit.
    if (!isHan(folded[at - 1]!) || folded[at - 1] === '以' || !RESULT.test(folded.slice(at, at + 14))) continue;
    const hit = nameEndingAt(ctx, at);
    if (hit) out.push(hit);
  }
  for (const m of folded.matchAll(/(?:战胜|击败|负于|不敌|淘汰|横扫|力克|完胜|险胜|逆转)/g)) {
    const clause = clauseAround(folded, m.index!);
    if (!SCORE.test(clause.text) || !BEAT.test(folded.slice(clause.start, m.index! + 2))) continue;
    const hit = nameStartingAt(ctx, m.index! + 2);
    if (hit) out.push(hit);
  }
  // 进球由克雷桑在第78分钟打入: the scorer of a goal by its minute, whom jieba glues to the 由 before (由克雷桑/x).
  for (const m of folded.matchAll(SCORED_BY)) {
    const start = m.index! + 1;
    const end = start + m[1]!.length;
    if (plausible(ctx, m[1]!, start, end) || unknownRun(ctx, m[1]!, start, end)) out.push({ start, end, score: 0.7 });
  }
  return out;
}

const SCORED_BY = new RegExp(`由([\\u4e00-\\u9fff]{2,6}?)在第${DIGIT}{1,3}分钟`, 'g');

/** A name of two to four characters (a transliterated one up to six) that ends at `end` and opens where a clause or a role ends. */
function nameEndingAt(ctx: EntityContext, end: number): NameHit | undefined {
  const { folded } = ctx;
  for (let len = 2; len <= 6 && len <= end; len++) {
    const start = end - len;
    const name = folded.slice(start, end);
    if (!isHan(name)) return undefined;
    const opens = start === 0 || CLAUSE_START.test(folded[start - 1]!) || cueBefore(ctx, start);
    if (!opens || !ctx.seg.boundaries.has(start)) continue;
    if (plausible(ctx, name, start, end) || splitSurnameName(ctx, name, start, end)) return { start, end, score: 0.7 };
  }
  return undefined;
}

/** A name of two to four characters (a transliterated one up to six) that starts at `start` and ends the clause or before what a winner does next. */
function nameStartingAt(ctx: EntityContext, start: number): NameHit | undefined {
  const { folded } = ctx;
  for (let len = 2; len <= 6 && start + len <= folded.length; len++) {
    const end = start + len;
    const name = folded.slice(start, end);
    if (!isHan(name)) return undefined;
    if (!AFTER_BEATEN.test(folded.slice(end, end + 2)) || !ctx.seg.boundaries.has(end)) continue;
    if (plausible(ctx, name, start, end) || unknownRun(ctx, name, start, end) || splitSurnameName(ctx, name, start, end))
      return { start, end, score: 0.7 };
  }
  return undefined;
}

function plausible(ctx: EntityContext, name: string, start: number, end: number): boolean {
  if (isKnownPlaceName(ctx, name)) return false;
  // A surname and the first given character that make a word are a word jieba may still tag as a name (高中生/nr).
  if (name.length <= 4 && isNameShaped(name)) {
    const head = name.slice(0, surnameLength(name) + 1);
    return !wordsOfTheLanguage(ctx, start, end) && (head === name || !isCommonWord(head) || /^nr/.test(tagOf(head)));
  }
  return name.length >= 3 && allTransliteration(name);
}

/**
 * A surname jieba cut off alone and a given name it read as one word of the language (林/ng|高远/d|以11比7): before a
 * player's result or after whom a winner beat (以4比2战胜林高远，), where no word of the language stands, the two are a name.
 */
function splitSurnameName(ctx: EntityContext, name: string, start: number, end: number): boolean {
  if (name.length !== 3 || surnameLength(name) !== 1 || isKnownPlaceName(ctx, name)) return false;
  const words = tokensIn(ctx.seg, start, end);
  return (
    words.length === 2 &&
    words[0]!.word.length === 1 &&
    !/^(p|c|u[a-z]*|r|m|q|f|v|d)$/.test(words[0]!.tag) &&
    !NOT_IN_NAME.has(name[1]!) &&
    !NOT_IN_NAME.has(name[2]!)
  );
}

/**
 * Whom a winner beat, in a clause that gives the score (以3比1击败张本智和, 以6比4淘汰奥沙利文): a foreign name no list
 * holds, which jieba cuts into pieces (张本/ns|智/ng|和/c, 奥沙利/ns|文/n) — three or four characters holding no word of
 * the language of two characters or more, no character that ends a name and no place. A team has its 队 or is a place.
 */
function unknownRun(ctx: EntityContext, name: string, start: number, end: number): boolean {
  if (name.length < 3 || name.length > 4 || isKnownPlaceName(ctx, name) || [...name].some((c) => NOT_IN_NAME.has(c))) return false;
  if (!ctx.seg.boundaries.has(start)) return false;
  return !tokensIn(ctx.seg, start, end).some((t) => t.word.length >= 2 && (isCommonWord(t.word) || isKnownPlaceName(ctx, t.word)));
}

function clauseAround(folded: string, at: number): { start: number; text: string } {
  let start = at;
  while (start > 0 && !/[，,。；;！!？?]/.test(folded[start - 1]!)) start--;
  let end = at;
  while (end < folded.length && !/[，,。；;！!？?]/.test(folded[end]!)) end++;
  return { start, text: folded.slice(start, end) };
}
