import type { EntityContext } from '../context.ts';
import type { OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';

// Names jieba does not know or reads as foreign or personal names: the halves of a merged company's name.
const NAME_TAGS = /^(x|nr|nrt|nz)$/;
const JOIN = /^[—–-]$/;

/**
 * A company named by two names joined with a dash (佩诺—里加集团, a merger's two houses): the hit read from the second name
 * takes the first. Only where both halves are names to jieba (foreign or unknown words); the hits are changed in place.
 */
export function dashJoinedNames(ctx: EntityContext, hits: OrgHit[]): void {
  const { seg, folded } = ctx;
  for (const h of hits) {
    if (h.kind !== 'co') continue;
    const k = seg.tokenAt[h.start]!;
    const second = seg.tokens[k];
    const dash = seg.tokens[k - 1];
    const first = seg.tokens[k - 2];
    if (!second || !dash || !first || second.start !== h.start || !JOIN.test(dash.word)) continue;
    if (dash.start !== first.end || dash.end !== second.start) continue;
    if (!NAME_TAGS.test(second.tag) || !NAME_TAGS.test(first.tag) || !isHan(first.word) || first.word.length < 2) continue;
    if (hits.some((o) => o !== h && o.end > first.start && o.start < h.start)) continue;
    const name = folded.slice(first.start, h.end);
    Object.assign(h, { start: first.start, id: name, name });
  }
}
