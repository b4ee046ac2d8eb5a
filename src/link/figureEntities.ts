import type { Figure, MentionedDocument, ReportMention, Span } from '../types.ts';
import { clauseSubject, LEADING_ADVERBS, opensOnPartner, opensWithPartner } from '../document/clauseSubject.ts';
import { groupBySpan } from '../text/spanSearch.ts';
import { accusedPeople, caseTopic } from './caseTopic.ts';
import { askedBodies, bodyOfAction, helpedPlaces, placesOfAction, urgedPlaces } from './actionPlaces.ts';
import { actedOnNames, objectPlaces } from './objectPlaces.ts';
import { namedProjects } from './namedProjects.ts';
import { jointNames } from './jointWork.ts';
import { referencePlaces } from './referencePlaces.ts';
import { describedPerson, describingPlaces, postedPerson, proposingPerson } from './describedPeople.ts';
import { referredMentions } from './referringWords.ts';
import { runBodies } from './runBodies.ts';
import { collectiveOwner, placesOpeningName, withEnclosing } from './enclosingPlaces.ts';
import { linkRespectively } from './respectively.ts';
import { servedNames } from './servedNames.ts';
import { helpingAgents } from './helpingAgents.ts';
import { dedupeByEntity, linkClauseFigures, type ClauseNames, type SentenceOwners } from './clauseFigureLinks.ts';

/** An entity a figure is about, with the mention that says so (the evidence). */
export interface FigureLink {
  entityId: string;
  mention: ReportMention;
}

// A clause after ；, or an enumerated item (二是), is a new step of the issuer's work.
const STARTS_AFRESH = /^(?:[；;]|.[一二三四五六七八九十]+是)/;

// Guests received, or people counted by where they come from (接待…, 来自12个国家的20名使节).
const GUESTS = /^(?:接待|来自)/;

const BUILT_BY = /(?:建设|承建|兴建|实施)的$/;

// A clause of 除…外 (以外, 之外): what it names is left out of what the sentence goes on to count, or added beside it.
const EXCEPTED = /^除[^，,。；;]*?(?:外|以外|之外)[，,]?$/;

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
    // The sentence before, when the same paragraph runs on into this one: what a sentence opening on 该集团 refers to.
    const before = k > 0 && !folded.slice(sentences[k - 1]!.end, sentence.start).includes('\n') ? mentionsBySentence[k - 1]! : [];
    const referred = referredMentions(folded, sentence, named, before);
    const inSentence = referred.length ? [...named, ...referred].sort((a, b) => a.start - b.start) : named;
    linkSentence(folded, sentence, clauses, inSentence, figs, links, issuerIds, (m) =>
      placesOpeningName(doc.entities, doc.report.id, m, folded),
    );
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
  const s: SentenceOwners = {
    subject: [],
    where: [],
    carried: [],
    project: [],
    proposer: [],
    askedSubject: false,
    partnerSubject: false,
    whereActedOn: false,
  };
  for (const clause of clauses) {
    const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    // 除台湾省尚待解放外，我国人民已在…建立了自己的政权: what a clause excepts owns none of the counts after it; the clauses
    // after it read on from the one before it (its own figures are still its names').
    const before = EXCEPTED.test(folded.slice(clause.start, clause.end).replace(LEADING_ADVERBS, '')) ? { ...s } : null;
    const { opener, asked } = readSubject(folded, clause, clauses, inClause, mentions, issuerIds, placesInName, s);
    const topic = opener.length || asked ? null : caseTopic(folded, clause, inClause, figures);
    const names = readPlace(folded, sentence, clause, inClause, figures, opener, topic, s);
    linkClauseFigures(folded, clause, inClause, mentions, figures, out, issuerIds, s, names);
    const helpers = helpingAgents(folded, clause, inClause);
    if (helpers.size) {
      s.subject = s.subject.filter((m) => !helpers.has(m));
      s.where = s.where.filter((m) => !helpers.has(m));
      s.carried = s.carried.filter((m) => !helpers.has(m));
    }
    // The case's parties own the figures of the clauses after it (its own counts only the co-accused: 郑国华等5人).
    if (topic) {
      s.subject = topic.parties;
      s.where = [];
      s.carried = [];
    }
    // A project is what later figures of the sentence measure unless they name their own owner.
    // 开封市…集团有限公司投资38亿元建设的宋都古城保护与修缮工程完成一期: the body that builds the work stays with it.
    const { projects } = names;
    if (projects.length) {
      s.project = projects as ReportMention[];
      s.carried = [];
      if (!(opener.length && BUILT_BY.test(folded.slice(Math.max(clause.start, projects[0]!.start - 4), projects[0]!.start))))
        s.subject = [];
    }
    if (before) Object.assign(s, before);
  }
}

/**
 * Who does the clause's work, as far as the clause and those before it tell: the name opening it (or a person described,
 * a partner joining, the body asked to act, the bodies run or founded, the accused), kept in `s` for the clauses after.
 * Returns the name opening the clause and whether a body is asked to act in it.
 */
