import type { Figure, MentionedDocument, ReportMention, Span } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';
import {
  clauseSubject,
  issuerAfterPartner,
  issuerBeforePartner,
  LEADING_ADVERBS,
  opensOnPartner,
  opensWithPartner,
} from '../document/clauseSubject.ts';
import { groupBySpan } from '../text/spanSearch.ts';
import { accusedPeople, caseTopic } from './caseTopic.ts';
import { askedBodies, bodyOfAction, destinationsAfter, helpedPlaces, placesOfAction } from './actionPlaces.ts';
import { actedOnNames, objectPlaces } from './objectPlaces.ts';
import { namedProjects } from './namedProjects.ts';
import { jointNames } from './jointWork.ts';
import { referencePlaces } from './referencePlaces.ts';
import { describedPerson, proposingPerson } from './describedPeople.ts';
import { referredMentions } from './referringWords.ts';
import { runBodies } from './runBodies.ts';
import { collectiveOwner, placesOpeningName, withEnclosing } from './enclosingPlaces.ts';
import { linkRespectively } from './respectively.ts';
import { giftReceivers, penaltyPayers } from './personalSums.ts';
import { servedNames } from './servedNames.ts';

/** An entity a figure is about, with the mention that says so (the evidence). */
export interface FigureLink {
  entityId: string;
  mention: ReportMention;
}

// Unnamed bodies that own a quantity (相关部门11名工作人员, 各园区、镇(街道)、部门召开…131场): once one stands between
// a named subject and a figure, the figure is theirs, not the subject's.
const GENERIC_BODY =
  /(?:各|相关|有关|部分|其他|其余|所有|全市各|各级|市直|市属|区直|县直|省直)[\u4e00-\u9fa5]{0,4}?(?:部门|单位|园区|乡镇|镇|街道|村|社区|党委|党组|机关|企业|党支部|党组织)|镇[(（]街道[)）]|村[(（](?:社区|居)[)）]/g;

// A clause after ；, or an enumerated item (二是), is a new step of the issuer's work.
const STARTS_AFRESH = /^(?:[；;]|.[一二三四五六七八九十]+是)/;

// 推动柳工集团所属…公司…: the parent named before its unit is not what the unit's figures count.
const PARENT_BEFORE = /^(?:所属|下属|旗下)/;

// 邵福寺村依托夹山寺发展民宿14家: what a subject relies on is a means, not what it counts (without a subject, 依托五莲山开发…
// 线路18条, the places relied on are where the work is).
const RELIED_ON = /(?:依托|依靠|借助)$/;

// Guests received, or people counted by where they come from (接待…, 来自12个国家的20名使节).
const GUESTS = /^(?:接待|来自)/;

const CO_ACTOR_BEFORE = /(?:会同|联合|协同|联同|[与和同])$/;
const BUILT_BY = /(?:建设|承建|兴建|实施)的$/;

// "全市" figures belong to the city when the sentence names it; likewise 全省, 全县, 全区, 全镇.
const SCOPES: readonly { words: RegExp; level: string; suffix: RegExp }[] = [
  { words: /(?:全市|我市|本市|市本级)/, level: 'city', suffix: /市$/ },
  { words: /(?:全省|我省|本省)/, level: 'province', suffix: /省$/ },
  { words: /(?:全县|我县|本县)/, level: 'county', suffix: /县$/ },
  { words: /(?:全区|我区|本区)/, level: 'county', suffix: /区$/ },
  { words: /(?:全镇|我镇|本镇)/, level: 'town', suffix: /镇$/ },
];
// Every scope word holds one of these: most clauses hold none, and one test settles them.
const SCOPE_CHARS = /[全我本]/;

/**
 * The entities each figure is about: the person, place or body named as subject or place of the quantity in its sentence.
 * Reading a sentence clause by clause: a name opening a clause becomes the subject for what follows; names before the
 * figure in its own clause count; a clause without names inherits the previous figure's entities; an unnamed body
 * (相关部门, 各镇) ends both. Documents, campaigns, title-only bodies and the examples of an "X、Y等N个" list never count.
 */
