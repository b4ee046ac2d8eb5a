import type { EntityContext } from '../context.ts';
import { occurrences, wordIndex, type WordIndex } from '../../text/occurrences.ts';
import { cueAfter, cueBefore, type NameHit } from './untitledNames.ts';
import { NAME_DOTS } from './transliteration.ts';
import { NOT_IN_NAME } from './personNames.ts';
import { isHan } from '../../text/han.ts';

/** A people's stock of name words, what a place or a body named after such words ends with, and how sure a reading is. */
export interface NameStock {
  parts: readonly string[];
  /** The character after the pair that makes it a place's or a body's name (尼玛县, 巴特尔镇). */
  placeHead: RegExp;
  score: number;
  /** Syllables that close a name after one word of the stock (Amdo 才让|太, 卓玛|草), read after a role. */
  endings?: string;
}

/**
 * Names of peoples without surnames, written as two words of their own stock side by side (次仁多吉, 孟和巴特尔) or set apart
 * by a middle dot (扎西·次仁), standing as words of their own and not before a place's or a body's head, or one such word
 * alone beside a role or an act of a person (牧民其木格). jieba knows few of these words, so its cuts at the pair's edges
 * are guesses: the pair may open inside an unknown word (村医达/x|娃卓玛) and end before a character glued to its last
 * word (次仁家/x, 仁和/nr). One reader per stock.
 */
export function pairedNameWords(stock: NameStock): (ctx: EntityContext) => NameHit[] {
  const parts = new Set(stock.parts);
  const lengths = [...new Set(stock.parts.map((p) => p.length))].sort((a, b) => b - a);
  // Where the words of the stock occur, found through the text's index of pairs of characters: their first characters are
  // common ones (多, 才, 巴), and a scan for them stopped at thousands of places of a report.
  const index = wordIndex(stock.parts);
  const partAt = (folded: string, at: number) => {
    for (const n of lengths) if (parts.has(folded.slice(at, at + n))) return n;
    return 0;
  };
  return (ctx) => {
    const { folded, seg } = ctx;
    const out: NameHit[] = [];
    const starts = partStarts(folded, index);
    // A pair read is not read into again.
    let from = 0;
    for (let n = 0; n < starts.length; n++) {
      const at = starts[n]!;
      if (at < from) continue;
      if (at + 4 > folded.length) break;
      if (!(seg.boundaries.has(at) || insideUnknownWord(ctx, at))) continue;
      const first = partAt(folded, at);
      // A form or a list may set the two words apart with a middle dot (扎西·次仁).
      const dot = first && NAME_DOTS.has(folded[at + first]!) ? 1 : 0;
      const second = first ? partAt(folded, at + first + dot) : 0;
      if (first && !second) {
        // One word of the stock alone is a name where a role or a person's act stands beside it (牧民其木格, 其木格和丈夫).
        const end = at + first;
        const closed = closingSyllable(ctx, stock, at, end);
        if (closed) {
          out.push(closed);
          continue;
        }
        // After a role the name must end there: a mark or a function word follows (牧民白音|仓 is 白音仓).
        const household = gluedTail(ctx, end, HOUSEHOLD);
        const ends = !isHan(folded[end] ?? '。') || NOT_IN_NAME.has(folded[end]!) || household || wordAfter(ctx, end);
        if (
          seg.boundaries.has(at) &&
          (seg.boundaries.has(end) || household) &&
          !stock.placeHead.test(folded.slice(end, end + 1)) &&
          (cueAfter(ctx, end) || (ends && cueBefore(ctx, at)))
        )
          out.push({ start: at, end, score: stock.score - 0.1 });
        continue;
      }
      if (!second) continue;
      const end = at + first + dot + second;
      const glued = gluedTail(ctx, end, NOT_IN_NAME) || gluedTail(ctx, end, PAIR_TAILS);
      if (!(seg.boundaries.has(end) || glued) || stock.placeHead.test(folded.slice(end, end + 1))) continue;
      out.push({ start: at, end, score: stock.score });
      from = end;
    }
    return out;
  };
}

/** Where a word of the list starts in the text, ascending, each offset once. */
function partStarts(folded: string, index: WordIndex): number[] {
  const starts: number[] = [];
  for (const found of occurrences(folded, index)) for (let k = 0; k < found.length; k++) starts.push(found[k]!);
  starts.sort((a, b) => a - b);
  let n = 0;
  for (let k = 0; k < starts.length; k++) if (n === 0 || starts[n - 1] !== starts[k]) starts[n++] = starts[k]!;
  starts.length = n;
  return starts;
}

/**
 * One word of the stock and a syllable that closes names (县委书记才让|太, 女企业家卓玛草/x) right after a role: the name
 * ends after the syllable, where a word of two characters or a mark follows.
 */
function closingSyllable(ctx: EntityContext, stock: NameStock, at: number, end: number): NameHit | undefined {
  const { folded, seg } = ctx;
  if (!stock.endings?.includes(folded[end] ?? '。') || !isHan(folded[end]!) || !seg.boundaries.has(at)) return undefined;
  const word = seg.tokens[seg.tokenAt[at]!]!;
  const whole = word.start === at && word.end === end + 1;
  if (!(whole || (seg.boundaries.has(end) && seg.boundaries.has(end + 1)))) return undefined;
  if (!(!isHan(folded[end + 1] ?? '。') || wordAfter(ctx, end + 1)) || !cueBefore(ctx, at)) return undefined;
  return { start: at, end: end + 1, score: stock.score - 0.1 };
}

// What jieba glues to the last word of a name besides a function word: 和 between two names (边巴|次|仁和/nr|村党支部书记)
// and the 家 of one's household (扎西|次仁家/x, 巴图|孟和家/x). Both are names' characters elsewhere (张和平, 李家豪), so
// only after a name read by its stock.
// …and a verb of speech before a mark (索朗|卓嘎说/x|，): no name of the stock ends on one.
const PAIR_TAILS = new Set(['和', '家', '说', '讲']);
const HOUSEHOLD = new Set(['家']);

/** jieba glued one character after the name to its last character (额尔敦|毕力|格到/x|苏木, 旺姆家/x): the name ends before it. */
function gluedTail(ctx: EntityContext, end: number, tails: ReadonlySet<string>): boolean {
  const t = ctx.seg.tokens[ctx.seg.tokenAt[end]!];
  return !!t && t.end === end + 1 && t.start < end && tails.has(ctx.folded[end]!) && ctx.seg.boundaries.has(end + 1);
}

/** jieba's guess ran the word before into the name (村医达/x|娃卓玛, 护|边员索/x|南群): its boundaries say nothing there. */
function insideUnknownWord(ctx: EntityContext, at: number): boolean {
  const t = ctx.seg.tokens[ctx.seg.tokenAt[at]!];
  return !!t && t.tag === 'x' && t.start < at;
}

/** A word of two characters or more opens right after the name (其其格|带领): no character of the name is left over. */
function wordAfter(ctx: EntityContext, end: number): boolean {
  const t = ctx.seg.tokens[ctx.seg.tokenAt[end]!];
  return !!t && t.start === end && t.end - t.start >= 2;
}
