import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { isListJoiner } from '../../text/listJoiners.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { MASS_BODIES } from './orgNames.ts';
import { BODY_HEADS } from '../data/bodyHeads.ts';
import { tokensOfAny } from '../wordTable.ts';

// The people's organizations by the short name every level's goes by (妇联, 工商联, 科协, 总工会), which are body heads
// of their own, and the trade unions and the CPPCC by theirs (工会, 政协).
const MASS_WORDS: ReadonlySet<string> = new Set([...MASS_BODIES.filter((w) => BODY_HEADS.includes(w)), '工会', '政协']);
const MASS_WORD_LIST = [...MASS_WORDS];

// What the list of bodies is summed up as (工会、共青团、妇联等群团组织; 民主党派、工商联、无党派人士和各人民团体).
const BODIES_CLASS = /(?:组织|团体|党派)$/;
const SUMMED_UP_AFTER = /^等[\u4e00-\u9fff]{0,4}?(?:组织|团体)/;

/**
 * A people's organization written bare, as one member of a list of bodies (支持工会、共青团、妇联等群团组织; 听取民主党派、
 * 工商联、无党派人士…的意见): the organization itself, as the national reports name it (the level word that would make it
 * one place's, 市妇联, is read by levelDepartments). A bare 妇联 elsewhere (妇联干部) is left to the other recognizers.
 * Found by the paragraph recall audit of the State Council reports (audit21, recall-gwr-2122.tsv row 20).
 */
export function listedMassBodies(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  // The words' places by their ids (one pass over the report's ids), not a hash of every token's text.
  const mass = tokensOfAny(seg, MASS_WORD_LIST);
  if (!mass.length) return out;
  const cover = coverage(folded.length, taken);
  for (let k = 0; k < mass.length; k++) {
    const t = seg.tokens[mass[k]!]!;
    if (cover.any(t.start, t.end)) continue;
    const before = folded[t.start - 1] ?? '';
    const after = folded[t.end] ?? '';
    if (!isListJoiner(before) && !isListJoiner(after) && after !== '等') continue;
    const listed = SUMMED_UP_AFTER.test(listTail(folded, t.end)) || neighbours(folded, t.start, t.end).some((n) => isBody(n, taken, cover));
    if (listed) addNamedBody(out, cover, folded, t.start, t.end);
  }
  return out;
}

/** The text from a member's end over the members after it (、共青团、妇联), up to what ends the list (等…, a mark, a verb). */
function listTail(folded: string, end: number): string {
  let at = end;
  while (isListJoiner(folded[at] ?? '')) {
    at++;
    while (at < folded.length && isHan(folded[at]!) && !isListJoiner(folded[at]!) && folded[at] !== '等') at++;
  }
  return folded.slice(at, at + 8);
}

/** The members right before and after [start, end) across one joiner, with their spans. */
function neighbours(folded: string, start: number, end: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  if (isListJoiner(folded[start - 1] ?? '')) {
    let s = start - 1;
    while (s > 0 && isHan(folded[s - 1]!) && !isListJoiner(folded[s - 1]!) && start - 1 - s < 8) s--;
    if (s < start - 1) out.push({ start: s, end: start - 1, text: folded.slice(s, start - 1) });
  }
  if (isListJoiner(folded[end] ?? '')) {
    let e = end + 1;
    while (e < folded.length && isHan(folded[e]!) && !isListJoiner(folded[e]!) && folded[e] !== '等' && e - end - 1 < 8) e++;
    if (e > end + 1) out.push({ start: end + 1, end: e, text: folded.slice(end + 1, e) });
  }
  return out;
}

/** A neighbour that is a body: read as one, another people's organization, or a class of bodies (民主党派, 人民团体). */
function isBody(
  n: { start: number; end: number; text: string },
  taken: readonly OrgHit[],
  cover: { any(s: number, e: number): boolean },
): boolean {
  const bare = n.text.replace(/^各/, '');
  if (MASS_WORDS.has(bare) || BODIES_CLASS.test(bare)) return true;
  return cover.any(n.start, n.end) && taken.some((h) => h.start === n.start && h.end === n.end);
}
