import type { EntityType, ReportMention, Span } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';
import { LEADING_ADVERBS } from '../document/clauseSubject.ts';
import { isListJoiner, joinsOrAbuts } from '../text/listJoiners.ts';
import { JOINT_WORK_AFTER, runFrom } from './jointWork.ts';

// Where a clause's action happens, and who is asked to do it: read by figureEntities for the figures that follow.

// 在X / 赴X (带队赴南坪镇开展义诊): the place where something is done; X某单位 / X某村 / X一养殖场 / X一家化工企业: the place of an
// unnamed party in a case.
const AT_BEFORE = /[在赴]$/;
// 夹山寺位于夹山国家森林公园内 / 率团访问日本冈山市和韩国公州市，签署…协议5项: where a thing lies, and the places a visit goes
// to, are where the clause's and the next clauses' counts fall.
const LIES_OR_VISITS = /(?:位于|访问|出访)$/;
// 在A、B和C的对口支援下: the partners whose aid the clause's work is done with.
const AIDED_BY = /^的(?:对口|大力|倾力|无私)?(?:支援|帮扶|援助|帮助)下/;
const SOMEONE_AFTER =
  /^(?:某|一[家处个名户座所间艘辆](?![^，,。；;]{0,2}(?:以上|以下))|一(?=[\u4e00-\u9fa5]{0,4}(?:场|厂|店|企业|公司|工地|小区|酒店|宾馆|诊所|作坊|矿|窑|码头|摊点|餐馆)))/;

/**
 * Places named as where the clause's action happens: after 在 (with the places coordinated with it) or before 某 / 一家…
 * (with the place it is written inside: 马金镇霞山村一处违法占地).
 */
export function placesOfAction(folded: string, inClause: readonly ReportMention[], firstFigure = Infinity): ReportMention[] {
  const out: ReportMention[] = [];
  for (let i = 0; i < inClause.length; i++) {
    const m = inClause[i]!;
    // 带队赴井冈山干部学院开展…培训，参训干部120人次: a body gone to is where the work is done, as a place is.
    if (m.entity.type === 'organization' && folded[m.start - 1] === '赴' && canLink(m) && !m.listExample && m.start < firstFigure) {
      out.push(m);
      continue;
    }
    if (m.entity.type !== 'place' || !canLink(m) || m.listExample) continue;
    if (SOMEONE_AFTER.test(folded.slice(m.end, m.end + 8))) {
      const outer: ReportMention[] = [];
      for (let j = i - 1; j >= 0; j--) {
        const before = inClause[j]!;
        if (before.entity.type !== 'place' || before.end !== inClause[j + 1]!.start || !canLink(before) || out.includes(before)) break;
        outer.unshift(before);
      }
      out.push(...outer, m);
      continue;
    }
    if (!AT_BEFORE.test(folded.slice(m.start - 1, m.start)) && !LIES_OR_VISITS.test(folded.slice(Math.max(0, m.start - 2), m.start)))
      continue;
    const run = [m];
    for (let j = i + 1; j < inClause.length; j++) {
      const next = inClause[j]!;
      // 在沂源县鲁村镇、东里镇: a place written right after another (its town) is where the action happens too.
      if (!canLink(next) || !joinsOrAbuts(folded.slice(inClause[j - 1]!.end, next.start))) break;
      // 在上海市、山东省…和中国中化控股有限责任公司的对口支援下: a body listed with the places that aid is one of the partners.
      if (next.entity.type !== 'place' && !(next.entity.type === 'organization' && AIDED_BY.test(folded.slice(next.end, next.end + 12))))
        break;
      run.push(next);
      i = j;
    }
    // 赴德国北莱茵-威斯特法伦州、韩国京畿道开展招商，力争新设外商投资企业90家: a trip abroad is where the work of its own clause is
    // done, not where the counts of the clauses after it are; 组织医生120名…赴毕节市义诊: a count before 赴 is of those sent
    // (destinationsAfter reads the place when it follows closely).
    const abroad = run.some((p) => p.entity.place?.level === 'country' || p.entity.place?.level === 'region');
    if (folded[m.start - 1] === '赴' && (abroad || m.start > firstFigure)) continue;
    out.push(...run);
  }
  return out;
}

// 在龙游县第二高级中学设立…工作站，全年开展法治宣讲46场: a body (a school, a hall) opening the clause after 在 is where its
// figures happen. 在市委的领导下 / 在市委、市政府的坚强领导下 name who leads, not where.
const UNDER_LEADERSHIP = /(?:领导|指导|支持|帮助|关心|带领|关怀|部署)下/;
const NOT_A_VENUE_AFTER = /^(?:的|、|和|与|及|等|领导|指导|统一|坚强|党委|党组|班子)/;

