import type { EntityContext } from '../context.ts';
import { isGenericWord } from '../namedOrClass.ts';
import type { Segmentation } from '../segment.ts';
import { roleOf } from '../spanBoundary.ts';
import { worldNames } from '../world/worldNames.ts';
import { isHan } from '../../text/han.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { readListOutward } from './readListOutward.ts';
import { isListJoiner } from '../../text/listJoiners.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// What joins the members of a list, and what ends one.
// A company read already: by its company's words (…集团, …证券, …公司), or by a short name of its own that is no
// institution's, state body's, team's, party's or fund's (大学, 研究所, 委员会, 部, 局, 队, 团, 党, 基金).
const FIRM_END = /(公司|集团|证券|银行|控股|股份|汽车|电子|科技|航空|保险)$/;
const NOT_A_FIRM = /(大学|学院|院|所|中心|会|部|局|厅|委|办|署|社|台|报|队|团|党|组织|联盟|政府|法庭|基金)$/;
const MAX_BRAND = 5;
const isFirm = (name: string) => FIRM_END.test(name) || (name.length <= MAX_BRAND && !NOT_A_FIRM.test(name));
// The trade words a firm's short name ends with (野村|证券, 理想|汽车, 南方|基金).
const FIRM_TRADE = /^(证券|银行|基金|保险|信托|资本|控股|集团|汽车|电子|科技|航空|地产|置业|能源|制药|医药|通信|传媒|电器|重工)$/;
// Words jieba gives a name it does not know, or a brand's own word (美团/x, 蔚来/x, 滴滴/nz).
const NAME_TAGS = /^(x|nz|nrt|j)$/;
const TRADE_WORD = wordFlag((w) => FIRM_TRADE.test(w));
const MAX_MEMBER = 6;
const IDEOGRAPHIC_COMMA = 0x3001;

/**
 * Companies listed beside a company read already (京东集团、美团和拼多多, 摩根士丹利、瑞银集团和野村证券): a member of the
 * list is one more company when it is a name jieba does not know or a brand's word alone (美团/x), or a name and a firm's
 * trade word (野村|证券). A member so read is the neighbour the next one is read beside.
 */
export function listedAmongCompanies(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const anchors = taken.filter(
    (h) => h.kind === 'co' && isFirm(h.name) && (isListJoiner(folded[h.end] ?? '') || isListJoiner(folded[h.start - 1] ?? '')),
  );
  // 理想汽车、小鹏汽车和蔚来: two members side by side, each a name and the same firm's trade word, are firms of that trade
  // whatever reads them alone; they anchor the list as a firm read already does.
  const cover = coverage(folded.length, taken);
  const seeds: OrgHit[] = [];
  // Only a 、 right after a trade word, with the same word second after it, can part two such members: those are visited
  // (the report's trade words, from the words' index), not every 、 of the report with the members read on both sides.
  for (const k of tokensWith(seg, TRADE_WORD)) {
    const j = seg.tokens[k]!.end;
    if (folded.charCodeAt(j) !== IDEOGRAPHIC_COMMA || seg.tokens[(seg.tokenAt[j + 1] ?? -2) + 1]?.word !== seg.tokens[k]!.word) continue;
    const before = memberBefore(j + 1);
    const after = memberAfter(j);
    if (!before || !after || cover.any(before.start, after.end)) continue;
    const trade = (m: { end: number }) => seg.tokens[seg.tokenAt[m.end - 1]!]!;
    const [a, b] = [trade(before), trade(after)];
    if (a.word !== b.word || !FIRM_TRADE.test(a.word) || a.start === before.start || b.start === after.start) continue;
    for (const m of [before, after]) {
      const name = folded.slice(m.start, m.end);
      const hit: OrgHit = { start: m.start, end: m.end, kind: 'co', id: name, name, score: 0.65 };
      seeds.push(hit);
      cover.add(hit);
    }
  }
  const listed = readListOutward(
    folded,
    [...taken, ...seeds],
    [...anchors, ...seeds],
    [(h) => memberBefore(h.start), (h) => memberAfter(h.end)],
  );
  return [...seeds, ...listed];

  /** The member right after a joiner at `at`, when it names a firm. */
  function memberAfter(at: number): { start: number; end: number } | undefined {
    if (!joinsAt(seg, folded, at)) return undefined;
    const k = seg.tokenAt[at + 1] ?? -1;
    const first = seg.tokens[k];
    if (!first || first.start !== at + 1) return undefined;
    for (const n of [1, 2]) {
      const last = seg.tokens[k + n - 1];
      if (!last || !closesMember(seg, folded, last.end)) continue;
      if (firmMember(ctx, k, k + n)) return { start: first.start, end: last.end };
    }
    return undefined;
  }

  /** The member right before a joiner ending at `at`, when it names a firm and opens the list or follows a joiner. */
  function memberBefore(at: number): { start: number; end: number } | undefined {
    if (!joinsAt(seg, folded, at - 1)) return undefined;
    const k = seg.tokenAt[at - 2] ?? -1;
    const last = seg.tokens[k];
    if (!last || last.end !== at - 1) return undefined;
    for (const n of [1, 2]) {
      const first = seg.tokens[k - n + 1];
      if (!first || !opensMember(folded, first.start)) continue;
      if (firmMember(ctx, k - n + 1, k + 1)) return { start: first.start, end: last.end };
    }
    return undefined;
  }
}

