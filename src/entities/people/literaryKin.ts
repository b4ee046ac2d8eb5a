import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { isNameShaped } from './personNames.ts';
import { isCommonWord, isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { readName } from './namesBesidePosts.ts';

// A biography or a genealogy names the parents and the spouse the literary way, one character of kin before the name at
// the clause's opening (父阎世昌，务农；母褚氏，操持家务), which jieba, not knowing the name, reads with it as one word
// (父阎世昌/x). The name is the rest of that word, or the name jieba reads after the kin character alone (母/n|邝/nr|秀英/nr),
// closed by the clause's mark.

const KIN_OPENING = /(?:^|[\n，,。；;：:])[父母妻夫]/g;
const CLOSES = /[，,。；;、]/;

/** The names after a literary kin character that opens a clause (父阎世昌，). */
export function literaryKin(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  for (const m of folded.matchAll(KIN_OPENING)) {
    const at = m.index! + m[0].length - 1;
    const t = seg.tokens[seg.tokenAt[at] ?? -1];
    if (t && t.start === at && t.end === at + 1) {
      const name = readName(ctx, at + 1);
      if (name && CLOSES.test(folded[name.end] ?? '')) out.push({ ...name, score: 0.7 });
      continue;
    }
    if (!t || t.start !== at || t.tag !== 'x' || t.word.length < 3 || t.word.length > 5) continue;
    if (!CLOSES.test(folded[t.end] ?? '')) continue;
    const name = t.word.slice(1);
    if (!isHan(name) || !isNameShaped(name) || isCommonWord(name) || isKnownPlaceName(ctx, name)) continue;
    out.push({ start: t.start + 1, end: t.end, score: 0.7 });
  }
  return out;
}