/** The body after 在 opening the clause, as where the clause's action happens. */
export function bodyOfAction(folded: string, clause: Span, inClause: readonly ReportMention[]): ReportMention[] {
  const first = inClause[0];
  if (!first || first.entity.type !== 'organization' || !canLink(first) || first.listExample) return [];
  if (folded.slice(clause.start, first.start).replace(LEADING_ADVERBS, '') !== '在') return [];
  if (NOT_A_VENUE_AFTER.test(folded.slice(first.end, first.end + 2)) || UNDER_LEADERSHIP.test(folded.slice(clause.start, clause.end)))
    return [];
  return [first];
}

// 督促县自然资源和规划局对…立案查处，罚款8万元 / 向县教育局发出检察建议，推动排查学校食堂87家 / 协助韩国驻武汉总领事馆在
// 我市举办…，吸引市民1.5万人次: the body the report's issuer urges, helps or advises does the counted things.
const ASKED_OPENING = /^(?:针对[^，,。；;]{0,30}?问题[，,]?)?(?:督促|推动|指导|帮助|引导|指导督促|督促指导)$/;
// 支持中国一拖集团有限公司在塞尔维亚贝尔格莱德设立海外组装厂，年组装拖拉机3000台: supported or assisted, a body does the counted
// things where the clause says it acts (在Y); 支持X完成换届，举办…研修班2期 and 配合外交部…，来自26个国家的34名使节 are the
// issuer's own work.
const HELPED_OPENING = /^(?:支持|协助|配合)$/;
// 支持常德市穆斯林清真食品有限公司扩大生产，全年实现销售收入1.28亿元 / 支持兰州大学加快“双一流”建设，4个学科进入…: a firm or a
// university supported grows by its own work, and its results are what the figures after count.
const ENTERPRISE = /(?:公司|集团|企业|合作社|厂|大学|学院)$/;
const ADVISED_OPENING = /^(?:针对[^，,。；;]{0,30}?问题[，,]?)?向$/;
const ADVICE_AFTER = /^(?:发出|提出|制发|送达|发送|反馈)/;

/** The bodies (A、B / A和B) a clause opens on as asked to act: after 督促/协助/支持…, or after 向 when advice is sent. */
export function askedBodies(folded: string, clause: Span, inClause: readonly ReportMention[]): ReportMention[] {
  const first = inClause[0];
  if (!first || first.entity.type !== 'organization' || !canLink(first) || first.listExample) return [];
  const prefix = folded.slice(clause.start, first.start).replace(LEADING_ADVERBS, '');
  const chain = [first];
  for (let i = 1; i < inClause.length; i++) {
    const next = inClause[i]!;
    if (next.entity.type !== 'organization' || !canLink(next) || !isListJoiner(folded.slice(chain[chain.length - 1]!.end, next.start)))
      break;
    chain.push(next);
  }
  const after = folded.slice(chain[chain.length - 1]!.end, chain[chain.length - 1]!.end + 4);
  if (ASKED_OPENING.test(prefix) && !/^(?:的|等)/.test(after)) return [...chain, ...partnersAfter(folded, clause, inClause, chain)];
  if (HELPED_OPENING.test(prefix) && (after.startsWith('在') || chain.every((m) => ENTERPRISE.test(m.entity.name)))) return chain;
  if (ADVISED_OPENING.test(prefix) && ADVICE_AFTER.test(after)) return chain;
  return [];
}

/**
 * 推动南华大学附属第一医院与珠晖区、蒸湘区共建紧密型城市医疗集团，年内覆盖社区卫生服务中心18家: the partners (bodies or places)
 * written after 与 right behind the bodies asked, with work done together after them, do the work with them.
 */
function partnersAfter(folded: string, clause: Span, inClause: readonly ReportMention[], chain: readonly ReportMention[]): ReportMention[] {
  const last = chain[chain.length - 1]!;
  const i = inClause.indexOf(last) + 1;
  const next = inClause[i];
  if (!next || next.entity.type === 'person' || !canLink(next) || folded.slice(last.end, next.start) !== '与') return [];
  const run = runFrom(folded, inClause, i, next.entity.type === 'place');
  return JOINT_WORK_AFTER.test(folded.slice(run[run.length - 1]!.end, clause.end)) ? run : [];
}

// 选派驻村民警136名，帮扶罗平县旧屋基彝族乡、富源县古敢水族乡发展特色种养业，引进帮扶资金860万元: the places the unnamed issuer
// aids are what the aid after counts. Not places it supports (支持北京、上海建设科技创新中心，新设14个…示范区: the count is
// the country's; 支持珠海、中山、江门三市培育…，力争关区进出口增长3%: the customs district's).
const HELPED_PLACE_OPENING = /^(?:结对|对口)?(?:帮扶|援助|援建|支援)$/;

/**
 * The places (A、B, or one written inside another) a subjectless clause opens on after a verb `opening` matches, or []:
 * the first mention is a place, and each next one is a place joined to or abutting the one before.
 */