// What may follow the last member: the list's predicate or what opens it (a verb, an adverb, a time, a preposition,
// 的 or 等); not a verbal noun, which goes on in a compound (中小企业|发展|基金).
const AFTER_LIST_TAGS = /^(v|d|t|p|uj|ul|c)$/;

/** What may follow a member: a joiner, a mark, the end of the text, or the list's predicate. */
function closesMember(seg: Segmentation, folded: string, end: number): boolean {
  const next = folded[end] ?? '';
  if (next === '' || isListJoiner(next) || !isHan(next) || next === '等') return true;
  const word = seg.tokens[seg.tokenAt[end] ?? -1];
  return word?.start === end && AFTER_LIST_TAGS.test(word.tag);
}

/**
 * The list's joiner stands at `at`: 、, or 和, 与, 及 as jieba's conjunction (深化|与/p|沙特阿美公司 is 'with', a
 * preposition before whom something is done with).
 */
function joinsAt(seg: Segmentation, folded: string, at: number): boolean {
  const ch = folded[at] ?? '';
  if (ch === '、') return true;
  if (!isListJoiner(ch)) return false;
  const word = seg.tokens[seg.tokenAt[at] ?? -1];
  return word?.start === at && word.end === at + 1 && word.tag === 'c';
}

/** What may stand before a member that opens a list: a mark, a joiner, or the start of the text. */
function opensMember(folded: string, start: number): boolean {
  const prev = folded[start - 1] ?? '';
  return prev === '' || isListJoiner(prev) || !isHan(prev);
}

/** Tokens [from, to) name a firm: one name jieba does not know, or a name and a firm's trade word. */
function firmMember(ctx: EntityContext, from: number, to: number): boolean {
  const words = ctx.seg.tokens.slice(from, to);
  const text = words.map((w) => w.word).join('');
  if (text.length < 2 || text.length > MAX_MEMBER || !isHan(text) || worldNames().get(text)?.place || ctx.gaz.byName.has(text))
    return false;
  if (words.length === 1) return NAME_TAGS.test(words[0]!.tag) && words[0]!.word.length <= 4;
  const [stem, trade] = words as [(typeof words)[0], (typeof words)[0]];
  if (!FIRM_TRADE.test(trade.word) || stem.word.length < 2 || stem.tag === 'ns' || /^nr/.test(stem.tag)) return false;
  // 社保/j|基金、医保/j|基金: an abbreviation before 基金 names the kind of fund (namedFunds), not its manager.
  if (trade.word === '基金' && stem.tag === 'j') return false;
  return roleOf(stem) === 'content' && !isGenericWord(stem) && !ctx.gaz.byName.has(stem.word) && !worldNames().get(stem.word)?.place;
}
