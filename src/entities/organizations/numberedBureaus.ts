import type { EntityContext } from '../context.ts';
import { LISTED_SHORT_NAMES } from '../data/listedShortNames.ts';
import { isHan } from '../../text/han.ts';
import type { OrgHit } from './orgHit.ts';

// A state builder's numbered engineering bureau: the group's short name, the bureau's number, perhaps the one character
// of its trade (航 of 航务, 公 of 公路), and 局 — 中铁四局, 中建三局, 中交二航局 — or the group's listed name and the trade
// the bureau was founded for (中国电建|水电|八局).
const BUREAU = /(中国[\u4e00-\u9fff]{2}[\u4e00-\u9fff]{0,3}?|中[\u4e00-\u9fff])[一二三四五六七八九十]{1,3}([\u4e00-\u9fff])?局/gu;
// The companies a bureau holds, named after it: numbered (中建三局一公司), by their work (总承包公司, 第三工程有限公司) or by
// the province they serve (安徽分公司); and the bureau's own registered name (中铁四局集团有限公司).
const UNIT =
  /^(集团有限公司|有限公司|集团|[一二三四五六七八九十]{1,3}公司|总承包公司|第[一二三四五六七八九十]{1,3}工程(?:有限)?公司|[\u4e00-\u9fff]{2,3}分公司)/u;
const NOT_IN_NAME = /[的和与及等在对把将向从为是了]/;
const NUMBER = /[一二三四五六七八九十]+/;

let groups: { listed: Set<string>; marks: Set<string> } | undefined;

/**
 * The groups that number their bureaus, from the listed companies' short names: the state's, written 中国 and two
 * characters (中国中铁, 中国建筑, 中国交建, 中国电建). A bureau's short name opens with 中 and the first of them that is
 * not 中 (中铁, 中建, 中交, 中电).
 */
function stateGroups(): { listed: Set<string>; marks: Set<string> } {
  if (groups) return groups;
  const listed = new Set(LISTED_SHORT_NAMES.filter((n) => n.length === 4 && n.startsWith('中国')));
  const marks = new Set([...listed].map((n) => (n[2] === '中' ? n[3]! : n[2]!)));
  groups = { listed, marks };
  return groups;
}

/**
 * State builders' numbered bureaus and the companies named after them (中铁四局, 中建三局一公司, 中建三局总承包公司,
 * 中交二航局第三工程有限公司, 中国电建水电八局), which jieba cuts into the group, the number and 局 and the company rules
 * read from the middle (航局第三工程有限公司) or not at all. A company read inside such a name is absorbed into it.
 */
export function numberedBureaus(ctx: EntityContext, taken: readonly OrgHit[]): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded, seg } = ctx;
  const hits: OrgHit[] = [];
  const absorbed: OrgHit[] = [];
  if (!folded.includes('局')) return { hits, absorbed };
  const { listed, marks } = stateGroups();
  for (const m of folded.matchAll(BUREAU)) {
    const start = m.index!;
    const group = m[1]!;
    if (group.length === 2 ? !marks.has(group[1]!) : !listed.has(group.slice(0, 4))) continue;
    if (m[2] && (NOT_IN_NAME.test(m[2]) || /[一二三四五六七八九十局]/.test(m[2]))) continue;
    if (isHan(folded[start - 1] ?? '') && !seg.boundaries.has(start)) continue;
    let end = start + m[0].length;
    const unit = UNIT.exec(folded.slice(end, end + 12));
    if (unit && !NOT_IN_NAME.test(unit[0])) end += unit[0].length;
    // A body read across the name's edges, or one that holds it, is the reading of another recognizer.
    const inside = taken.filter((h) => h.start < end && start < h.end);
    if (inside.some((h) => h.kind !== 'co' || h.start < start || h.end > end || (h.start === start && h.end === end))) continue;
    absorbed.push(...inside);
    const name = folded.slice(start, end);
    // 中建七局 after 中国建筑第七工程局有限公司: the bureau alone is the body the text named in full.
    const full = unit ? undefined : fullNameOf(m, taken);
    hits.push({ start, end, kind: 'co', id: full?.id ?? name, name: full?.name ?? name, score: 0.8 });
  }
  return { hits, absorbed };
}

/**
 * The company a bureau's short name stands for, where the text names it in full: the group's character, then 第 and the
 * bureau's number, its trade's character after them, and 局 (中国建筑第七工程局有限公司 for 中建七局, 中交第二航务工程局有限公司
 * for 中交二航局).
 */
function fullNameOf(m: RegExpMatchArray, taken: readonly OrgHit[]): OrgHit | undefined {
  const group = m[1]!;
  const mark = group.length === 2 ? group[1]! : group.slice(2, 4);
  const number = NUMBER.exec(m[0].slice(group.length))![0];
  return taken.find((h) => {
    if (h.kind !== 'co' || !h.name.startsWith('中')) return false;
    const at = h.name.indexOf(`第${number}`);
    if (at < 0 || !h.name.slice(0, at).includes(mark) || NUMBER.test(h.name[at + 1 + number.length] ?? '')) return false;
    const rest = h.name.slice(at + 1 + number.length);
    return rest.includes('局') && (!m[2] || rest.slice(0, rest.indexOf('局')).includes(m[2]));
  });
}
