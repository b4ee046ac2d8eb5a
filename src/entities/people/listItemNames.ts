import type { EntityContext } from '../context.ts';
import { surnameLength } from './personNames.ts';
import { cueBefore, isKnownPlaceName, wholeName, type NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';
import { tokensIn } from '../segment.ts';
import { CUES_BEFORE } from './nameCues.ts';

// What ends a list: the clause's marks. 、 parts its items.
const CLAUSE_END = /[，,。；;：:！!？?\n]/;

/**
 * Names that close the items of a list the way a name already read closes one (…公司技师赵立新、…电力公司检修工何春梅、
 * …集团司机钟伟明): each item is a unit, a role and a name, and the last word of every item is shaped alike. A word there
 * is a person when jieba holds it as a name (何春梅/nr), or a role stands before it; the items are walked both ways from
 * each name, within its clause.
 */
export function namesClosingListItems(ctx: EntityContext, hits: readonly NameHit[]): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  const seen = new Set(hits.map((h) => `${h.start}:${h.end}`));
  for (const h of hits) {
    const after = folded[h.end] ?? '。';
    // The name closes its item: a 、 or the clause's end follows, and the item holds more than the name.
    if (after !== '、' && !CLAUSE_END.test(after)) continue;
    if (folded[h.start - 1] === '、') continue;
    const itemStart = startOfItem(folded, h.start);
    const ends: number[] = [];
    // The items before: each ends at the 、 before the next one.
    for (let at = itemStart; folded[at - 1] === '、'; at = startOfItem(folded, at - 1)) ends.push(at - 1);
    // The items after. The last runs to the clause's end, and may hold the clause's act after its name (…总统呼日勒苏赫
    // 向/p|大会|发来/v|贺信/nr): an item holding a preposition or a verb that is no role is no unit, role and name.
    for (let at = h.end; folded[at] === '、';) {
      let e = at + 1;
      while (e < folded.length && folded[e] !== '、' && !CLAUSE_END.test(folded[e]!)) e++;
      if (folded[e] !== '、' && holdsAnAct(ctx, at + 1, e)) break;
      ends.push(e);
      at = e;
    }
    for (const end of ends) {
      const k = seg.tokenAt[end - 1];
      const t = k === undefined || k < 0 ? undefined : seg.tokens[k];
      if (!t || t.end !== end || !isHan(t.word) || seen.has(`${t.start}:${t.end}`)) continue;
      const sl = surnameLength(t.word);
      if (!sl || wholeName(t, sl) === undefined || isKnownPlaceName(ctx, t.word)) continue;
      if (!/^(nr|nrfg)$/.test(t.tag) && !cueBefore(ctx, t.start)) continue;
      seen.add(`${t.start}:${t.end}`);
      out.push({ start: t.start, end: t.end, score: 0.65 });
    }
  }
  return out;
}

const ROLES: ReadonlySet<string> = new Set(CUES_BEFORE);

/** [start, end) holds a preposition, or a verb jieba reads that is no role before a name (选手/v is one). */
function holdsAnAct(ctx: EntityContext, start: number, end: number): boolean {
  return tokensIn(ctx.seg, start, end).some(
    (t) => t.end <= end && (t.tag === 'p' || (t.tag === 'v' && t.word.length >= 2 && !ROLES.has(t.word))),
  );
}

/** Where the list item that holds `at` starts: after the 、 or the clause mark before it. */
function startOfItem(folded: string, at: number): number {
  let s = at;
  while (s > 0 && folded[s - 1] !== '、' && !CLAUSE_END.test(folded[s - 1]!)) s--;
  return s;
}