export function figureEntities(
  doc: MentionedDocument,
  figures: readonly Figure[],
  issuerIds: ReadonlySet<string> = new Set(),
): Map<string, FigureLink[]> {
  const { folded, sentences } = doc;
  const links = new Map<string, FigureLink[]>();
  const figuresBySentence = groupBySpan(sentences, figures);
  const mentionsBySentence = groupBySpan(sentences, doc.mentions);
  sentences.forEach((sentence, k) => {
    const figs = figuresBySentence[k]!;
    if (!figs.length) return;
    const clauses = doc.clauses(k);
    const named = mentionsBySentence[k]!;
    const referred = referredMentions(folded, sentence, named);
    const inSentence = referred.length ? [...named, ...referred].sort((a, b) => a.start - b.start) : named;
    linkSentence(folded, sentence, clauses, inSentence, figs, links, issuerIds, (m) => placesOpeningName(doc.entities, doc.report.id, m));
    linkRespectively(folded, sentence, clauses, inSentence, figs, links);
  });
  return links;
}

function linkSentence(
  folded: string,
  sentence: Span,
  clauses: readonly Span[],
  mentions: readonly ReportMention[],
  figures: readonly Figure[],
  out: Map<string, FigureLink[]>,
  issuerIds: ReadonlySet<string>,
  placesInName: (body: ReportMention) => ReportMention[],
): void {
  let subject: ReportMention[] = [];
  let where: ReportMention[] = [];
  let carried: ReportMention[] = [];
  let askedSubject = false;
  let partnerSubject = false;
  let project: ReportMention[] = [];
  let whereActedOn = false;
  let proposer: ReportMention[] = [];
  for (const clause of clauses) {
    const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    const opener = clauseSubject(folded, clause, inClause, issuerIds);
    // A person's suggestion that opens a clause drove the work of the clauses after it, until another subject opens one.
    const proposing = proposingPerson(folded, clause.start, inClause);
    proposer = proposing ? [proposing] : opener.length ? [] : proposer;
    // 县河长办牵头建立…机制，与县人民检察院联合督办…: a partner joins the subject named before it.
    const joins = opener.length > 0 && subject.length > 0 && opensOnPartner(folded, clause, opener[0]!);
    const described = describedPerson(folded, inClause, opener);
    const village = opener.length ? null : collectiveOwner(folded, clause, mentions);
    if (described) {
      subject = [described];
      where = opener;
      whereActedOn = false;
      carried = [];
    } else if (joins) {
      subject = [...subject, ...opener];
      carried = [];
    } else if (opener.length || village || opensWithScope(folded, clause) || opensOnUnnamed(folded, clause, inClause, subject)) {
      // 枫树乡维回新村发展乡村旅游，…，村党支部书记翦光辉带领群众种植黄桃1200亩: a person opening the clause acts in the
      // places that opened the clauses before as their subject; a place or a body opening it replaces them.
      const places = subject.filter((m) => m.entity.type === 'place');
      where = opener.length && opener.every((m) => m.entity.type === 'person') ? places : [];
      whereActedOn = false;
      subject = village ?? withEnclosing(folded, clauses, opener, mentions).flatMap((m) => [...placesInName(m), m]);
      carried = [];
    }
    // 督促县自然资源和规划局对…立案查处: the body asked to act opens the clause as its subject would.
    const asked = opener.length ? [] : or(askedBodies(folded, clause, inClause), () => helpedPlaces(folded, clause, inClause));
    // 针对詹家镇浦山村…问题，向詹家镇人民政府发出检察建议: the places of the problem stay where the asked body acts.
    if (asked.length) {
      subject = asked;
      carried = [];
    } else if (
      !opener.length &&
      (askedSubject || partnerSubject || project.length) &&
      STARTS_AFRESH.test(folded.slice(clause.start - 1, clause.start + 3))
    ) {
      // 二是推动市妇幼保健院建设…；三是实施…，资助困难女童800名: the body asked to act in one item, or the project built in it,
      // is not what the next counts.
      if (askedSubject || partnerSubject) subject = [];
      where = [];
      carried = [];
      project = [];
    }
    // 配合外交部做好使节参访活动，接待来自12个国家的20名使节: the guests received are the host's (the unnamed issuer's), not
    // what the partner it helps does.
    if (!opener.length && partnerSubject && GUESTS.test(folded.slice(clause.start, clause.end).replace(LEADING_ADVERBS, ''))) {
      subject = [];
      carried = [];
      partnerSubject = false;
    }
    if (opener.length) project = [];
    askedSubject = asked.length ? true : opener.length ? false : askedSubject;
    // 一是联合县公安局开展联合执法12次；二是在杭埠河…布设监控点40个: the partner works with the issuer in its own item only.
    partnerSubject = opener.length ? opensWithPartner(folded, clause, opener[0]!) : partnerSubject;
    // 彭小平创办…合作社，带动周边农户320户 / 引进X公司运营Y敬老院，入住率…: what is founded, run or built joins whoever does it.
    const ran = runBodies(folded, clause, inClause);
    if (ran.length) {
      subject = dedupeByEntity([...subject, ...ran]);
      carried = [];
    }
    const topic = opener.length || asked.length ? null : caseTopic(folded, clause, inClause, figures);
    // 对犯罪嫌疑人汪建明依法提起公诉: the accused join the sentence's subject (the case's parties before them).
    const accused = topic ? [] : accusedPeople(folded, clause, inClause).filter((m) => !subject.includes(m));
    if (accused.length && !figures.some((f) => f.start >= clause.start && f.start < clause.end)) subject = [...subject, ...accused];
    // 在嘉善县全面启动,引进重大项目31个 / 查处海盐县某单位…,追缴…56.8万元: where the sentence's action happens, until a
    // later clause names another place (在雄安新区…;在深圳市…). The scene of a named case is not.
    const located = topic?.sceneOnly
      ? []
      : placesOfAction(folded, inClause, firstFigureIn(figures, clause)).filter((m) => !subject.includes(m));
    const venue = located.length ? [] : bodyOfAction(folded, clause, inClause);
    // 一是…；三是推进七门堰灌区现代化改造，新增…3万亩: an item after ； or its ordinal opens afresh, as a sentence does.
    const opensItem = clause.start === sentence.start || STARTS_AFRESH.test(folded.slice(clause.start - 1, clause.start + 3));
    // 二是推进积石山县灾后学校恢复重建…；三是实施…行动计划，新建县中20所: the place one item works on is not the next item's.
    if (opensItem && whereActedOn && !opener.length) {
      where = [];
      whereActedOn = false;
    }
    const acted =
      !subject.length && (opensItem ? clause.start !== sentence.start || !where.length : whereActedOn)
        ? objectPlaces(folded, clause, inClause, figures)
        : [];
    if (located.length || venue.length) whereActedOn = false;
    if (located.length) where = located;
    else if (venue.length) where = venue;
    // 加快安吉经济开发区扩容提质,新增工业用地1860亩: a sentence opening on what is done to one place, with no subject,
    // speaks of that place in the clauses that follow; 推动袁家村提档升级，启动上古村、官厅村民宿集群建设，新增精品民宿30家:
    // until a later clause acts on other places.
    else if (acted.length) {
      where = acted;
      whereActedOn = true;
      carried = [];
    }
    // 为X企业开辟绿色通道，服务企业326家: whom the work is done for is where its counts fall.
    const served = servedNames(folded, clause, inClause);
    if (served.length) where = dedupeByEntity([...where, ...served]);
    // 组织会员企业与文成县南田镇结对帮扶 / 与宁德时代…开展产业链对接: whom the subject works with shares its counts.
    const joint = jointNames(folded, clause, inClause, subject.length > 0);
    if (joint.length) where = dedupeByEntity([...where, ...joint]);
    const reference = referencePlaces(folded, inClause);
    // 投入资金560万元对永新县烈士陵园实施改造提升，新建…1处: what the unnamed issuer works on is what the clause measures.
    const workedOn = (subject.length && !partnerSubject) || located.length || venue.length ? [] : actedOnNames(folded, clause, inClause);
    if (workedOn.length) {
      where = workedOn;
      whereActedOn = true;
      carried = [];
    }
    const projects = namedProjects(inClause);
    const withPartner = [...issuerBeforePartner(folded, inClause, issuerIds), ...issuerAfterPartner(folded, inClause, issuerIds)];
    // 会同有关部门: a partner of the subject, who still does the counted thing.
    const generics = genericBodies(folded, clause).filter(
      (g) => !CO_ACTOR_BEFORE.test(folded.slice(Math.max(clause.start, g.start - 2), g.start)),
    );
    let g = 0;
    // 移交县纪委监委9件、县委组织部3件: a name before an earlier figure of the clause belongs to that figure.
    let previousFigureEnd = clause.start;
    for (const fig of figures) {
      if (fig.start < clause.start || fig.start >= clause.end) continue;
      let lastGenericEnd = clause.start;
      while (g < generics.length && generics[g]!.end <= fig.start) {
        lastGenericEnd = generics[g]!.end;
        if (subject.length && subject[0]!.start < generics[g]!.start) subject = [];
        if (where.length && where[0]!.start < generics[g]!.start) where = [];
        carried = [];
        g++;
      }
      const localFrom = Math.max(lastGenericEnd, previousFigureEnd);
      const earlierFigureEnd = previousFigureEnd;
      previousFigureEnd = fig.end;
      const local = inClause.filter(
        (m) =>
          canLink(m) &&
          !m.listExample &&
          m.start >= localFrom &&
          m.end <= fig.start &&
          !withPartner.includes(m) &&
          !served.includes(m) &&
          !reference.has(m) &&
          !PARENT_BEFORE.test(folded.slice(m.end, m.end + 2)) &&
          !(subject.length && RELIED_ON.test(folded.slice(Math.max(clause.start, m.start - 2), m.start))),
      );
      // 其中城关镇320处、新城镇150处: a name opening the clause before an earlier figure of it is that figure's, once the
      // later figure has a name of its own.
      const ownSubject = local.length ? subject.filter((m) => !(m.start >= clause.start && m.end <= earlierFigureEnd)) : subject;
      const chosen: ReportMention[] = [...local];
      chosen.push(...ownSubject, ...where, ...projects, ...proposer);
      if (!local.length && !projects.length) chosen.push(...project);
      const received = [...receivers(folded, fig, clause, inClause), ...destinationsAfter(folded, fig.end, inClause)];
      if (!local.length && !received.length) chosen.push(...carried);
      chosen.push(...received);
      if (!chosen.length) {
        const scoped = scopePlace(folded.slice(clause.start, fig.start), mentions);
        if (scoped) chosen.push(scoped);
      }
      const linked = withoutBroaderRegions(dedupeByEntity(chosen))
        .filter((m) => !reference.has(m))
        .sort((a, b) => a.start - b.start);
      // 为他们送去慰问金2000元 / 对仓库负责人黄永兵罚款2.4万元: a sum given to people, or a penalty a person pays, is theirs alone.
      const given = giftReceivers(folded, fig, clause, inClause);
      const unique = given.length ? given : (penaltyPayers(folded, fig, clause, inClause, linked) ?? linked);
      out.set(
        fig.id,
        unique.map((m) => ({ entityId: m.entity.id, mention: m })),
      );
      carried = unique;
    }
    // The case's parties own the figures of the clauses after it (its own counts only the co-accused: 郑国华等5人).
    if (topic) {
      subject = topic.parties;
      where = [];
      carried = [];
    }
    // A project is what later figures of the sentence measure unless they name their own owner.
    // 开封市…集团有限公司投资38亿元建设的宋都古城保护与修缮工程完成一期: the body that builds the work stays with it.
    if (projects.length) {
      project = projects;
      carried = [];
      if (!(opener.length && BUILT_BY.test(folded.slice(Math.max(clause.start, projects[0]!.start - 4), projects[0]!.start)))) subject = [];
    }
  }
}

