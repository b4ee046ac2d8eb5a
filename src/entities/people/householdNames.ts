import type { EntityContext } from '../context.ts';
import { OPENS_ON_SURNAME, surnameLength } from './personNames.ts';
import { cueBefore, wholeName, type NameHit } from './untitledNames.ts';
import { tokensWith } from '../wordTable.ts';

// Verbs that take one to a home (来到姜祖海家, 走进…家): what stands at the end is a household.
const TO_A_HOME = /^(来到|走进|走访|到|去|在|住进|看望|慰问|赶到|回到|跑到)$/;

/**
 * A household named by its head (记者来到姜祖海家时, 村民刘长根家): jieba ran the name into the 家 after it as one word it does
 * not know. A surname and one or two characters that make a name, then 家, as a word of its own after a verb that takes
 * one to a home or after a kind of person: the name ends before 家. The word alone is nothing (王家, 专家, 李家村 are words
 * or places jieba knows).
 */
export function householdNames(ctx: EntityContext): NameHit[] {
  const { seg } = ctx;
  const out: NameHit[] = [];
  const opening = tokensWith(seg, OPENS_ON_SURNAME);
  for (let n = 0; n < opening.length; n++) {
    const i = opening[n]!;
    const t = seg.tokens[i]!;
    const glued = givenNameGluedToHome(ctx, i);
    if (glued) out.push(glued);
    if (t.tag !== 'x' || t.word.length < 3 || t.word.length > 4 || !t.word.endsWith('家')) continue;
    const name = t.word.slice(0, -1);
    const sl = surnameLength(name);
    if (sl !== 1 || wholeName({ ...t, word: name }, sl) === undefined) continue;
    const prev = seg.tokens[i - 1];
    if ((prev?.end === t.start && TO_A_HOME.test(prev.word)) || cueBefore(ctx, t.start))
      out.push({ start: t.start, end: t.end - 1, score: 0.6 });
  }
  return out;
}

/**
 * A name of three characters jieba cut before its last one, which it joined to the 家 after it as a word of its own
 * (村民施成/x|富家/n|的): after a kind of person, a surname and one character it does not know, then such a word, then
 * no word that goes on from a home's (富家子弟 is a phrase of its own, read by nothing here).
 */
function givenNameGluedToHome(ctx: EntityContext, i: number): NameHit | undefined {
  const { seg, folded } = ctx;
  const t = seg.tokens[i]!;
  const home = seg.tokens[i + 1];
  if (t.tag !== 'x' || t.word.length !== 2 || surnameLength(t.word) !== 1 || !home || home.start !== t.end) return undefined;
  if (home.word.length !== 2 || !home.word.endsWith('家') || !HOME_FOLLOWS.test(folded[home.end] ?? '。')) return undefined;
  if (!cueBefore(ctx, t.start) || wholeName({ ...t, word: t.word + home.word[0] }, 1) === undefined) return undefined;
  return { start: t.start, end: t.end + 1, score: 0.6 };
}

// What follows a household's 家: a particle, a locative or a mark (施成富家的农家乐, 家里, 家中).
const HOME_FOLLOWS = /^[的里中，,。、门院]/;
