import type { EntityContext } from '../context.ts';
import { worldNames } from '../world/worldNames.ts';
import { namesAClass } from '../namedOrClass.ts';
import type { OrgHit } from './orgHit.ts';
import { CLOSES_COMPANY, OWNERSHIP_WORDS } from './orgNames.ts';
import { isHan } from '../../text/han.ts';

// A company's name with a bracketed part before its suffix: the place it is registered in (SK海力士半导体（大连）有限公司,
// 三星（中国）投资有限公司) or the kind it is (沈阳飞机工业（集团）有限公司).
const BRACKETED = /[（(]([\u4e00-\u9fff]{2,8})[）)][\u4e00-\u9fff]{0,8}?(股份有限公司|有限责任公司|有限公司|集团有限公司|公司)/g;
const KIND_IN_BRACKETS = /^(集团|控股|股份|中国|国际|控股集团)$/;
// Words a company's name is made of: nouns, names, a verbal noun, a set phrase, Latin capitals (SK, LG, TCL).
const NAME_TAGS = /^(n|nz|ns|nt|nr|nrt|nrfg|j|x|l|b|vn|an|eng)$/;
const PROPER_TAGS = /^(nz|ns|nt|nr|nrt|j|eng)$/;
const MAX_FRONT = 16;

/**
 * Companies whose name holds a bracketed place or kind before the suffix, read from the words before the bracket; a body
 * read inside such a name is no longer a body of its own (the caller drops it).
 */
export function bracketedCompanies(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg, gaz } = ctx;
  // The folded text has its brackets in ASCII (foldText), a test's text as written.
  if (!folded.includes(')') && !folded.includes('）')) return [];
  const out: OrgHit[] = [];
  for (const m of folded.matchAll(BRACKETED)) {
    const inner = m[1]!;
    if (!KIND_IN_BRACKETS.test(inner) && !gaz.byName.has(inner) && !worldNames().get(inner)?.place) continue;
    const open = m.index!;
    const end = open + m[0].length;
    let start = open;
    let proper = gaz.byName.has(inner) || !!worldNames().get(inner)?.place;
    for (let k = (seg.tokenAt[open] ?? 0) - 1; k >= 0; k--) {
      const t = seg.tokens[k]!;
      if (t.end !== start || open - t.start > MAX_FRONT) break;
      const latin = /^[A-Z]{2,5}$/.test(t.word);
      // 北方/f|重工: a word of direction of two characters is a name's word; 上, 中, 内 are not.
      const direction = t.tag === 'f' && t.word.length >= 2;
      // 恒瑞/nz|达/v|（南通）: a trade name's last character jieba reads as a verb, after a name's word glued to it.
      const prev = seg.tokens[k - 1];
      const nameChar = t.word.length === 1 && !!prev && prev.end === t.start && PROPER_TAGS.test(prev.tag) && prev.word.length >= 2;
      if (!(latin || isHan(t.word)) || !(NAME_TAGS.test(t.tag) || direction || nameChar)) break;
      // 中国中化控股有限责任公司|所属|中化国际（控股）…: whose company it is, or the owner's own name, is no part of it.
      if (OWNERSHIP_WORDS.has(t.word) || CLOSES_COMPANY.test(t.word)) break;
      start = t.start;
      if (PROPER_TAGS.test(t.tag) || (t.tag === 'x' && t.word.length > 1) || gaz.byName.has(t.word)) proper = true;
    }
    // A shorter reading inside it (信息电子材料有限公司 of LG化学（南京）信息电子材料有限公司) gives way; one across its edge wins.
    if (
      start === open ||
      open - start < 2 ||
      !proper ||
      taken.some((h) => h.start < end && start < h.end && (h.start < start || h.end > end))
    )
      continue;
    if (out.some((h) => h.start < end && start < h.end)) continue;
    const name = folded.slice(start, end);
    const hit: OrgHit = { start, end, kind: 'co', id: name, name, score: 0.8 };
    out.push(hit);
  }
  return out;
}
