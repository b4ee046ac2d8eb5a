import type { EntityContext } from '../context.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { placeOfLevel } from './orgNames.ts';
import type { OrgHit } from './orgHit.ts';
import { everyOfLevel, levelWordAt } from './levelWord.ts';

// A county's or city's own schools by their number or kind after the level word (县第一中学, 旗蒙古族中学, 市实验小学,
// 旗第二幼儿园, 县第二实验小学): a place has one school of that name, so the level word names it as the place's name would.
// Kinds may follow each other (县职业中等专业学校, 市第二实验小学, 县职业高级中学).
const LEVEL_SCHOOL =
  /([省市区县旗])((?:第[一二三四五六七八九十]+|实验|民族|[\u4e00-\u9fff]{1,3}族|职业|技工|中等专业|职业技术|特殊教育|高级|外国语){1,3})(中学|小学|幼儿园|学校)/g;

export function levelSchools(ctx: EntityContext, taken: OrgHit[]): OrgHit[] {
  const { folded, home } = ctx;
  const out: OrgHit[] = [];
  const covered = SpanCover.lazy(folded.length, taken);
  for (const m of folded.matchAll(LEVEL_SCHOOL)) {
    const at = m.index!;
    const end = at + m[0].length;
    const levelWord = covered.covers(at) || covered.covers(end - 1) ? undefined : levelWordAt(ctx, at);
    if (!levelWord) continue;
    const { start, level } = levelWord;
    // 各县第一中学: every county's, no one school.
    if (/[各诸每]/.test(folded[start - 1] ?? '')) continue;
    const place = placeOfLevel(level, home);
    // 各县第一中学 in a national report is every county's (everyOfLevel); in a report of no known place it is the level's own,
    // named as written (as levelInstitutions names 县老年大学).
    if (!place && home.national && everyOfLevel(folded, start)) continue;
    const school = m[0].slice(1);
    const name = place ? `${place.name}${school}` : folded.slice(start, end);
    out.push({ start, end, kind: 'co', id: `${place?.code ?? level}:${school}`, name, score: 0.8 });
  }
  return out;
}
