import type { EntityContext } from '../context.ts';
import { FOUNDING_VERBS } from './orgNames.ts';
import type { Token } from '../segment.ts';
import { headInsideAnotherWord } from './namedBodies.ts';
import type { OrgHit } from './orgHit.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { isHan } from '../../text/han.ts';

// Bodies that keep divisions of their own named after them: courts, procuratorates, customs, bureaus, ministries,
// administrations and corps (公安部|刑侦局, 海关总署|缉私局); and a cooperative the federation of cooperatives it leads is
// named after (马铃薯种植专业合作社|联合社); a corps its numbered divisions (新疆生产建设兵团|第十|师); a foreign affairs
// office its sections (市外办|国际交流|科).
// (市纪委监委|第三|监督检查室: a discipline body's numbered rooms.)
const PARENT_END = /(法院|中院|高院|检察院|海关|局|部|署|支队|总队|合作社|兵团|[外侨台]办|纪委监委|纪委|监委)$/;
// A commission keeps its departments as a ministry does (国家卫生健康委员会|医政司, 国家发展改革委|价格司); a place's party
// committee (中共…区委员会) is no commission: its departments are read with it.
const COMMISSION_END = /(委员会|委)$/;
const COMMISSION_KINDS: ReadonlySet<string> = new Set(['gd', 'co', 'nat']);
// A division's head as a word of its own (执行|局 is one word to jieba, 立案|庭 two), or a corps' or office's word; a
// procuratorate's or court's branch (人民检察院|银川|铁路运输|分院) or circuit court (最高人民法院|第一|巡回|法庭).
// (外交部|新闻司, 农业农村部|种植业|管理司: a ministry's department.)
const DIVISION_HEAD = /^(局|庭|部|处|科|室|所|队|司|分局|分院|大队|中队|支队|中心|办事处|办公室|联合社|法庭)$/;
const DIVISION_END = /[局庭部处科室所队心司]$/;
// The part of town a division serves is a place word to jieba (城北/s|市场监管|所), or a town's name it does not know
// (李庄/x|市场监管|所).
// (刑事/b|侦查|支队: a distinguishing word says which kind of work.)
const FIELD_TAGS = /^(n|vn|nz|ns|s|j|l|x|b)$/;
const ORDINAL = /^(第[一二三四五六七八九十]+|[一二三四五六七八九十]{1,3})$/;
// A numbered head that jieba reads as one numeral (铁道部|十四|局|三处/m): the division's number and head.
const NUMBERED_HEAD = /^[一二三四五六七八九十]{1,3}(处|局|队|大队|支队|中队|科|室|所)$/;
const MAX_DIVISION = 10;

/**
 * A body's internal division written right after the body's name (县人民法院|执行局, 宁波海关|缉私|分局, 县检察院|第三|检察|部,
 * 市公安局|交通警察|支队|直属|二|大队): the division is the body named there, read with its body, whose hit is carried on over
 * it (in place); a word that only ends like a head (干部, 格局) or a verb between them (联合|县公安局) names none. A division
 * an earlier recognizer read alone as a place and a bare head (深圳市公安局|南山|分局) is part of that name; one with a name
 * of its own (金坛区税务局|薛埠|税务|分局) stays a body of its own. Only the divisions of `owners` (all hits unless given) are
 * read. The hits so absorbed are returned.
 */
export function bodyDivisions(ctx: EntityContext, hits: OrgHit[], owners: readonly OrgHit[] = hits): OrgHit[] {
  const { folded } = ctx;
  // A snapshot: the hits' ends move below (a bureau carried on to its unit), and the cover answers for them as they were.
  const cover = SpanCover.snapshot(folded.length, hits);
  const absorbed: OrgHit[] = [];
  for (const h of owners) {
    const parent = PARENT_END.test(h.name) || (COMMISSION_KINDS.has(h.kind) && COMMISSION_END.test(h.name));
    for (let round = 0; round < 2 && parent && !absorbed.includes(h); round++) {
      const end = divisionEnd(ctx, h.end);
      if (end === undefined || folded[end] === '长') break;
      if (cover.any(h.end, end)) {
        const inside = hits.filter((o) => o !== h && o.start < end && o.end > h.end);
        if (!inside.every((o) => o.start === h.end && o.end === end && isPlaceAndHead(ctx, o))) break;
        absorbed.push(...inside);
      }
      const name = h.name + folded.slice(h.end, end);
      Object.assign(h, { end, kind: 'co', id: name, name });
    }
  }
  return absorbed;
}

