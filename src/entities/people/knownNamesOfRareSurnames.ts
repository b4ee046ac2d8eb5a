import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { surnameLength } from './personNames.ts';
import { isCommonWord, isKnownPlaceName, PHOTO_PLACE, type NameHit } from './untitledNames.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// What only a person is written before: a place in a photograph (新凤霞（中）) and the honours of the dead and the
// forms of address (恽代英烈士, 启功先生).
const ONLY_A_PERSON_AFTER = /^(?:烈士|先生|女士|同志)/;
// A person's name of three characters in jieba's dictionary that opens on no listed surname: the words read here.
const NAME_OF_RARE_SURNAME = wordFlag((w, tag) => (tag === 'nr' || tag === '') && w.length === 3 && isHan(w) && surnameLength(w) === 0);

/**
 * A three-character name jieba's dictionary holds (新凤霞/nr, 恽代英/nr) whose surname is in no list (新, 恽), where the
 * words after it want a person: the readings by surname never see it. Not a word jieba tags nr whose first two
 * characters are a word (司令官, 纪念章), nor a place.
 */
export function knownNamesOfRareSurnames(ctx: EntityContext): NameHit[] {
  const { seg, folded } = ctx;
  const out: NameHit[] = [];
  const names = tokensWith(seg, NAME_OF_RARE_SURNAME);
  for (let n = 0; n < names.length; n++) {
    const t = seg.tokens[names[n]!]!;
    if (t.tag !== 'nr' || t.word.length !== 3 || !isHan(t.word) || surnameLength(t.word) > 0) continue;
    const after = folded.slice(t.end, t.end + 5);
    if (!PHOTO_PLACE.test(after) && !ONLY_A_PERSON_AFTER.test(after)) continue;
    if (isCommonWord(t.word.slice(0, 2)) || isKnownPlaceName(ctx, t.word)) continue;
    out.push({ start: t.start, end: t.end, score: 0.65 });
  }
  return out;
}
