import type { EntityContext } from '../context.ts';
import { OPENS_ON_SURNAME, surnameLength } from './personNames.ts';
import { tokensWith } from '../wordTable.ts';
import { wholeName, type NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';
import { lastGivenGluedAfter } from './splitThreeCharacterNames.ts';

// Words ending in 人 that stand for someone already meant or anyone, not a kind of person (个人所得税, 本人签字, 他人).
const NO_KIND = new Set(['个人', '本人', '他人', '别人', '某人', '有人', '众人', '人人', '为人', '做人', '私人', '法人', '行人']);

/**
 * A Chinese name right after a noun for a kind of person ending in 人 (智残人刘斌和肢残人蔡菁, 星火带头人徐少华, 诗人李白,
 * 年画艺人郭长福):
 * the name-shaped word there is whom the noun describes. In the government work reports of 1954–2024 the one such pair
 * is 诗人李白.
 */
export function namesAfterKindsOfPeople(ctx: EntityContext): NameHit[] {
  const tokens = ctx.seg.tokens;
  const out: NameHit[] = [];
  // The name opens on a surname: only those words are read, each with the word before it.
  const opening = tokensWith(ctx.seg, OPENS_ON_SURNAME);
  for (let n = 0; n < opening.length; n++) {
    const i = opening[n]!;
    if (i < 1) continue;
    const t = tokens[i]!;
    const kind = tokens[i - 1]!;
    if (kind.end !== t.start || kind.word.length < 2 || !kind.word.endsWith('人') || kind.tag !== 'n' || NO_KIND.has(kind.word)) continue;
    if (!/^(nr|nrfg|x)$/.test(t.tag) || !isHan(t.word)) continue;
    const sl = surnameLength(t.word);
    if (!sl || wholeName(t, sl) === undefined) continue;
    // 艺人郭长/x|福带/x|徒: the name's last character went to the word after it.
    out.push({ start: t.start, end: lastGivenGluedAfter(ctx, i, sl) ?? t.end, score: 0.65 });
  }
  return out;
}
