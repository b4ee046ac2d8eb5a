import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { readName, readNameBefore } from './namesBesidePosts.ts';
import { wordsOfTheLanguage } from './readingAfterRole.ts';

// A results page names its players by their teams and provinces: the team right before the name (浙江队汪俊辉和上海队
// 谈思远分获二、三名, 山东队的亓晓峰, a relay's team before its runners in brackets: 广东队（邝嘉俊、黎永康…）), and the
// province or team in brackets right after it, before the mark or the item's end (1.鄢佳琪（福建）11秒21；, 苟世豪（浙江）
// 8米16、). A team is a place's, a country's or a body's name and 队 (广东队, 中国队); what follows it there, read as a
// name after a post is and held to the test of a kind of person (山东队的向前均 is no name), is a player; jieba may
// leave the 队 a word of its own (江西/ns|队/n).

const TEAM_MAX = 12;
// What befalls a team in a tournament, which jieba may read as a name after it (浙江队|晋级/nr, 晋级后): no player.
const TEAM_RESULTS = new Set(['晋级', '夺冠', '出线', '卫冕', '折桂', '胜出', '告负', '取胜', '败北', '降级', '升级', '保级']);

/** Players named right after their team, or right before their province or team in brackets. */
export function teamPlayers(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  for (let at = folded.indexOf('队'); at >= 0; at = folded.indexOf('队', at + 1)) {
    if (!isTeam(ctx, at + 1)) continue;
    // 队的亓晓峰, 队（邝嘉俊、…: the possessive or the bracket of its members between.
    let from = at + 1;
    if (folded[from] === '的' || folded[from] === '（' || folded[from] === '(') from++;
    if (!seg.boundaries.has(from)) continue;
    const name = readName(ctx, from);
    if (name && TEAM_RESULTS.has(folded.slice(name.start, name.start + 2))) continue;
    if (name && !wordsOfTheLanguage(ctx, name.start, name.end)) out.push({ ...name, score: 0.7 });
  }
  for (const m of folded.matchAll(PROVINCE_NOTE)) {
    const inner = m[1]!;
    if (!isKnownPlaceName(ctx, inner) && !(inner.endsWith('队') && isTeam(ctx, m.index! + 1 + inner.length))) continue;
    const name = readNameBefore(ctx, m.index!);
    if (!name || placeBeforeItsProvince(ctx, folded.slice(name.start, name.end))) continue;
    // The item opens where the name does: a line's start, its numbering, a list's or a clause's mark.
    if (name.start > 0 && !/[\n、，,；;：:.．）)\s]/.test(folded[name.start - 1]!)) continue;
    out.push({ ...name, score: 0.7 });
  }
  return out;
}

// A province, a city or a team in brackets, then a result, a list's mark or the item's end.
const PROVINCE_NOTE = /[（(]([\u4e00-\u9fff]{2,8})[）)](?=[0-9０-９]|[、，,；;。]|$)/gm;

/**
 * A place's name or the short form of a city's or county's (金华（浙江）, 台山（广东）): a dateline's or a product's place
 * before its province, not a player.
 */
function placeBeforeItsProvince(ctx: EntityContext, name: string): boolean {
  return isKnownPlaceName(ctx, name) || ['市', '县', '区'].some((level) => ctx.gaz.byName.has(name + level));
}

/** A team's name ends at `end` (right after its 队): a place's or a body's name jieba reads as one word with the 队. */
function isTeam(ctx: EntityContext, end: number): boolean {
  const { folded, seg } = ctx;
  const k = seg.tokenAt[end - 1] ?? -1;
  const t = seg.tokens[k];
  if (!t || t.end !== end) return false;
  // 江西/ns|队/n: jieba left the 队 a word of its own after the place.
  const before = seg.tokens[k - 1];
  if (t.word === '队') return !!before && before.end === t.start && isKnownPlaceName(ctx, before.word);
  if (t.word.length < 3 || t.word.length > TEAM_MAX || !isHan(t.word)) return false;
  return t.tag === 'nt' || isKnownPlaceName(ctx, folded.slice(t.start, end - 1));
}