function readSubject(
  folded: string,
  clause: Span,
  clauses: readonly Span[],
  inClause: readonly ReportMention[],
  mentions: readonly ReportMention[],
  issuerIds: ReadonlySet<string>,
  placesInName: (body: ReportMention) => ReportMention[],
  s: SentenceOwners,
): { opener: ReportMention[]; asked: boolean } {
  const opener = clauseSubject(folded, clause, inClause, issuerIds);
  // A person's suggestion that opens a clause drove the work of the clauses after it, until another subject opens one.
  const proposing = proposingPerson(folded, clause.start, inClause);
  s.proposer = proposing ? [proposing] : opener.length ? [] : s.proposer;
  // 县河长办牵头建立…机制，与县人民检察院联合督办…: a partner joins the subject named before it.
  const joins = opener.length > 0 && s.subject.length > 0 && opensOnPartner(folded, clause, opener[0]!);
  const described = describedPerson(folded, inClause, opener);
  const posted = described ? null : postedPerson(folded, clause.start, inClause);
  const village = opener.length ? null : collectiveOwner(folded, clause, mentions);
  if (posted) {
    s.subject = [posted.person];
    s.where = posted.places;
    s.whereActedOn = false;
    s.carried = [];
  } else if (described) {
    s.subject = [described];
    s.where = opener;
    s.whereActedOn = false;
    s.carried = [];
  } else if (joins) {
    s.subject = [...s.subject, ...opener];
    s.carried = [];
  } else if (opener.length || village || opensWithScope(folded, clause) || opensOnUnnamed(folded, clause, inClause, s.subject)) {
    // 枫树乡维回新村发展乡村旅游，…，村党支部书记翦光辉带领群众种植黄桃1200亩: a person opening the clause acts in the
    // places that opened the clauses before as their subject; a place or a body opening it replaces them.
    const places = s.subject.filter((m) => m.entity.type === 'place');
    s.where = opener.length && opener.every((m) => m.entity.type === 'person') ? places : [];
    s.whereActedOn = false;
    s.subject = village ?? withEnclosing(folded, clauses, opener, mentions).flatMap((m) => [...placesInName(m), m]);
    s.carried = [];
  }
  // 督促县自然资源和规划局对…立案查处: the body asked to act opens the clause as its subject would.
  const asked = opener.length
    ? []
    : or(askedBodies(folded, clause, inClause), () =>
        or(helpedPlaces(folded, clause, inClause), () => urgedPlaces(folded, clause, inClause)),
      );
  // 针对詹家镇浦山村…问题，向詹家镇人民政府发出检察建议: the places of the problem stay where the asked body acts.
  if (asked.length) {
    s.subject = asked;
    s.carried = [];
  } else if (
    !opener.length &&
    (s.askedSubject || s.partnerSubject || s.project.length) &&
    STARTS_AFRESH.test(folded.slice(clause.start - 1, clause.start + 3))
  ) {
    // 二是推动市妇幼保健院建设…；三是实施…，资助困难女童800名: the body asked to act in one item, or the project built in it,
    // is not what the next counts.
    if (s.askedSubject || s.partnerSubject) s.subject = [];
    s.where = [];
    s.carried = [];
    s.project = [];
  }
  // 配合外交部做好使节参访活动，接待来自12个国家的20名使节: the guests received are the host's (the unnamed issuer's), not
  // what the partner it helps does.
  if (!opener.length && s.partnerSubject && GUESTS.test(folded.slice(clause.start, clause.end).replace(LEADING_ADVERBS, ''))) {
    s.subject = [];
    s.carried = [];
    s.partnerSubject = false;
  }
  if (opener.length) s.project = [];
  s.askedSubject = asked.length ? true : opener.length ? false : s.askedSubject;
  // 一是联合县公安局开展联合执法12次；二是在杭埠河…布设监控点40个: the partner works with the issuer in its own item only.
  s.partnerSubject = opener.length ? opensWithPartner(folded, clause, opener[0]!) : s.partnerSubject;
  // 彭小平创办…合作社，带动周边农户320户 / 引进X公司运营Y敬老院，入住率…: what is founded, run or built joins whoever does it.
  const ran = runBodies(folded, clause, inClause);
  if (ran.length) {
    s.subject = dedupeByEntity([...s.subject, ...ran]);
    s.carried = [];
  }
  return { opener, asked: asked.length > 0 };
}

/**
 * Where the clause's work is done, kept in `s` for the clauses after (the place of its action, the body it happens at,
 * the place acted on, those served or worked with), and what else the clause names that its figures' links read.
 */