// 将9件问题线索移交县纪委监委, 其中9件移交县纪委监委处置: the body a counted matter is handed to is what the count is about,
// as the receiving body is when it is the subject (市纪委监委收到…移交…886件).
const HANDED_TO = /^[^、,，。;；:：]{0,12}?(?:移交|移送|转交|转送|转办|交由|交办)(?:给|至|到)?$/;
// 7所学校被晋中市教育局评为…: the body that acts on the counted things, named after 被, is what the count is about.
const ACTED_ON_BY = /^[^、,，。;；:：]{0,8}?被$/;

/** The bodies named right after a hand-over verb that follows the figure in its clause (A、B or A和B). */
function receivers(folded: string, fig: Figure, clause: Span, inClause: readonly ReportMention[]): ReportMention[] {
  const after = inClause.filter((m) => m.start >= fig.end);
  const first = after[0];
  const between = first ? folded.slice(fig.end, first.start) : '';
  if (!first || !canLink(first) || first.entity.type === 'person' || !(HANDED_TO.test(between) || ACTED_ON_BY.test(between))) return [];
  const out = [first];
  for (let i = 1; i < after.length; i++) {
    const next = after[i]!;
    if (!/^[、和及与]$/.test(folded.slice(out[out.length - 1]!.end, next.start)) || !canLink(next)) break;
    out.push(next);
  }
  return out;
}

