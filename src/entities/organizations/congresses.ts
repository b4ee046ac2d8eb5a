import { coverage, type OrgHit } from './orgHit.ts';
import { endsOf, matchesEndingAt } from '../../text/matchesNear.ts';

const NUMERAL = '[一二三四五六七八九十]';
// 党的十五大, 中共十五大, 十五大精神, 中国共产党第十五次全国代表大会: a congress of the party by its number. The short form
// (十五大) is an ordinal and 大; without the party written before it, it must be followed by what is said of a congress
// (十六大以来, 十一大路线), for 十大重点工程 and 三大攻坚战 are counts of other things. 党的十九大精神 is a slogan the reports
// study and carry out (the gold reads it as a campaign), not a mention of the congress, and so is the spirit of the
// congress and of later plenums (党的二十大和二十届二中全会精神).
const PARTY_CONGRESS = new RegExp(`(中国共产党|中共|党的)?(第?)(${NUMERAL}{1,3})(次全国代表大会|大)`, 'g');
// Every reading ends on a numeral and 大 or on 次全国代表大会, at most this long: it is tried only within that reach.
const CONGRESS_ENDS = [...[...NUMERAL.slice(1, -1)].map((n) => `${n}大`), '次全国代表大会'];
const CONGRESS_LENGTH = '中国共产党第'.length + 3 + '次全国代表大会'.length;
const SPIRIT_AFTER = /^(精神|[和及、][^，。；,;！？\n]{0,24}精神)/;
const SAID_OF_CONGRESS = /^(以来|路线|报告|确定|确立|提出|通过|召开|作出|做出|的|和|及|以后|之后|前后|期间|上|[，。、；）)”])/;
// 二大 … 七大 short: counts (三大差别, 五大洲, 六大龙头企业) far more often than the congresses before 1949.
const NUMERAL_BEFORE = new RegExp(`${NUMERAL}$`);
const SHORT_ORDINAL = /^(八|九|十|十[一二三四五六七八九]|二十|二十[一二三四五六七八九])$/;

/**
 * A congress of the Chinese Communist Party named by its number (十五大, 中共十五大, 党的十六大, 中国共产党第十五次全国代表大会):
 * one body, named by its full form. 党的 is how the text refers to it, not part of its name.
 */
export function partyCongresses(folded: string, taken: readonly OrgHit[]): OrgHit[] {
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (const m of matchesEndingAt(folded, PARTY_CONGRESS, endsOf(folded, CONGRESS_ENDS), CONGRESS_LENGTH)) {
    const [whole, party, ordinal, numeral, head] = m as unknown as [string, string | undefined, string, string, string];
    const at = m.index!;
    const short = head === '大';
    if (short && (ordinal || !SHORT_ORDINAL.test(numeral))) continue;
    // A longer numeral runs on before it (二十一大 read from 十一大): the match starts inside a number.
    if (NUMERAL_BEFORE.test(folded.slice(at - 1, at)) && !party) continue;
    const end = at + whole.length;
    if (SPIRIT_AFTER.test(folded.slice(end, end + 28))) continue;
    if (short && !party && !SAID_OF_CONGRESS.test(folded.slice(end, end + 2))) continue;
    // 第十五次全国代表大会 without the party: a congress of any body (a trade union's, a women's federation's).
    if (!short && !party) continue;
    const start = party === '党的' ? at + 2 : at;
    if (cover.any(start, end)) continue;
    const name = `中国共产党第${numeral}次全国代表大会`;
    const hit: OrgHit = { start, end, kind: 'co', id: name, name, score: 0.85 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

// 第二届, 八届: the term of a legislature, which is a body of its own (第二届全国人民代表大会, 九届全国人大).
const TERM_BEFORE = new RegExp(`第?(${NUMERAL}{1,3})届$`);
const NATIONAL_CONGRESS = '全国人民代表大会';

/**
 * The national people's congress written after its term (第二届全国人民代表大会, 九届全国人大一次会议): the congress of that
 * term, named 第N届全国人民代表大会 however it is written; the hits are changed in place.
 */
export function congressTerms(folded: string, hits: OrgHit[]): void {
  for (const h of hits) {
    if (h.name !== NATIONAL_CONGRESS) continue;
    const m = TERM_BEFORE.exec(folded.slice(Math.max(0, h.start - 5), h.start));
    if (!m) continue;
    const name = `第${m[1]}届${NATIONAL_CONGRESS}`;
    Object.assign(h, { start: h.start - m[0].length, kind: 'co', id: name, name });
  }
}
