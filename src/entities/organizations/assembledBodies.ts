import type { EntityContext } from '../context.ts';
import { FOUNDING_VERBS } from './orgNames.ts';
import type { Token } from '../segment.ts';
import { NATIONAL_LEVEL_WORDS } from '../data/bodyHeads.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { roleOf } from '../spanBoundary.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { isHan } from '../../text/han.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// The ministries of the planned economy were each named for an industry: 煤炭工业部, 纺织工业部, 建筑材料工业部, 轻工业部.
const INDUSTRY_MINISTRY = '工业部';
// Heads of a body that the nation has one of when a national level word opens its name (国家经济委员会, 国家技术委员会,
// 国家…引导基金), and a forum named by the places or body that hold it (中非合作论坛, 中拉论坛).
const NATIONAL_HEADS = ['委员会', '代表大会', '基金'];
const FORUM = '论坛';
// The last characters of those heads: most words end with none, and are turned away before any head is compared.
const HEAD_LAST = new CodeSet([...NATIONAL_HEADS, FORUM].map((h) => h[h.length - 1]!));
// Tags of the words between the front and the head: a field (经济, 技术, 新兴产业, 创业投资, 合作).
const FIELD_TAGS = /^(n|vn|nz|nt|j|an|b|l)$/;
const PROPER_FRONT = /^(ns|nz|nt|j)$/;
const MAX_WORDS = 4;
const MAX_NAME = 16;
// The words a name can end with: an industry ministry's head (煤炭工业部, 工业部, 部) or a national body's or forum's.
const MAY_END_NAME = wordFlag(
  (w) =>
    w.endsWith(INDUSTRY_MINISTRY) || w === '部' || (HEAD_LAST.at(w, w.length - 1) && (endsWithAny(w, NATIONAL_HEADS) || w.endsWith(FORUM))),
);

/**
 * Bodies whose name jieba cuts into ordinary words, so that no dictionary word holds them: a ministry of an industry
 * (煤炭|工业部, 化学工业|部, 电力工业部), a national committee, congress or fund (国家|技术|委员会, 国家|新兴产业|创业投资|引导|基金)
 * and a forum named by a place or a body (中非|合作|论坛). The name runs from its front (the industry, the national level
 * word, the place) to the head; a count or 各 before an industry ministry (八个工业部, 各工业部) names several.
 */
export function assembledBodies(ctx: EntityContext, taken: OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const add = (start: number, end: number) => {
    addNamedBody(out, cover, folded, start, end, 0.75);
  };
  const tokens = seg.tokens;
  const ends = tokensWith(seg, MAY_END_NAME);
  for (let n = 0; n < ends.length; n++) {
    const i = ends[n]!;
    const t = tokens[i]!;
    const prev = i > 0 && tokens[i - 1]!.end === t.start ? tokens[i - 1] : undefined;
    const ministry = industryMinistry(t, prev);
    if (ministry !== undefined) add(ministry, t.end);
    else if (HEAD_LAST.at(t.word, t.word.length - 1) && (endsWithAny(t.word, NATIONAL_HEADS) || t.word.endsWith(FORUM))) {
      const start = frontOf(tokens, i);
      if (start !== undefined) add(start, t.end);
    }
  }
  return out;
}

// A loop, not a closure per word: this is asked of every word of the report.
function endsWithAny(word: string, ends: readonly string[]): boolean {
  for (const e of ends) if (word.endsWith(e)) return true;
  return false;
}

/** Where an industry ministry ending with token `t` starts: 电力工业部 itself, 煤炭|工业部, 化学工业|部. */
function industryMinistry(t: Token, prev: Token | undefined): number | undefined {
  if (t.word.length > INDUSTRY_MINISTRY.length && t.word.endsWith(INDUSTRY_MINISTRY) && isHan(t.word)) return t.start;
  if (!prev) return undefined;
  // The words first, the field after: asked of every word, the field's tests were most of this stage's time.
  const ministry = t.word === INDUSTRY_MINISTRY || (t.word === '部' && prev.word.endsWith('工业') && prev.word.length > 2);
  return ministry && isField(prev) ? prev.start : undefined;
}

/**
 * The front of a name ending with token `i`: a national level word (国家, 全国, 中央, 中华) before field words, for a
 * committee, congress or fund; a place or a body's short name (中非, 中拉) for a forum.
 */
function frontOf(tokens: readonly Token[], i: number): number | undefined {
  const head = tokens[i]!;
  const forum = head.word.endsWith(FORUM);
  for (let k = i - 1; k >= Math.max(0, i - MAX_WORDS); k--) {
    const w = tokens[k]!;
    if (w.end !== tokens[k + 1]!.start || !isHan(w.word) || head.end - w.start > MAX_NAME) return undefined;
    if (!forum && NATIONAL_LEVEL_WORDS.has(w.word)) return k < i - 1 || head.word.length > 3 ? w.start : undefined;
    if (forum && PROPER_FRONT.test(w.tag) && w.word.length >= 2 && !isGenericWord({ ...w, tag: 'n' })) return w.start;
    // 引导/v before the head of a fund (创业投资引导基金); a verb right after the front is a clause (国家设立基金).
    const verbBeforeHead =
      k === i - 1 &&
      w.tag === 'v' &&
      !FOUNDING_VERBS.has(w.word) &&
      !forum &&
      k > 0 &&
      isField(tokens[k - 1]!) &&
      !NATIONAL_LEVEL_WORDS.has(tokens[k - 1]!.word);
    if (!(isField(w) || (verbBeforeHead && w.word.length >= 2))) return undefined;
  }
  return undefined;
}

/** A word of a field or a trade (煤炭, 建筑材料, 经济, 合作): a noun of two characters or more, no count (八个) or 各. */
function isField(w: Token): boolean {
  return w.word.length >= 2 && isHan(w.word) && FIELD_TAGS.test(w.tag) && roleOf(w) === 'content';
}
