import type { EntityContext } from '../context.ts';
import { hasFrequentSurname, surnameLength } from './personNames.ts';
import { wholeName, type NameHit } from './untitledNames.ts';

/**
 * A three-character word jieba does not know, shaped as a Chinese name with one of the hundred most frequent surnames,
 * right before or after 的 (王发林的公司, 教导处的徐东辉即将…, 《陈伊玲的故事》): what owns or is owned there is a person
 * or a thing, and the unknown words of report prose that start with a frequent surname and stand there are names
 * (none in the government work reports of 1954–2024; its unknown words so shaped are cut-up terms such as 林田湖 or
 * 孟中印, which stand in lists, not beside 的).
 */
export function namesBesideDe(ctx: EntityContext): NameHit[] {
  const tokens = ctx.seg.tokens;
  const out: NameHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tag !== 'x' || t.word.length !== 3 || !hasFrequentSurname(t.word) || surnameLength(t.word) !== 1) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const beside = (prev?.word === '的' && prev.end === t.start) || (next?.word === '的' && next.start === t.end);
    if (beside && wholeName(t, 1) !== undefined) out.push({ start: t.start, end: t.end, score: 0.6 });
  }
  return out;
}
