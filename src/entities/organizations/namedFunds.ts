import type { EntityContext } from '../context.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { worldNames } from '../world/worldNames.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';
import { isNameShaped } from '../people/personNames.ts';

// Words jieba gives a name it does not know or a person's (易方达/nr, 嘉实/x): before 基金 the name of a fund manager; not
// an abbreviation (社保/j, 医保/j 基金 are kinds) nor a name of a field (城市更新/nz 基金).
const NAME_TAGS = /^(nr|nrt|nrfg|x)$/;
// 其愿景/x: jieba glues a pronoun to a name it does not know; what it refers to is read elsewhere.
const REFERRING = /^[其该本此这那各每某]/;
// 国际货币基金|组织: a body whose name goes on after 基金.
// 二是|基金运行…: an enumeration's word, no name.
const ENUMERATION = /^[一二三四五六七八九十两]|是$/;
// A name jieba does not know (嘉实/x) is a manager's only where the fund's word ends the phrase: before a joiner, a mark, a
// verb or the firm's own words (嘉实基金|旗下, 易方达基金|基金经理); 织密/x 基金|监管网 runs on into a compound.
const AFTER_MANAGER = /^(旗下|基金|公司|管理)$/;
const AFTER_MANAGER_TAGS = /^(v|p|c|d|uj|ul)$/;
const NAME_GOES_ON = /^(组织|会|委员会|理事会)/;

/**
 * Fund managers by their short names, a name and 基金 (易方达基金, 嘉实基金), which jieba reads as a person and a noun or
 * a name it does not know and a noun; a kind's word before 基金 (产业基金, 社保基金) is no name.
 */
export function namedFunds(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg, gaz } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (let at = folded.indexOf('基金'); at >= 0; at = folded.indexOf('基金', at + 1)) {
    const k = seg.tokenAt[at] ?? -1;
    const fund = seg.tokens[k];
    if (k < 1 || fund?.start !== at || fund.word !== '基金') continue;
    const name = seg.tokens[k - 1]!;
    if (name.end !== fund.start || name.word.length < 2 || name.word.length > 4 || !NAME_TAGS.test(name.tag)) continue;
    if (ENUMERATION.test(name.word) || (name.tag === 'x' && !endsPhrase(ctx, k + 1))) continue;
    // 养老/nr, 建立健全/nr: jieba's dictionary tags words of the language as names too; a person's is a surname and a given name.
    if (/^nr/.test(name.tag) && !isNameShaped(name.word)) continue;
    if (REFERRING.test(name.word) || isGenericWord(name) || gaz.byName.has(name.word) || worldNames().get(name.word)?.place) continue;
    if (NAME_GOES_ON.test(folded.slice(fund.end, fund.end + 3)) || cover.any(name.start, fund.end)) continue;
    const body = folded.slice(name.start, fund.end);
    const hit: OrgHit = { start: name.start, end: fund.end, kind: 'co', id: body, name: body, score: 0.7 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

/** Token `k` is absent, a mark, or a word that ends the phrase before it (AFTER_MANAGER). */
function endsPhrase(ctx: EntityContext, k: number): boolean {
  const next = ctx.seg.tokens[k];
  if (!next || next.start !== ctx.seg.tokens[k - 1]!.end) return true;
  return !isHan(next.word) || AFTER_MANAGER.test(next.word) || AFTER_MANAGER_TAGS.test(next.tag);
}