function genericBodies(folded: string, clause: Span): Span[] {
  const body = folded.slice(clause.start, clause.end);
  const out: Span[] = [];
  // exec on the shared pattern: matchAll would copy the expression for every clause.
  GENERIC_BODY.lastIndex = 0;
  for (let g = GENERIC_BODY.exec(body); g; g = GENERIC_BODY.exec(body)) {
    // 深入…等10个乡镇（街道）的42所学校: units counted, whose things are counted next, are where the subject goes, no
    // other owner (10个乡镇（街道）召开会议42场 still is: they hold the meetings).
    if (/\d+个[\u4e00-\u9fff]?$/.test(body.slice(0, g.index)) && body[g.index + g[0].length] === '的') continue;
    out.push({ start: clause.start + g.index, end: clause.start + g.index + g[0].length });
  }
  return out;
}

// 全县PM2.5平均浓度… / 县域内就诊率… / 带动全旗奶牛存栏增至3.2万头: a clause opening on the whole area speaks of it, no
// longer of the subject before it.
const SCOPE_OPENER =
  /^(?:带动|推动|拉动|促进)?(?:全市|全省|全县|全区|全镇|全乡|全旗|全盟|全州|我市|我省|我县|我区|本市|本县|本区|市本级|县域|市域|镇域)/;