/** Where a division whose name starts at `at` ends: ordinals and field words, then a head word; undefined when none. */
function divisionEnd(ctx: EntityContext, at: number): number | undefined {
  const { seg } = ctx;
  const k0 = seg.tokenAt[at];
  if (k0 === undefined || k0 < 0 || seg.tokens[k0]!.start !== at) return undefined;
  for (let k = k0; k < seg.tokens.length && seg.tokens[k]!.end - at <= MAX_DIVISION; k++) {
    const t = seg.tokens[k]!;
    if (isHead(t) || (t.tag === 'm' && NUMBERED_HEAD.test(t.word))) return t.end;
    // 检察|部对/x: a head of one character jieba glued to the word after it, which it knows no word of (x), after the
    // division's field (人民检察院|第四|检察|部对|该案).
    if (k > k0 && t.tag === 'x' && t.word.length === 2 && /^[局庭部处科室所队]/.test(t.word) && isHan(t.word)) return t.start + 1;
    // 第十|师, 第八|师: a corps' division by its number, 师 a head only after the ordinal.
    if (t.word === '师' && k > k0 && ORDINAL.test(seg.tokens[k - 1]!.word)) return t.end;
    // 缉私|分局, 检察|部: what the division does, a verb right before its head.
    const next = seg.tokens[k + 1];
    // 教育部|职业|教育|与/p|成人教育|司: 与 or 和 joins the two fields of one department, between field words only.
    if (k > k0 && (t.word === '与' || t.word === '和') && FIELD_TAGS.test(seg.tokens[k - 1]!.tag) && next && FIELD_TAGS.test(next.tag))
      continue;
    const verbBeforeHead = /^(v|vn)$/.test(t.tag) && t.word.length === 2 && !FOUNDING_VERBS.has(t.word) && !!next && isHead(next);
    if (!FIELD_TAGS.test(t.tag) && !ORDINAL.test(t.word) && !verbBeforeHead) return undefined;
    // 直属|二|大队: a bare numeral numbers the head right after it; before other words it counts or ranks something else
    // (法院|一|审判|处 is 一审 判处, the court's judgment at first instance).
    if (/^[一二三四五六七八九十]{1,3}$/.test(t.word) && !(next && isHead(next))) return undefined;
    if (!isHan(t.word) || t.tag === 'nt') return undefined;
  }
  return undefined;
}

/** The hit is a place jieba knows and a bare division head (南山/ns|分局): a unit named only by where it serves. */
function isPlaceAndHead(ctx: EntityContext, o: OrgHit): boolean {
  const { seg } = ctx;
  const place = seg.tokens[seg.tokenAt[o.start] ?? -1];
  const head = seg.tokens[seg.tokenAt[o.end - 1] ?? -1];
  return (
    !!place &&
    !!head &&
    place.start === o.start &&
    place.tag === 'ns' &&
    head.start === place.end &&
    head.end === o.end &&
    DIVISION_HEAD.test(head.word)
  );
}

function isHead(t: Token): boolean {
  if (DIVISION_HEAD.test(t.word)) return true;
  // 公安分局|交警大队/nt: a corps jieba knows by its work is a unit, never a body of its own.
  if (t.tag === 'nt' && t.word.length >= 4 && /(大队|支队|中队)$/.test(t.word)) return true;
  // 执行局, 稽查局, 立案庭: a field's word and the head, one word to jieba; not a word of the language ending so (干部, 格局).
  // (Not a body jieba knows by name, 国家统计局/nt: another body, after a verb it tagged a noun, 会同/n.)
  // (医政司/x: a department's field and 司, a word jieba does not know; 司 ends no other word of three.)
  if (t.tag === 'x' && t.word.length === 3 && t.word.endsWith('司') && isHan(t.word)) return true;
  if (t.word.length < 3 || !DIVISION_END.test(t.word) || !/^(n|j)$/.test(t.tag) || t.word.endsWith('公司')) return false;
  return !headInsideAnotherWord(t.word, t.word.slice(-1));
}
