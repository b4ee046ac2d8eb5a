import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { tagOf, wordStartingAt } from '../segment.ts';
import { worldNames } from './worldNames.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { wordsClosingOn } from '../wordsByCharacter.ts';

// The words of a state's form that follow its name in its official name (波兰|人民共和国, 蒙古|人民共和国, 捷克斯洛伐克|
// 社会主义|共和国), longest first: the older reports name the socialist states so, one word or two to jieba.
const STATE_FORM =
  /^(?:民主主义人民共和国|人民民主共和国|民主人民共和国|社会主义共和国|人民共和国|民主共和国|联邦共和国|联合共和国|共和国|联合王国|王国|联邦|合众国|公国)/;
// What a state's full name ends with, and the words of its form the stem before that may end with (阿尔及利亚民主人民|共和国).
const STATE_END = /(?:共和国|王国|联邦|合众国|酋长国|公国)$/;
const FORM_WORDS = /(?:民主主义人民|人民民主|民主人民|社会主义|民主|人民|联邦|联合|伊斯兰)$/;
// The last characters of STATE_END's words.
const STATE_END_LAST = new CodeSet('国邦');

/**
 * How far a country's name runs on into its state's form (波兰|人民共和国 → 波兰人民共和国): the length of the form where one
 * stands right after it and ends on a word boundary, else 0.
 */
export function stateFormAfter(ctx: EntityContext, end: number): number {
  const form = STATE_FORM.exec(ctx.folded.slice(end, end + 10))?.[0];
  if (!form) return 0;
  // The form is jieba's words, not the start of a longer one (共和国|成立 is fine; 王国|维 is a person's name running on).
  let at = end;
  while (at < end + form.length) {
    const w = wordStartingAt(ctx.seg, at);
    if (!w || w.end > end + form.length) return 0;
    at = w.end;
  }
  return form.length;
}

/**
 * A state by the full name jieba's dictionary knows as one place word (德意志民主共和国/ns, 捷克斯洛伐克共和国/ns), where the
 * world data knows neither the word nor a form of it: named by the country its stem is (捷克斯洛伐克) or by itself. The
 * stem must be a place to jieba too: 搞|独立王国 is a figure of speech (独立 a verb), no state.
 */
export function fullStateNames(ctx: EntityContext, read: readonly EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const names = worldNames();
  let r = 0;
  // Only the words that close as a state's name does, not every word of the report.
  for (const k of wordsClosingOn(ctx.seg, ctx.folded, STATE_END_LAST)) {
    const t = ctx.seg.tokens[k]!;
    if (t.tag !== 'ns' || t.word.length < 5 || !STATE_END.test(t.word) || names.has(t.word)) continue;
    while (r < read.length && read[r]!.end <= t.start) r++;
    if (r < read.length && read[r]!.start < t.end) continue;
    let stem = t.word.replace(STATE_END, '');
    while (FORM_WORDS.test(stem) && stem.replace(FORM_WORDS, '').length >= 2) stem = stem.replace(FORM_WORDS, '');
    const known = names.get(stem);
    if (known && known.place?.level !== 'country') continue;
    if (!known && tagOf(stem) !== 'ns') continue;
    const canonical = known?.canonical ?? t.word;
    out.push({
      type: 'place',
      start: t.start,
      end: t.end,
      surface: ctx.text.slice(t.start, t.end),
      ...(canonical !== t.word ? { canonical } : {}),
      score: 0.85,
      source: 'world',
      place: { level: 'country' },
    });
  }
  return out;
}
