import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { isNameShaped, NOT_IN_NAME, surnameLength } from './personNames.ts';
import { isCommonWord, isKnownPlaceName, NOT_NAME_END, type NameHit } from './untitledNames.ts';
import { pushAll } from '../../util/arrays.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { wordsOpeningOn } from '../wordsByCharacter.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// A three-character name jieba does not know is cut with the verb after it as one unknown word, or the verb with the
// word after that (李春燕任/x|县委…主任, 聂志刚/x|任县/r|…副指挥长, 王秀梅系/x|教师, 袁晓梅育/x|有/v|一女): the name is
// the subject of holding a post (任, 兼), of being (系) or of bearing children (育有), and no cue beside it says so.
// 任 and 兼 need the clause to end on a post; 育 the 有 after it; 系 a word after it.

// How a clause naming a post ends (…办公室主任, …副指挥长, …的职务).
const POST_CLOSES = /(?:长|主任|书记|委员|主席|经理|总监|助理|专员|秘书|职务|负责人|顾问)$/;
const CLAUSE_END = /[，,。；;：:\n]/;
const CLAUSE_OPENS = /[，,。；;：:\n]/;
// The first character of the verb after a split name (任, 兼).
const POST_VERB_FIRST = new CodeSet('任兼');
// A word jieba does not know (x, or no tag known yet) of three to five Han characters opening on a surname: what a name
// glued to its verb can be. A filter only: the token's own tag is tested again.
const GLUED_NAME_WORD = wordFlag(
  (w, tag) => (tag === '' || tag === 'x') && w.length >= 3 && w.length <= 5 && isHan(w) && surnameLength(w) > 0,
);

export function gluedPostVerbNames(ctx: EntityContext): NameHit[] {
  const { seg, folded } = ctx;
  const out: NameHit[] = [];
  const tokens = seg.tokens;
  // Only the words that can be such a name (a word flag), not every word of the report.
  const candidates = tokensWith(seg, GLUED_NAME_WORD);
  for (let n = 0; n < candidates.length; n++) {
    const i = candidates[n]!;
    const t = tokens[i]!;
    if (t.tag !== 'x' || t.word.length < 3 || t.word.length > 5 || !isHan(t.word)) continue;
    const sl = surnameLength(t.word);
    if (!sl) continue;
    const next = tokens[i + 1];
    // The verb glued to the name's end (李春燕任/x), or opening the next word (聂志刚/x|任县/r).
    const glued = t.word.length === sl + 3;
    const end = glued ? t.end - 1 : t.end;
    if (end - t.start !== sl + 2) continue;
    const verb = glued ? t.word[t.word.length - 1]! : next?.start === t.end ? next.word[0]! : '';
    if (!verbFits(ctx, verb, glued ? t.end : end, next)) continue;
    const name = folded.slice(t.start, end);
    if (!isNameShaped(name) || NOT_NAME_END.has(name[name.length - 1]!) || [...name].some((c) => NOT_IN_NAME.has(c))) continue;
    if (isCommonWord(name.slice(0, 2)) || isCommonWord(name.slice(sl)) || isKnownPlaceName(ctx, name)) continue;
    out.push({ start: t.start, end, score: 0.7 });
  }
  pushAll(out, splitNamesBeforeGluedVerb(ctx));
  return out;
}

/**
 * A name jieba cut into surname and given name, the verb glued to the word after it (谭/zg|国富/nz|任县/r|审计局党组书记):
 * at a clause's opening, where nothing else could be the subject of holding the post.
 */
function splitNamesBeforeGluedVerb(ctx: EntityContext): NameHit[] {
  const { seg, folded } = ctx;
  const out: NameHit[] = [];
  const tokens = seg.tokens;
  // From each word that opens on the verb's character, not from every word of the report.
  for (const k of wordsOpeningOn(seg, folded, POST_VERB_FIRST)) {
    const i = k - 2;
    if (i < 0) continue;
    const s = tokens[i]!;
    const g = tokens[i + 1]!;
    const v = tokens[k]!;
    if (s.word.length !== 1 || g.word.length !== 2 || v.word.length < 2 || !/^[任兼]/.test(v.word)) continue;
    if (!CLAUSE_OPENS.test(folded[s.start - 1] ?? '\n') || !/^(zg|nr|n|ng|b|t)$/.test(s.tag) || !/^(nr|nrfg|nz|x|n|ns|a)$/.test(g.tag))
      continue;
    const name = folded.slice(s.start, g.end);
    if (surnameLength(name) !== 1 || !isNameShaped(name) || [...name].some((c) => NOT_IN_NAME.has(c))) continue;
    if (isKnownPlaceName(ctx, name) || !verbFits(ctx, v.word[0]!, v.start + 1, undefined)) continue;
    out.push({ start: s.start, end: g.end, score: 0.7 });
  }
  return out;
}

/** The verb after the name is one a person is the subject of, with what it wants after it. `after` is right past the verb. */
function verbFits(ctx: EntityContext, verb: string, after: number, next: { word: string; start: number } | undefined): boolean {
  const { folded } = ctx;
  if (verb === '任' || verb === '兼') {
    // The post right after the verb, whatever the clause says of it after (徐志勇、黄晓燕任/x|副组长|的领导小组).
    if (next?.start === after && POST_CLOSES.test(next.word)) return true;
    let e = after;
    while (e < folded.length && e - after < 30 && !CLAUSE_END.test(folded[e]!)) e++;
    return e > after && POST_CLOSES.test(folded.slice(after, e));
  }
  if (verb === '育') return folded[after] === '有';
  if (verb === '系') return isHan(folded[after] ?? '') && next?.start === after;
  return false;
}
