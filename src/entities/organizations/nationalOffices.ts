import type { EntityContext } from '../context.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// The offices, commissions and bureaus of the State Council and the party centre are written with their owner's name
// first: 国务院国资委, 国务院扶贫办 (jieba knows the whole, 国务院扶贫办/nt, or reads 国务院/nt|国资委/nt). The owner alone
// is not the body meant.
const OWNER = /^(国务院|中共中央|中央)/;
const OFFICE_END = /(办|委|部|局|署|厅|室)$/;
// The words an office's name opens with: a body's name (nt) that starts with its owner's.
const OWNER_WORD = wordFlag((w, tag) => (tag === 'nt' || tag === '') && OWNER.test(w));

/** A national body's office named with its owner: one body, read before the owner alone is (`nationalBodies`). */
export function nationalOffices(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const owners = tokensWith(seg, OWNER_WORD);
  for (let n = 0; n < owners.length; n++) {
    const ti = owners[n]!;
    const t = seg.tokens[ti]!;
    if (t.tag !== 'nt' || !OWNER.test(t.word)) continue;
    let end = t.end;
    const owner = OWNER.exec(t.word)![0];
    if (t.word === owner) {
      // 国务院|国资委: the office jieba read as a name of its own right after the owner.
      const next = seg.tokens[ti + 1];
      if (!next || next.start !== t.end || !/^(nt|j)$/.test(next.tag) || !OFFICE_END.test(next.word)) continue;
      end = next.end;
    } else if (!OFFICE_END.test(t.word) || t.word.length < owner.length + 2) continue;
    const name = folded.slice(t.start, end);
    if (!isHan(name) || cover.any(t.start, end)) continue;
    const hit: OrgHit = { start: t.start, end, kind: 'co', id: name, name, score: 0.8 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}
