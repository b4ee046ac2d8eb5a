import type { EntityContext } from '../context.ts';
import { wordStartingAt, type Token } from '../segment.ts';
import { NAME_HYPHENS, TRANSLITERATION, TRANSLITERATED, allTransliteration, gluedNameEnd, isForeignPart } from './transliteration.ts';
import { isHan } from '../../text/han.ts';
import { PLACE_AFTER } from './dottedNames.ts';
import { tokensWith } from '../wordTable.ts';
import { cueAfter, cueAfterAdverbial, cueBefore, isKnownPlaceName, type NameHit } from './untitledNames.ts';

// Tags of the words jieba reads as a name or does not know (a given name's tags beside the ordinary words' own).
const NAME_OR_UNKNOWN_TAG = /^(nr|nrfg|x|nz)$/;

/**
 * Foreign names without a dot, by the words around them: a run of transliteration characters right after a role
 * (总统克林顿, 教练扎加洛) or opening a clause before a speech verb (叶利钦说). The words jieba reads in it are names,
 * unknown words or single characters, so that ordinary words written with the same characters stay out.
 */
export function cuedForeignNames(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  const tokens = seg.tokens;
  const part = (k: number, placeToo: boolean) => k >= 0 && k < tokens.length && isForeignPart(tokens[k]!, placeToo);
  const transliterated = tokensWith(seg, TRANSLITERATED);
  for (let n = 0; n < transliterated.length; n++) {
    const i = transliterated[n]!;
    const start = tokens[i]!.start;
    // Only where a run of transliteration of two characters or more starts.
    if (!part(i, true) || (i > 0 && tokens[i - 1]!.end === start && part(i - 1, true))) continue;
    if (tokens[i]!.end - start < 2 && !part(i + 1, true)) continue;
    const before = cueBefore(ctx, start);
    let best: number | undefined;
    let hyphens = 0;
    for (let k = i; k < tokens.length && k < i + 4 + 2 * hyphens; k++) {
      // A hyphen joins the parts of a compound name (阿卜杜勒-阿齐兹表示).
      if (NAME_HYPHENS.has(tokens[k]!.word) && part(k + 1, false) && tokens[k + 1]!.start === tokens[k]!.end && hyphens < 2) {
        hyphens++;
        continue;
      }
      // A place-tagged word is a person only after a role (教练扎加洛) or before a post of a person (里根总统, 西哈努克亲王);
      // before 表示 it is a country (巴西表示), and a place the world data or the gazetteer knows stays a place (巴西总统).
      const glued = gluedNameEnd(tokens[k]!);
      if (!part(k, before || postOfAPersonAfter(ctx, start, tokens[k]!.end)) && glued === undefined) break;
      const end = glued ?? tokens[k]!.end;
      if (end - start > 6 + 5 * hyphens) break;
      const after = cueAfter(ctx, end) || cueAfterAdverbial(ctx, end) || postOfAPersonAfter(ctx, start, end);
      if (
        end - start >= 2 &&
        (before ? !TRANSLITERATION.has(folded[end] ?? '') || after || (unknownRun(tokens, i, k) && wordOfTheLanguageAt(ctx, end)) : after)
      )
        best = end;
      if (glued !== undefined) break;
    }
    if (best === undefined || PLACE_AFTER.test(folded[best] ?? '') || placeWordBefore(tokens[i - 1], start)) continue;
    out.push({ start, end: best, score: 0.55 });
  }
  return out;
}

/** The words i..k are ones jieba does not know or reads as a transliterated name (古丽娜尔/x; not 英明/nz). */
function unknownRun(tokens: Token[], i: number, k: number): boolean {
  for (let j = i; j <= k; j++) if (!/^(x|nrt)$/.test(tokens[j]!.tag)) return false;
  return true;
}

/**
 * A word of the language of two characters or more starts at `at` (妻子古丽娜尔|坚守/v): the name before it ends there,
 * though its first character is one that names are written with.
 */
function wordOfTheLanguageAt(ctx: EntityContext, at: number): boolean {
  const t = wordStartingAt(ctx.seg, at);
  return !!t && t.word.length >= 2 && isHan(t.word) && !allTransliteration(t.word) && !NAME_OR_UNKNOWN_TAG.test(t.tag);
}

// After 在, 到 or 赴 a name is where one is or goes (到墨西哥); after a verb of meeting or seeing (见到, 遇到) it is whom.
const MEETING = /^(见到|看到|遇到|找到|想到|听到|感到|接到|等到)$/;

export function placeWordBefore(prev: Token | undefined, start: number): boolean {
  return !!prev && prev.end === start && /[在于到赴抵]$/.test(prev.word) && !MEETING.test(prev.word);
}

// Posts and ranks written right after a foreign person's name (里根总统, 西哈努克亲王, 蒙哥马利海军少将): never after a
// country's name alone, which takes them before (巴西总统 is the president of Brazil, read as a place by the world data).
const PERSON_POSTS_AFTER = /^(总统|副总统|总理|首相|亲王|国王|女王|王子|公主|陛下|殿下|天皇|议长|将军|(?:海军|空军|陆军)?[上中少准]将)/;

/** A post of a person right after [start, end), and the name there is no place the world data or the gazetteer knows. */
export function postOfAPersonAfter(ctx: EntityContext, start: number, end: number): boolean {
  if (!PERSON_POSTS_AFTER.test(ctx.folded.slice(end, end + 4))) return false;
  return !isKnownPlaceName(ctx, ctx.folded.slice(start, end));
}
