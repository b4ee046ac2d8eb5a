import type { EntityContext } from '../context.ts';
import { tokensIn } from '../segment.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { roleOf } from '../spanBoundary.ts';
import { worldNames } from '../world/worldNames.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';

// 用友、新天地、金山、四通利方等国内著名软件厂商: names listed before 等 and a word for companies (公司, 厂商, 集团, 厂家,
// 品牌), with at most a few words that say which companies between them. 企业 is left out: 工业、商业等企业 lists sectors.
const LISTED = /等([\u4e00-\u9fff]{0,10}?)(厂商|公司|集团|厂家|品牌)/g;
const MEMBER = /^[\u4e00-\u9fff]{2,8}$/;
const CLAUSE_EDGE = /[，。；：！？,;:!?\n“”"（）()]/;

/**
 * Companies named in a list before 等 and a word for companies (用友、新天地、金山、四通利方等国内著名软件厂商): each member
 * between the list's 、 is one company, when it is a name rather than a kind (工业, 国有) or a place.
 */
export function listedCompanies(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (const m of folded.matchAll(LISTED)) {
    const end = m.index!;
    let from = end;
    while (from > 0 && !CLAUSE_EDGE.test(folded[from - 1]!)) from--;
    const pieces = folded.slice(from, end).split('、');
    // A list, not one name before 等 (…集团等公司 is read by the companies' own rules).
    if (pieces.length < 2) continue;
    const members: { start: number; end: number }[] = [];
    let at = from;
    for (const [k, piece] of pieces.entries()) {
      let start = at;
      // The first member starts after the verb or words that bring the list in (包括|微软): its last word.
      if (k === 0) start = tokensIn(seg, at, at + piece.length).at(-1)?.start ?? at;
      members.push({ start, end: at + piece.length });
      at += piece.length + 1;
    }
    const names = members.map((s) => folded.slice(s.start, s.end));
    if (!names.every((n, k) => MEMBER.test(n) && namesACompany(ctx, members[k]!.start, members[k]!.end, n))) continue;
    for (const s of members) {
      addNamedBody(out, cover, folded, s.start, s.end, 0.7);
    }
  }
  return out;
}

/**
 * A member that can name a company: its words are content and not all generic, and it is no country and no word jieba
 * reads as a place (美国、日本等公司 are the companies of countries, a kind).
 */
function namesACompany(ctx: EntityContext, start: number, end: number, name: string): boolean {
  if (worldNames().has(name)) return false;
  const words = tokensIn(ctx.seg, start, end);
  if (words[0]?.start !== start || words.at(-1)?.end !== end || words.some((w) => w.tag === 'ns')) return false;
  return words.every((w) => roleOf(w) === 'content') && !words.every((w) => isGenericWord(w));
}