function readPlace(
  folded: string,
  sentence: Span,
  clause: Span,
  inClause: readonly ReportMention[],
  figures: readonly Figure[],
  opener: readonly ReportMention[],
  topic: ReturnType<typeof caseTopic>,
  s: SentenceOwners,
): ClauseNames {
  // 对犯罪嫌疑人汪建明依法提起公诉: the accused join the sentence's subject (the case's parties before them).
  const accused = topic ? [] : accusedPeople(folded, clause, inClause).filter((m) => !s.subject.includes(m));
  if (accused.length && !figures.some((f) => f.start >= clause.start && f.start < clause.end)) {
    // …收缴违纪所得15.6万元；对胡村乡北胡村原党支部书记王保全…问题进行查处，追缴资金28.3万元: a case opened after ； is a new
    // step, its accused no party of the case before; the village a cadre serves is where his case's sums fall, as for a
    // cadre opening the clause (describedPerson).
    const afresh = STARTS_AFRESH.test(folded.slice(clause.start - 1, clause.start + 3));
    s.subject = afresh ? accused : [...s.subject, ...accused];
    const served = accused.flatMap((m) => describingPlaces(folded, inClause, m));
    if (afresh || served.length) {
      s.where = served;
      s.whereActedOn = false;
      s.carried = [];
    }
  }
  // 在嘉善县全面启动,引进重大项目31个 / 查处海盐县某单位…,追缴…56.8万元: where the sentence's action happens, until a
  // later clause names another place (在雄安新区…;在深圳市…). The scene of a named case is not.
  const located = topic?.sceneOnly
    ? []
    : placesOfAction(folded, inClause, firstFigureIn(figures, clause)).filter((m) => !s.subject.includes(m));
  const venue = located.length ? [] : bodyOfAction(folded, clause, inClause);
  // 一是…；三是推进七门堰灌区现代化改造，新增…3万亩: an item after ； or its ordinal opens afresh, as a sentence does.
  const opensItem = clause.start === sentence.start || STARTS_AFRESH.test(folded.slice(clause.start - 1, clause.start + 3));
  // 二是推进积石山县灾后学校恢复重建…；三是实施…行动计划，新建县中20所: the place one item works on is not the next item's.
  if (opensItem && s.whereActedOn && !opener.length) {
    s.where = [];
    s.whereActedOn = false;
  }
  const acted =
    !s.subject.length && (opensItem ? clause.start !== sentence.start || !s.where.length : s.whereActedOn)
      ? objectPlaces(folded, clause, inClause, figures)
      : [];
  if (located.length || venue.length) s.whereActedOn = false;
  if (located.length) s.where = located;
  else if (venue.length) s.where = venue;
  // 加快安吉经济开发区扩容提质,新增工业用地1860亩: a sentence opening on what is done to one place, with no subject,
  // speaks of that place in the clauses that follow; 推动袁家村提档升级，启动上古村、官厅村民宿集群建设，新增精品民宿30家:
  // until a later clause acts on other places.
  else if (acted.length) {
    s.where = acted;
    s.whereActedOn = true;
    s.carried = [];
  }
  // 为X企业开辟绿色通道，服务企业326家: whom the work is done for is where its counts fall.
  const served = servedNames(folded, clause, inClause);
  if (served.length) s.where = dedupeByEntity([...s.where, ...served]);
  // 组织会员企业与文成县南田镇结对帮扶 / 与宁德时代…开展产业链对接: whom the subject works with shares its counts.
  const joint = jointNames(folded, clause, inClause, s.subject.length > 0);
  if (joint.length) s.where = dedupeByEntity([...s.where, ...joint]);
  const reference = referencePlaces(folded, inClause);
  // 投入资金560万元对永新县烈士陵园实施改造提升，新建…1处: what the unnamed issuer works on is what the clause measures.
  const workedOn = (s.subject.length && !s.partnerSubject) || located.length || venue.length ? [] : actedOnNames(folded, clause, inClause);
  if (workedOn.length) {
    s.where = workedOn;
    s.whereActedOn = true;
    s.carried = [];
  }
  return { served, reference, projects: namedProjects(inClause) };
}

// 全县PM2.5平均浓度… / 县域内就诊率… / 带动全旗奶牛存栏增至3.2万头: a clause opening on the whole area speaks of it, no
// longer of the subject before it. 电力工业部有一百零一个建设项目，地方有十八个建设项目，共计一百一十九个: so does one opening on
// the localities (地方, as against the centre or a ministry), an owner with no name.
const SCOPE_OPENER =
  /^(?:带动|推动|拉动|促进)?(?:全市|全省|全县|全区|全镇|全乡|全旗|全盟|全州|我市|我省|我县|我区|本市|本县|本区|市本级|县域|市域|镇域|地方)/;

// 联合县应急管理局开展“安康杯”竞赛，全县参赛企业215家: those taking part across the area count the work just named.
const TAKING_PART = /^(?:共有|共)?(?:参赛|参与|参加|参训|参展|报名)/;

function opensWithScope(folded: string, clause: Span): boolean {
  const body = folded.slice(clause.start, clause.end).replace(LEADING_ADVERBS, '');
  const scope = SCOPE_OPENER.exec(body);
  return scope !== null && !TAKING_PART.test(body.slice(scope[0].length));
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

function firstFigureIn(figures: readonly Figure[], clause: Span): number {
  return figures.find((f) => f.start >= clause.start && f.start < clause.end)?.start ?? Infinity;
}

/** The first list if it has members, else the second (read only then). */
function or<T>(first: T[], second: () => T[]): T[] {
  return first.length ? first : second();
}
