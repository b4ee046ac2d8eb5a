import type { Entity, ReportMention, Span } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';
import { LEADING_ADVERBS } from '../document/clauseSubject.ts';
import { isListJoiner } from '../text/listJoiners.ts';

// 坤都镇高勒嘎查党支部书记乌云其木格带领群众…，嘎查集体经济收入突破80万元: a village's (or a community's) collective economy,
// named by its level word alone, is the village's last named before it in the sentence, not the person who led the work;
// so is the collective income a clause says the work adds (张田楼村与…公司合作建设标准化厂房…，年增加村集体收入36万元: not the
// partner's). 带动村集体年增收 keeps whoever drove it.
const COLLECTIVE_OF = /^(?:年|每年)?(?:增加|新增)?(村|嘎查|社区)级?集体/;

/**
 * The places a clause opening on a place repeats from an earlier clause's opening were written in there (桑珠孜区曲布雄乡坚孜村
 * 党支部书记…，坚孜村集体经济收入突破80万元: the district and the township with the village), before the opener. A place
 * written inside another in a list the work acts on (抽查了…无为市襄安镇…的资金；襄安镇白鹤村…15万元) is not.
 */
export function withEnclosing(
  folded: string,
  clauses: readonly Span[],
  opener: readonly ReportMention[],
  mentions: readonly ReportMention[],
): ReportMention[] {
  if (!opener.length || opener.some((m) => m.entity.type !== 'place')) return [...opener];
  const first = opener[0]!;
  const earlier = mentions.find((m) => m.start < first.start && m.entity.id === first.entity.id);
  if (!earlier) return [...opener];
  const chain = writtenIn(mentions, earlier);
  const opens = chain[0] ?? earlier;
  const clause = clauses.find((c) => c.start <= opens.start && opens.start < c.end);
  if (!clause || folded.slice(clause.start, opens.start).replace(LEADING_ADVERBS, '') !== '') return [...opener];
  return [...chain.filter((m) => !opener.some((o) => o.entity.id === m.entity.id)), ...opener];
}

/**
 * The village a clause opening on 村集体/嘎查集体/社区集体 speaks of, with the places it was written in; [] where the level word
 * speaks of each of several listed before (在梓山镇潭头村、车溪乡坳脑村建设…，村集体经济年增收8万元以上); null without one.
 */
export function collectiveOwner(folded: string, clause: Span, mentions: readonly ReportMention[]): ReportMention[] | null {
  const level = COLLECTIVE_OF.exec(folded.slice(clause.start, clause.end).replace(LEADING_ADVERBS, ''))?.[1];
  if (!level) return null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end > clause.start || m.entity.type !== 'place' || !canLink(m) || !m.entity.name.endsWith(level)) continue;
    const chain = [...writtenIn(mentions, m), m];
    const before = mentions[mentions.indexOf(chain[0]!) - 1];
    const listed = before?.entity.type === 'place' && isListJoiner(folded.slice(before.end, chain[0]!.start));
    return listed ? [] : chain;
  }
  return null;
}

/** The places written right before a mention, one inside the other (桑珠孜区|曲布雄乡|坚孜村), outermost first. */
function writtenIn(mentions: readonly ReportMention[], m: ReportMention): ReportMention[] {
  const out: ReportMention[] = [];
  let at = m.start;
  for (let i = mentions.indexOf(m) - 1; i >= 0; i--) {
    const p = mentions[i]!;
    if (p.end !== at || p.entity.type !== 'place' || !canLink(p)) break;
    out.unshift(p);
    at = p.start;
  }
  return out;
}

// 巴彦花镇沙日哈达村丰源种植专业合作社流转土地3600亩: a cooperative or a villagers' association is named by the town and village
// it belongs to, and what it does is theirs too (a company, a school or an office named by its city is not the city's work).
const VILLAGE_BODY = /(?:合作社|联合社|协会|家庭农场)$/;
// 瑞安市塘下镇汽摩配行业商会会员企业实现产值612亿元: a town's chamber of commerce is the town's; the city it is written in is
// its address only, and a chamber named by a hometown (上海市温州商会) is no town's.
const CHAMBER = /商会$/;
// 茂林镇溪口村人民调解委员会调解邻里纠纷48件: a village's or a community's own committee (its 调解委员会, 村民委员会, 居民委员会,
// 村务监督委员会) does the village's work; as for a chamber, only the town and village it is written in.
const GRASSROOTS_COMMITTEE = /(?:调解委员会|调委会|村民委员会|居民委员会|村务监督委员会)$/;
const TOWN_LEVELS = new Set(['town', 'village']);

// 沭阳县扎下镇周沟村果蔬种植专业合作社: the county written first is the name's address, read as a part of the name and no
// mention of its own; the town and village after it still open what the body is named by.
const COUNTY_ADDRESS = /^[\u4e00-\u9fff]{1,8}[县市区旗]$/;

/**
 * The places written one inside the other at the start of a village body's name (巴彦花镇|沙日哈达村|丰源种植专业合作社),
 * as mentions of their own (the report's mentions keep only the longest of nested ones), outermost first.
 */
export function placesOpeningName(entities: readonly Entity[], reportId: string, body: ReportMention, folded = ''): ReportMention[] {
  const townOnly = CHAMBER.test(body.entity.name) || GRASSROOTS_COMMITTEE.test(body.entity.name);
  if (body.entity.type !== 'organization' || !(VILLAGE_BODY.test(body.entity.name) || townOnly)) return [];
  const inside: ReportMention[] = [];
  for (const e of entities) {
    if (e.type !== 'place' || e === body.entity) continue;
    for (const m of e.mentions)
      if (m.report === reportId && m.start >= body.start && m.end < body.end)
        inside.push({ ...body, start: m.start, end: m.end, entity: e });
  }
  inside.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ReportMention[] = [];
  let at = body.start;
  const first = inside[0];
  if (first && first.start > at && COUNTY_ADDRESS.test(folded.slice(at, first.start))) at = first.start;
  for (const m of inside) {
    if (m.start !== at) continue;
    out.push(m);
    at = m.end;
  }
  return townOnly ? out.filter((m) => TOWN_LEVELS.has(m.entity.place?.level ?? '')) : out;
}
