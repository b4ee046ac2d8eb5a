import type { EntityContext } from '../context.ts';
import { tagOf, type Token } from '../segment.ts';
import { hasFrequentSurname, NOT_IN_NAME, OPENS_ON_SURNAME, surnameLength, VERB_AFTER_NAME } from './personNames.ts';
import { isHan } from '../../text/han.ts';
import { tokensWith } from '../wordTable.ts';
import { wholeName, type NameHit } from './untitledNames.ts';

// A preposition before a name (从王学强那里, 把宋军从…调到): jieba's tag for them.
const PREPOSITION = /^p$/;
const VERB = /^v$/;

/**
 * A word jieba does not know, shaped as a Chinese name with one of the hundred most frequent surnames, where the words
 * around it want a person or a thing: a three-character one right before or after 的 (王发林的公司, 教导处的徐东辉即将…,
 * 《陈伊玲的故事》), after a preposition (梁连起从王学强那里了解到) or before a verb (这是王宝庆创办的); a two-character one only
 * between a preposition and a preposition or verb (把宋军从一个乡镇调到这里). The government work reports of 1954–2024 hold no
 * unknown word so shaped and so placed that is not a name: theirs are cut-up terms standing in lists (林田湖, 孟中印, 万无电)
 * or before 的 after a preposition (同蒋帮的).
 */
export function unknownWordNames(ctx: EntityContext): NameHit[] {
  const tokens = ctx.seg.tokens;
  const out: NameHit[] = [];
  const opening = tokensWith(ctx.seg, OPENS_ON_SURNAME);
  for (let n = 0; n < opening.length; n++) {
    const i = opening[n]!;
    const t = tokens[i]!;
    if (t.tag !== 'x' || t.word.length < 2 || t.word.length > 3 || !hasFrequentSurname(t.word) || surnameLength(t.word) !== 1) continue;
    const prev = touching(tokens[i - 1], t, true);
    const next = touching(tokens[i + 1], t, false);
    const placed =
      t.word.length === 3
        ? prev?.word === '的' || next?.word === '的' || PREPOSITION.test(prev?.tag ?? '') || VERB.test(next?.tag ?? '')
        : PREPOSITION.test(prev?.tag ?? '') && /^[pv]$/.test(next?.tag ?? '');
    if (placed && t.word.length === 2 && lastCharInVerb(t, next)) {
      out.push({ start: t.start, end: next!.start + 1, score: 0.6 });
      continue;
    }
    if (placed && !cutAcrossWord(t, next) && wholeName(t, 1) !== undefined) out.push({ start: t.start, end: t.end, score: 0.6 });
  }
  // The surname opens on one (its own flag): the words that open on none are not read.
  for (let n = 0; n < opening.length; n++) {
    const i = opening[n]!;
    if (i < 1 || i + 2 >= tokens.length) continue;
    const hit = surnameAndGivenAfterPreposition(tokens, i);
    if (hit) out.push(hit);
  }
  return out;
}

/**
 * A surname jieba reads alone as a name or a bound morpheme and a two-character word it reads as a name or a proper noun
 * after it (与/p|刘/zg|海涛/nr|交谈, 与/p|谭/zg|振华/nz|等企业家), between a preposition and a verb or 等: jieba's own
 * tags read the pair as a name, and the preposition and the verb want a person there.
 */
function surnameAndGivenAfterPreposition(tokens: Token[], i: number): NameHit | undefined {
  const s = tokens[i]!;
  if (s.word.length !== 1 || !/^(nr|zg)$/.test(s.tag) || surnameLength(s.word) !== 1) return undefined;
  const prev = touching(tokens[i - 1], s, true);
  const given = touching(tokens[i + 1], s, false);
  if (!prev || !PREPOSITION.test(prev.tag) || !given || given.word.length !== 2 || !/^(nr|nrfg|nz)$/.test(given.tag)) return undefined;
  if (!isHan(given.word) || [...given.word].some((c) => NOT_IN_NAME.has(c))) return undefined;
  const next = touching(tokens[i + 2], given, false);
  return next && (VERB.test(next.tag) || next.word === '等') ? { start: s.start, end: given.end, score: 0.6 } : undefined;
}

/**
 * jieba cut a word of the language apart at the unknown word's end: its last character and the next word's first make a
 * word (陆港开|行至 is 陆港 开行, a dry port's trains running to …), so the unknown word is no name ending there.
 */
function cutAcrossWord(t: Token, next: Token | undefined): boolean {
  return !!next && next.word.length >= 2 && tagOf(t.word[t.word.length - 1]! + next.word[0]!) !== 'x';
}

// Tags of a character that opens no given name's last: adverbs, prepositions and other function words (再|说, 据|说, 所|说).
const NOT_LAST_GIVEN = /^(d|p|c|r|u[a-z]*|m|q|f|t|v)$/;

/**
 * jieba read a three-character name as two characters it does not know and a verb of speech or going whose first
 * character is the name's last (跟|赵德/x|明说/v|了): a verb of two characters that is the name's character and a verb
 * that follows names as a word of its own (说, 讲, 问, 去).
 */
export function lastCharInVerb(t: Token, next: Token | undefined): boolean {
  if (!next || next.word.length !== 2 || !VERB.test(next.tag) || !VERB_AFTER_NAME.has(next.word[1]!)) return false;
  const last = next.word[0]!;
  return (
    isHan(last) && !NOT_IN_NAME.has(last) && !NOT_LAST_GIVEN.test(tagOf(last)) && wholeName({ ...t, word: t.word + last }, 1) !== undefined
  );
}

/** The word `w` when it touches `t` on the side asked. */
function touching(w: Token | undefined, t: Token, before: boolean): Token | undefined {
  return w && (before ? w.end === t.start : w.start === t.end) ? w : undefined;
}
