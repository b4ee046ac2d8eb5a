import type { EntityContext } from '../context.ts';
import { isNameShaped } from '../people/personNames.ts';
import { isHan } from '../../text/han.ts';
import { coverage, type OrgHit } from './orgHit.ts';

// A county's, town's or village's own body, then the post of one who holds it. 村委会 is the village committee, 村支部
// the village's party branch.
const BODY_POST = /(县委|区委|乡党委|镇党委|乡政府|镇政府|村委会|居委会|村党支部|村支部)(副?书记|副?主任|副?乡长|副?镇长)/g;
// 各县委书记, 全乡镇党委书记, 乡镇|党委书记: every body of the level, not one.
const EVERY_BEFORE = /[各全每诸乡]$/;
const NAME_TAGS = /^(nr|nrfg|nrt)$/;
const TAKES_UP = /^(任|担任|出任|兼任|调任|改任|升任|当选|当选为|接任|继任)$/;

/**
 * A level's body written bare before the post and the name of the one who holds it (县委书记王建国, 村委会主任丁显宝): the
 * body of that person, one body, named as written, where no recognizer read it with its place. In a report of many
 * places the bare form is no one place's, but the post held by a named person, or taken up by one (任乡党委书记), says
 * that one body is meant.
 */
export function postedLevelBodies(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (const m of folded.matchAll(BODY_POST)) {
    const at = m.index!;
    const end = at + m[1]!.length;
    const postEnd = end + m[2]!.length;
    if (cover.any(at, end) || EVERY_BEFORE.test(folded.slice(at - 1, at))) continue;
    // 恭城县委, 晏岗村|党支部, 石马村委会: a place before it names the body (read with its place, or no bare body).
    // 这里|任乡/x|党委书记: jieba glued the verb of taking up a post to the level word.
    const glued = seg.tokens[seg.tokenAt[at] ?? -1];
    const takenUp = !!glued && glued.start === at - 1 && glued.end === at + 1 && folded[at - 1] === '任';
    if (!seg.boundaries.has(at) && !takenUp) continue;
    const before = takenUp ? undefined : seg.tokens[seg.tokenAt[at - 1] ?? -1];
    if (before && isHan(before.word) && !/^[pcvdu]/.test(before.tag)) continue;
    // 任乡党委书记: the post one takes up (任, 担任, 出任 …) is one post of one body, held by the subject.
    if (!namedAfter(ctx, postEnd) && !takenUp && !TAKES_UP.test(before?.word ?? '')) continue;
    const name = m[1]!;
    const hit: OrgHit = { start: at, end, kind: 'co', id: name, name, score: 0.6 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

/** A person's name starts at `at`: a word jieba reads as one, or an unknown word of a surname and a given name. */
function namedAfter(ctx: EntityContext, at: number): boolean {
  const { seg } = ctx;
  const word = seg.tokens[seg.tokenAt[at] ?? -1];
  if (!word || word.start !== at || !isHan(word.word) || word.word.length < 2 || word.word.length > 4) return false;
  return NAME_TAGS.test(word.tag) || (word.tag === 'x' && isNameShaped(word.word));
}