function opensWithScope(folded: string, clause: Span): boolean {
  return SCOPE_OPENER.test(folded.slice(clause.start, clause.end).replace(LEADING_ADVERBS, ''));
}

/**
 * 王丽华、陈秀英等16名同志获评… / 市人大代表、…技师易冬生带领…: a clause opening on the examples of a counted group, or on a
 * body named only in someone's title, is about that group or person, no longer about the subject of the clause before
 * (其中县委主要领导认领9条 after 新昌县委明确…: the subject's own leaders still act for it).
 */
function opensOnUnnamed(folded: string, clause: Span, inClause: readonly ReportMention[], subject: readonly ReportMention[]): boolean {
  const first = inClause[0];
  if (!first || !(first.listExample || first.titleOnly)) return false;
  if (first.titleOnly && subject.some((m) => m.entity.id === first.entity.id)) return false;
  return folded.slice(clause.start, first.start).replace(LEADING_ADVERBS, '') === '';
}

const NARROW_LEVELS = new Set(['city', 'county', 'town', 'village']);

/**
 * 长三角生态绿色一体化发展示范区建设在嘉善县全面启动,引进重大项目31个: where a figure has a city, county, town or village,
 * a region named with it (长三角, 中东) frames the place, and the figure is the place's.
 */
function withoutBroaderRegions(chosen: ReportMention[]): ReportMention[] {
  if (!chosen.some((m) => NARROW_LEVELS.has(m.entity.place?.level ?? ''))) return chosen;
  return chosen.filter((m) => m.entity.place?.level !== 'region');
}

/** The place a 全市/全县… figure belongs to, when the sentence names a place of that level. */
function scopePlace(before: string, mentions: readonly ReportMention[]): ReportMention | null {
  if (!SCOPE_CHARS.test(before)) return null;
  for (const scope of SCOPES) {
    if (!scope.words.test(before)) continue;
    const place = mentions.find(
      (m) =>
        m.entity.type === 'place' &&
        canLink(m) &&
        (m.entity.place?.level ? m.entity.place.level === scope.level : scope.suffix.test(m.entity.name)),
    );
    if (place) return place;
  }
  return null;
}

function firstFigureIn(figures: readonly Figure[], clause: Span): number {
  return figures.find((f) => f.start >= clause.start && f.start < clause.end)?.start ?? Infinity;
}

/** The first list if it has members, else the second (read only then). */
function or<T>(first: T[], second: () => T[]): T[] {
  return first.length ? first : second();
}

function dedupeByEntity(ms: readonly ReportMention[]): ReportMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.entity.id) ? false : (seen.add(m.entity.id), true)));
}
