import type { EntityContext } from '../context.ts';
import { isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { allTransliteration, isForeignPart } from './transliteration.ts';
import { tokensWith } from '../wordTable.ts';
import { TRANSLITERATED } from './transliteration.ts';

// What opens a clause before its subject: a mark or a line's start.
const CLAUSE_OPENS = /[，,。；;：:！!？?“"（(\n]/;
// Speech right after a subject (拉马福萨表示, 拉马福萨说): what a person does and a place or a thing does not.
const SPEECH = /^(表示|说|指出|强调|认为|宣布|称)/;

/**
 * A foreign name written without a title that jieba cut into two or three words of transliteration characters
 * (拉马/ns|福萨/x|表示, 拉马/ns|福萨说/x): at a clause's opening and right before speech, the words joined are the name of
 * whoever speaks, unless the whole is a place any gazetteer knows (巴西利亚表示 is a city's). Each part must be a name's
 * part to jieba (a name, an unknown word or a place's) and the whole three to six characters.
 */
export function splitForeignSubjects(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  const opening = tokensWith(seg, TRANSLITERATED);
  for (let n = 0; n < opening.length; n++) {
    const i = opening[n]!;
    const first = seg.tokens[i]!;
    if (first.start > 0 && !CLAUSE_OPENS.test(folded[first.start - 1]!)) continue;
    if (!isForeignPart(first, true)) continue;
    for (let k = i + 1; k <= i + 2 && k < seg.tokens.length; k++) {
      const t = seg.tokens[k]!;
      // The last part may have the verb of speech glued to it (福萨说/x).
      const glued = t.tag === 'x' && t.word.length >= 2 && SPEECH.test(t.word.slice(-1)) ? 1 : 0;
      const part = { ...t, word: t.word.slice(0, t.word.length - glued), end: t.end - glued };
      if (!isForeignPart(part, true) && !(glued && allTransliteration(part.word))) break;
      const end = part.end;
      const name = folded.slice(first.start, end);
      if (name.length > 6) break;
      if (name.length >= 3 && (glued || SPEECH.test(folded.slice(end, end + 2))) && !isKnownPlaceName(ctx, name)) {
        out.push({ start: first.start, end, score: 0.6 });
        break;
      }
      if (glued) break;
    }
  }
  return out;
}
