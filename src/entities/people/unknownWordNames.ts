import type { EntityContext } from '../context.ts';
import { tagOf, type Token } from '../segment.ts';
import { hasFrequentSurname, surnameLength } from './personNames.ts';
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
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tag !== 'x' || t.word.length < 2 || t.word.length > 3 || !hasFrequentSurname(t.word) || surnameLength(t.word) !== 1) continue;
    const prev = touching(tokens[i - 1], t, true);
    const next = touching(tokens[i + 1], t, false);
    const placed =
      t.word.length === 3
        ? prev?.word === '的' || next?.word === '的' || PREPOSITION.test(prev?.tag ?? '') || VERB.test(next?.tag ?? '')
        : PREPOSITION.test(prev?.tag ?? '') && /^[pv]$/.test(next?.tag ?? '');
    if (placed && !cutAcrossWord(t, next) && wholeName(t, 1) !== undefined) out.push({ start: t.start, end: t.end, score: 0.6 });
  }
  return out;
}

/**
 * jieba cut a word of the language apart at the unknown word's end: its last character and the next word's first make a
 * word (陆港开|行至 is 陆港 开行, a dry port's trains running to …), so the unknown word is no name ending there.
 */
function cutAcrossWord(t: Token, next: Token | undefined): boolean {
  return !!next && next.word.length >= 2 && tagOf(t.word[t.word.length - 1]! + next.word[0]!) !== 'x';
}

/** The word `w` when it touches `t` on the side asked. */
function touching(w: Token | undefined, t: Token, before: boolean): Token | undefined {
  return w && (before ? w.end === t.start : w.start === t.end) ? w : undefined;
}
