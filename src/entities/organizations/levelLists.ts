import type { EntityContext } from '../context.ts';
import { tokensIn } from '../segment.ts';
import { MASS_BODIES, placeOfLevel } from './orgNames.ts';
import { NATIONAL_LEVEL_WORDS } from '../data/bodyHeads.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { levelWordOpening } from './levelWord.ts';
import { isHan } from '../../text/han.ts';
import { isListJoiner } from '../../text/listJoiners.ts';

// A list of one level's bodies writes the level once, on its first member: 市公安局、检察院、法院 are the city's police,
// procuratorate and court; 省发展改革委、财政厅、人社厅 the province's three departments. The members after the first are
// bare department names, a head noun of government bodies at their end.
const MEMBER_HEAD = /(支队|大队|局|厅|委员会|委|办|法院|检察院)$/;
const COURT = /^(人民)?(法院|检察院)$/;
const LEVEL_FIRST = /^[省市区县州]/;
// Words that make a member no department's name: verbs, pronouns, numbers, particles, prepositions and conjunctions.
const NOT_IN_NAME = /^(v|vd|vg|d|p|c|u.*|r|m|q|f|ad|a)$/;

/** The bare departments listed after a level-written one (市公安局、检察院、法院), each read as the level's own. */
export function levelListMembers(ctx: EntityContext, taken: OrgHit[]): OrgHit[] {
  const { folded, home } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (const first of taken) {
    const level = first.kind === 'gd' ? levelWordOpening(folded.slice(first.start, first.end)) : undefined;
    if (!level) continue;
    const place = placeOfLevel(level, home);
    let at = first.end;
    while (isListJoiner(folded[at] ?? '') && ctx.seg.boundaries.has(at + 1)) {
      const end = memberEnd(ctx, at + 1);
      if (end === undefined || cover.any(at + 1, end)) break;
      const member = folded.slice(at + 1, end);
      const body = COURT.test(member) ? `人民${member.replace(/^人民/, '')}` : member;
      // 县总工会、团县委: a member that writes its level itself (the youth league's county committee) is named as written.
      const ownLevel = /[省市区县州]/.test(member);
      const hit: OrgHit = {
        start: at + 1,
        end,
        kind: 'gd',
        id: `${place?.code ?? level}:${body}`,
        name: ownLevel ? member : place ? `${place.name}${body}` : `${level}${member}`,
        score: 0.75,
      };
      out.push(hit);
      cover.add(hit);
      at = end;
    }
  }
  return out;
}

/** Where a bare department's name that starts at `start` ends: the first head noun jieba ends a word with, within 9. */
function memberEnd(ctx: EntityContext, start: number): number | undefined {
  const { folded, seg } = ctx;
  if (LEVEL_FIRST.test(folded[start] ?? '') || /^[各等]/.test(folded[start] ?? '')) return undefined;
  // 市统计局与|国家统计局: a body of the national level writes its own level, no member of the city's.
  if (NATIONAL_LEVEL_WORDS.has(folded.slice(start, start + 2))) return undefined;
  for (let end = start + 2; end <= start + 9 && end <= folded.length; end++) {
    const name = folded.slice(start, end);
    if (!isHan(name)) return undefined;
    const isMass = MASS_BODIES.includes(name);
    if (!isMass && !MEMBER_HEAD.test(name)) continue;
    if (!seg.boundaries.has(end)) continue;
    const words = tokensIn(seg, start, end);
    if (words[0]?.start !== start) return undefined;
    // 人社|厅, 发展|改革|委: nouns and names, and a field's verbal nouns; a verb or a count is no department's name.
    if (!isMass && words.some((w) => NOT_IN_NAME.test(w.tag) && w.word.length >= 2)) return undefined;
    return end;
  }
  return undefined;
}
