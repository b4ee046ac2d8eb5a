import type { EntityContext } from '../context.ts';
import { departmentAt, massBodyAt } from './levelDepartments.ts';
import { coverage, type OrgHit } from './orgHit.ts';

// The Xinjiang Production and Construction Corps is a level of its own (a province's rank, its divisions a prefecture's):
// its bodies are written after 兵团 as a province's are after 省 (兵团公安局, 兵团检察院), and a division's after its number
// (兵团第八师中级人民法院). 兵团 must be a word of its own (新疆生产建设兵团|党委 is read with the Corps' name).
const CORPS = '兵团';
const DIVISION = /^第[一二三四五六七八九十]{1,3}师/;
// A court or procuratorate at the Corps' or a division's level (its intermediate court: 中级人民法院).
const COURT = /^(?:中级|高级)?(?:人民)?(?:法院|检察院)(?!院|长)/;
const PARTY_OR_REGIMENT = /[党纪团]/;
const PARTY_COMMITTEE = '党委';
// The one corps of China, whose own name 兵团 stands for.
const CORPS_NAME = '新疆生产建设兵团';

/** The Corps' and its divisions' departments, courts and procuratorates, written after 兵团, named as written. */
export function corpsBodies(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  let cover: ReturnType<typeof coverage> | undefined;
  for (let at = folded.indexOf(CORPS); at >= 0; at = folded.indexOf(CORPS, at + CORPS.length)) {
    const word = seg.tokens[seg.tokenAt[at] ?? -1];
    if (!word || word.start !== at || word.end !== at + CORPS.length) continue;
    let from = at + CORPS.length;
    // 兵团党委: the Corps' own party committee, which the Corps' name before 党委 is too (新疆生产建设兵团|党委).
    if (folded.startsWith(PARTY_COMMITTEE, from) && seg.boundaries.has(from)) {
      cover ??= coverage(folded.length, taken);
      const end = from + PARTY_COMMITTEE.length;
      if (cover.any(at, end)) continue;
      const hit: OrgHit = { start: at, end, kind: 'co', id: CORPS_NAME, name: CORPS_NAME, score: 0.75 };
      out.push(hit);
      cover.add(hit);
      continue;
    }
    from += DIVISION.exec(folded.slice(from, from + 6))?.[0].length ?? 0;
    const court = COURT.exec(folded.slice(from, from + 8))?.[0];
    const mass = court ? undefined : massBodyAt(folded, from);
    const end = court ? from + court.length : mass ? from + mass.length : departmentAt(ctx, from)?.end;
    if (end === undefined || !seg.boundaries.has(end)) continue;
    // 兵团党委和师市党委, 第四师六十七团纪委: the Corps' and its divisions' party and discipline bodies and its regiments'
    // are read by the readers of party bodies and places.
    if (PARTY_OR_REGIMENT.test(folded.slice(from, end))) continue;
    cover ??= coverage(folded.length, taken);
    if (cover.any(at, end)) continue;
    const name = folded.slice(at, end);
    const hit: OrgHit = { start: at, end, kind: 'co', id: name, name, score: 0.75 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}
