import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { NOT_IN_NAME, surnameLength } from './personNames.ts';
import { cueAfter, cueAfterAdverbial, type NameHit } from './untitledNames.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// A clause may open on a word of grammar right before a name (当许传音进一步指出…, 据王海涛介绍): jieba, not knowing the
// name, glues the word to the surname as one unknown word (当许/x|传音/n). Where the given name follows as a word of its
// own and the person then speaks, the name starts after the word of grammar.

// Words of grammar that open a clause before its subject or the one it cites.
const OPENERS = new Set([...'当据由让使对向与和同跟被把将']);
// A word jieba does not know (x, or no tag known yet) of two characters opening on one of them: a filter, the token's own
// tag is tested again.
const GLUED_OPENER_WORD = wordFlag((w, tag) => (tag === '' || tag === 'x') && w.length === 2 && OPENERS.has(w[0]!));
// Tags of a given name read as a word of its own (传音/n): not a verb, an adverb or a word of grammar.
const GIVEN_TAG = /^(n|nr|nrfg|nz|ng|x|t)$/;

export function namesAfterGluedOpeners(ctx: EntityContext): NameHit[] {
  const { seg, folded } = ctx;
  const out: NameHit[] = [];
  const tokens = seg.tokens;
  // Only the words that can be such a glued opener (a word flag), not every word of the report.
  const candidates = tokensWith(seg, GLUED_OPENER_WORD);
  for (let n = 0; n < candidates.length; n++) {
    const i = candidates[n]!;
    if (i + 1 >= tokens.length) continue;
    const t = tokens[i]!;
    if (t.tag !== 'x' || t.word.length !== 2 || !OPENERS.has(t.word[0]!)) continue;
    if (surnameLength(t.word.slice(1)) !== 1) continue;
    const given = tokens[i + 1]!;
    if (given.start !== t.end || given.word.length > 2 || !GIVEN_TAG.test(given.tag) || !isHan(given.word)) continue;
    if ([...given.word].some((c) => NOT_IN_NAME.has(c))) continue;
    if (!cueAfter(ctx, given.end) && !cueAfterAdverbial(ctx, given.end)) continue;
    // The word of grammar opens its clause: the text's start or a mark before it.
    const before = folded[t.start - 1];
    if (before === undefined || !isHan(before)) out.push({ start: t.start + 1, end: given.end, score: 0.7 });
  }
  return out;
}