function openingPlaces(folded: string, clause: Span, inClause: readonly ReportMention[], opening: RegExp): ReportMention[] {
  const first = inClause[0];
  if (!first || first.entity.type !== 'place' || !canLink(first) || first.listExample) return [];
  if (!opening.test(folded.slice(clause.start, first.start).replace(LEADING_ADVERBS, ''))) return [];
  const chain = [first];
  for (let i = 1; i < inClause.length; i++) {
    const next = inClause[i]!;
    if (next.entity.type !== 'place' || !canLink(next) || next.listExample) break;
    if (!joinsOrAbuts(folded.slice(chain[chain.length - 1]!.end, next.start))) break;
    chain.push(next);
  }
  return chain;
}

/** The places (A、B, or one written inside another) a subjectless clause opens on as helped or supported. */
export function helpedPlaces(folded: string, clause: Span, inClause: readonly ReportMention[]): ReportMention[] {
  const chain = openingPlaces(folded, clause, inClause, HELPED_PLACE_OPENING);
  // 帮扶A村的产业 / 帮扶A、B等5个村: a place owning what is helped, or the examples of a list, are not the ones helped.
  return chain.length && /^(?:的|等)/.test(folded.slice(chain[chain.length - 1]!.end)) ? [] : chain;
}

// 推动甘棠街道滨江社区、人民路街道桃园社区建立“红色物业”联盟，吸纳物业企业19家: the places a clause urges to found or run
// something do it, as a body urged does (推动京津冀协同发展 names what is pushed, no place acting).
const URGED_OPENING = /^(?:推动|督促|指导|引导)$/;
const FOUNDING_AFTER = /^(?:建立|成立|组建|建成|创建|打造)/;

/** The places (A、B, or one written inside another) a subjectless clause urges to found something, or []. */
export function urgedPlaces(folded: string, clause: Span, inClause: readonly ReportMention[]): ReportMention[] {
  const chain = openingPlaces(folded, clause, inClause, URGED_OPENING);
  return chain.length && FOUNDING_AFTER.test(folded.slice(chain[chain.length - 1]!.end)) ? chain : [];
}

// 选派医疗专家312名赴黔东南州、黔南州帮扶 / 组织42家企业赴德国参加…: the places the counted people or firms are sent to are
// where they do what is counted.
const SENT_TO = /^[\u4e00-\u9fa5]{0,6}?(?:赴|前往|奔赴)$/;
// 选派12名年轻干部到滨海县、阜宁县挂职锻炼: 到 says where only after a verb of sending right before the count (增长12%到…,
// 接待游客12万人次到访 send no one).
const POSTED_TO = /^[\u4e00-\u9fa5]{0,6}?到$/;
const SENDING_BEFORE = /(?:选派|派出|派驻|下派|抽调|选调|派遣)[\u4e00-\u9fa5]{0,6}$/;

/** The places (A、B / A和B) named right after 赴/前往 that follows a figure in its clause. */
export function destinationsAfter(folded: string, figureEnd: number, inClause: readonly ReportMention[]): ReportMention[] {
  return placesAfter(folded, figureEnd, inClause, (between) => SENT_TO.test(between));
}

/**
 * The places, or the units (选派26名青年员工到马头支行、港上支行挂职, 抽调12名骨干到宋埠供电所), named right after 到 that follows a
 * figure its clause sends there (`before`: the clause's text before it): where those sent work is the post, a place or a body.
 */
export function postingsAfter(folded: string, figureEnd: number, inClause: readonly ReportMention[], before: string): ReportMention[] {
  if (!SENDING_BEFORE.test(before)) return [];
  return placesAfter(folded, figureEnd, inClause, (between) => POSTED_TO.test(between), POSTS);
}

// 选派12名大学生志愿者参加…西部计划，赴新疆维吾尔自治区和田地区开展服务: the clause right after, opening on 赴 with no subject of
// its own, says where those the clause before sends go.
const SENT_ON = /^[，,]?(?:赴|前往|奔赴)$/;

/** The places the clause after `clause` sends to, where `clause` sends the people or firms its figure counts (`before` it). */
export function destinationsOfNextClause(
  folded: string,
  clauseEnd: number,
  mentions: readonly ReportMention[],
  before: string,
): ReportMention[] {
  if (!SENDING_BEFORE.test(before)) return [];
  return placesAfter(folded, clauseEnd, mentions, (between) => SENT_ON.test(between));
}

const PLACES: ReadonlySet<EntityType> = new Set(['place']);
const POSTS: ReadonlySet<EntityType> = new Set(['place', 'organization']);

function placesAfter(
  folded: string,
  figureEnd: number,
  inClause: readonly ReportMention[],
  leadsTo: (between: string) => boolean,
  types: ReadonlySet<EntityType> = PLACES,
): ReportMention[] {
  const after = inClause.filter((m) => m.start >= figureEnd);
  const first = after[0];
  if (!first || !types.has(first.entity.type) || !canLink(first) || !leadsTo(folded.slice(figureEnd, first.start))) return [];
  const out = [first];
  for (let i = 1; i < after.length; i++) {
    const next = after[i]!;
    if (!types.has(next.entity.type) || !canLink(next) || !joinsOrAbuts(folded.slice(out[out.length - 1]!.end, next.start))) break;
    out.push(next);
  }
  return out;
}
