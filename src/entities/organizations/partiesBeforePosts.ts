import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { worldNames } from '../world/worldNames.ts';
import { coverage, type OrgHit } from './orgHit.ts';

// The posts and members a party has, written right after its name: its chair, leader, general secretary or head
// (主席, 领袖, 总书记, 党首, 干事长), the candidate it runs, its deputies and members, and its caucus.
const PARTY_POST = /^(副?主席|领袖|领导人|总书记|秘书长|党首|干事长|总裁|候选人|议员|成员|党员|党团|籍)/;
// Words that may make a party's name (劳工, 国家|复兴|运动, 社会|民主): nouns, verbal nouns, adjectives and names.
const NAME_TAGS = /^(n|vn|a|an|nz|ns|nr|nrt|j)$/;
// A word before 党 that makes no party's name of its own (全|党, 入|党, 该|党, 我们|党).
const NOT_A_NAME = /^(全|各|该|本|我|我们|你|他|它|其|这|那|政|入|建|退|整|治|爱|护|一|个|的)$/;
const MAX_WORDS = 4;

/**
 * A party jieba does not know, read from its words and 党 (jieba's word alone) before a post it has: 巴西|劳工|党|主席,
 * 执政的|国家|复兴|运动|党|候选人. The name runs back over the words of a name (not past a verb or a particle), and a
 * country written right before it is part of it, as the news gold reads 巴西劳工党.
 */
export function partiesBeforePosts(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (let at = folded.indexOf('党'); at >= 0; at = folded.indexOf('党', at + 1)) {
    const k = seg.tokenAt[at] ?? -1;
    const party = seg.tokens[k];
    if (!party || party.word !== '党' || !PARTY_POST.test(folded.slice(at + 1, at + 4))) continue;
    let first = k;
    while (first - 1 >= 0 && k - first < MAX_WORDS) {
      const w = seg.tokens[first - 1]!;
      if (w.end !== seg.tokens[first]!.start || !isHan(w.word) || !NAME_TAGS.test(w.tag) || NOT_A_NAME.test(w.word)) break;
      if (worldNames().get(w.word)?.place?.level === 'country') {
        first--;
        break;
      }
      first--;
    }
    if (first === k) continue;
    const start = seg.tokens[first]!.start;
    // A country alone before 党 names no party (美国|党 is no name).
    if (first === k - 1 && worldNames().get(seg.tokens[first]!.word)?.place?.level === 'country') continue;
    if (cover.any(start, at + 1)) continue;
    const name = folded.slice(start, at + 1);
    const hit: OrgHit = { start, end: at + 1, kind: 'co', id: name, name, score: 0.7 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}
