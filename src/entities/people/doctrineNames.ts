import type { EntityContext } from '../context.ts';
import { tagOf } from '../segment.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { NOT_IN_NAME, surnameLength } from './personNames.ts';
import { TRANSLITERATION } from './transliteration.ts';
import { isWord, type NameHit } from './untitledNames.ts';

const NAMED_AFTER = /(理论|思想|主义)$/;
const DOCTRINE_WORD = wordFlag((w) => w.length >= 4 && NAMED_AFTER.test(w));

/** A founder's name inside the doctrine named after them (邓小平理论, 毛泽东思想, 马克思主义). */
export function doctrineNames(ctx: EntityContext): NameHit[] {
  const out: NameHit[] = [];
  const doctrines = tokensWith(ctx.seg, DOCTRINE_WORD);
  for (let n = 0; n < doctrines.length; n++) {
    const t = ctx.seg.tokens[doctrines[n]!]!;
    const m = NAMED_AFTER.exec(t.word)!;
    const head = t.word.slice(0, m.index);
    const sl = surnameLength(head);
    const chinese = sl && head.length - sl === 2 && ![...head].some((c) => NOT_IN_NAME.has(c)) && !isWord(head.slice(0, 2));
    const foreign = head.length >= 2 && head.length <= 4 && [...head].every((c) => TRANSLITERATION.has(c)) && /^nr/.test(tagOf(head));
    if (chinese || foreign) out.push({ start: t.start, end: t.start + head.length, score: 0.7 });
  }
  return out;
}
