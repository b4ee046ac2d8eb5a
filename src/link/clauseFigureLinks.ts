import type { Figure, ReportMention, Span } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';
import { issuerAfterPartner, issuerBeforePartner } from '../document/clauseSubject.ts';
import { destinationsAfter, destinationsOfNextClause, postingsAfter } from './actionPlaces.ts';
import { giftReceivers, penaltyPayers } from './personalSums.ts';
import { pushAll } from '../util/arrays.ts';
import type { FigureLink } from './figureEntities.ts';
import { isListJoiner } from '../text/listJoiners.ts';

/**
 * Who and where the clauses of a sentence read so far (src/link/figureEntities.ts) say its next figures are about, with
 * what each later clause needs to know of the ones before it.
 */
export interface SentenceOwners {
  /** Whoever does the clause's work. */
  subject: ReportMention[];
  /** Where the work is done. */
  where: ReportMention[];
  /** The entities of the sentence's previous figure, for a clause that names none. */
  carried: ReportMention[];
  /** The project built in an earlier clause. */
  project: ReportMention[];
  /** A person whose suggestion drove the work. */
  proposer: ReportMention[];
  askedSubject: boolean;
  partnerSubject: boolean;
  whereActedOn: boolean;
}

/** What the clause itself says beside its subject and place, read before its figures are linked. */
export interface ClauseNames {
  /** Those the clause's work serves. */
  served: readonly ReportMention[];
  /** Places named only to say where something else is or goes. */
  reference: ReadonlySet<ReportMention>;
  /** Projects the clause names. */
  projects: readonly ReportMention[];
}

// Unnamed bodies that own a quantity (相关部门11名工作人员, 各园区、镇(街道)、部门召开…131场, 地方政府定价项目): once one stands between
// a named subject and a figure, the figure is theirs, not the subject's.
const GENERIC_BODY =
  /(?:各|相关|有关|部分|其他|其余|所有|全市各|各级|市直|市属|区直|县直|省直)[\u4e00-\u9fa5]{0,4}?(?:部门|单位|园区|乡镇|镇|街道|村|社区|党委|党组|机关|企业|党支部|党组织)|镇[(（]街道[)）]|村[(（](?:社区|居)[)）]|地方(?:各级)?政府/g;

// 推动柳工集团所属…公司…: the parent named before its unit is not what the unit's figures count.
const PARENT_BEFORE = /^(?:所属|下属|旗下)/;

// 邵福寺村依托夹山寺发展民宿14家: what a subject relies on is a means, not what it counts (without a subject, 依托五莲山开发…
// 线路18条, the places relied on are where the work is).
const RELIED_ON = /(?:依托|依靠|借助)$/;

// 县司法局审核县政府规范性文件14件: a body named as the author of the documents its subject handles is no actor of the count.
const ISSUED_DOCUMENTS = /^的?(?:规范性文件|文件|公文|规章)/;

const CO_ACTOR_BEFORE = /(?:会同|联合|协同|联同|[与和同])$/;

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
 * Links each figure of `clause` to what it is about: the names before it in the clause (after an earlier figure or an
 * unnamed body), else the sentence's subject, place, project and proposer as the clauses before left them, the bodies a
 * counted matter is handed to, and the previous figure's entities where the clause names nobody. An unnamed body
 * (相关部门, 各镇) before a figure ends the subject and the place named before it. Its own function, apart from the
 * reading of the clause's subject (figureEntities.ts), so that V8 optimizes each on its own: as one, it was the
 * costliest function the optimizing compiler compiled in a run, twice.
 */
export function linkClauseFigures(
  folded: string,
  clause: Span,
  inClause: readonly ReportMention[],
  mentions: readonly ReportMention[],
  figures: readonly Figure[],
  out: Map<string, FigureLink[]>,
  issuerIds: ReadonlySet<string>,
  s: SentenceOwners,
  names: ClauseNames,
): void {
  const { served, reference, projects } = names;
  const withPartner = [...issuerBeforePartner(folded, inClause, issuerIds), ...issuerAfterPartner(folded, inClause, issuerIds)];
  // 会同有关部门: a partner of the subject, who still does the counted thing.
  const generics = genericBodies(folded, clause, inClause).filter(
    (g) => !CO_ACTOR_BEFORE.test(folded.slice(Math.max(clause.start, g.start - 2), g.start)),
  );
  // 湘江株洲段通航里程98公里；渌水航道整治工程完成投资1.2亿元: a named project opening its clause measures its own figures; the
  // subject and place of the clauses before it are not theirs.
  const opensOnProject = projects.some((p) => p.start >= clause.start && /^[\s,，;；]*$/.test(folded.slice(clause.start, p.start)));
  let g = 0;
  // 移交县纪委监委9件、县委组织部3件: a name before an earlier figure of the clause belongs to that figure.
  let previousFigureEnd = clause.start;
  for (const fig of figures) {
    if (fig.start < clause.start || fig.start >= clause.end) continue;
    let lastGenericEnd = clause.start;
    while (g < generics.length && generics[g]!.end <= fig.start) {
      lastGenericEnd = generics[g]!.end;
      if (s.subject.length && s.subject[0]!.start < generics[g]!.start) s.subject = [];
      if (s.where.length && s.where[0]!.start < generics[g]!.start) s.where = [];
      s.carried = [];
      g++;
    }
    const localFrom = Math.max(lastGenericEnd, previousFigureEnd);
    const earlierFigureEnd = previousFigureEnd;
    previousFigureEnd = fig.end;
    const hasSubject = s.subject.length > 0;
    const includedFrom = includedPartsFrom(folded, clause, fig);
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
        !siblingItem(folded, m, fig) &&
        !(includedFrom !== undefined && m.start >= includedFrom) &&
        !(hasSubject && RELIED_ON.test(folded.slice(Math.max(clause.start, m.start - 2), m.start))) &&
        !(hasSubject && m.entity.type === 'organization' && ISSUED_DOCUMENTS.test(folded.slice(m.end, m.end + 6))),
    );
    // 其中城关镇320处、新城镇150处: a name opening the clause before an earlier figure of it is that figure's, once the
    // later figure has a name of its own.
    const ownSubject = local.length ? s.subject.filter((m) => !(m.start >= clause.start && m.end <= earlierFigureEnd)) : s.subject;
    const chosen: ReportMention[] = local.slice();
    // 美國侵略集團這一系列的陰謀活動，顯然是同中國六萬萬人民爲敵 / 藏族是中国56个民族大家庭的一员: a count of a place's people
    // or nations written right after it is the place's own; the subject and place of the clauses before do not share it.
    // Other things counted after a place are what the subject acts on (省卫生健康委…，向辽西北12个县派驻…).
    if (writtenAfterPlace(local, fig) && PEOPLE_COUNTED.test(folded.slice(fig.end, fig.end + 2))) {
      pushAll(
        chosen,
        ownSubject.filter((m) => m.start >= clause.start),
      );
    } else if (!opensOnProject) {
      pushAll(chosen, ownSubject);
      pushAll(chosen, s.where);
    }
    pushAll(chosen, projects);
    pushAll(chosen, s.proposer);
    if (!local.length && !projects.length) pushAll(chosen, s.project);
    const received = receivers(folded, fig, inClause);
    const sentTo = destinationsAfter(folded, fig.end, inClause);
    const postedTo = sentTo.length ? [] : postingsAfter(folded, fig.end, inClause, folded.slice(clause.start, fig.start));
    pushAll(received, sentTo);
    pushAll(received, postedTo);
    if (!sentTo.length && !postedTo.length)
      pushAll(received, destinationsOfNextClause(folded, clause.end, mentions, folded.slice(clause.start, fig.start)));
    // 续建安徽梅山水库、辽宁大伙房水库…等18个大型水利工程: a figure whose clause lists examples of what it counts names its
    // own things (the examples themselves are not linked), so the previous figure's entities do not carry to it.
    const listsOwn = inClause.some((m) => m.listExample && m.start >= localFrom && m.end <= fig.start);
    if (!local.length && !received.length && !listsOwn && !opensOnProject) pushAll(chosen, s.carried);
    pushAll(chosen, received);
    // 包括台湾同胞在内的十亿中国人民: a count of a place's people written right before it is that place's alone.
    const people = placeCountedAfter(folded, fig, inClause);
    if (people) chosen.splice(0, chosen.length, people);
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
    // 选派12名干部到滨海县挂职锻炼，新招录公务员3名: those posted stay there; the issuer's next count is its own.
    // 提请全国人大常委会审议法律议案10件，制定修订行政法规15部: the body a matter is submitted to is the party of that count
    // alone; the next clause's deed (制定) is the submitter's.
    s.carried = unique.filter((m) => !postedTo.includes(m) && !addressedIn(folded, clause, m));
  }
}

// 将9件问题线索移交县纪委监委, 其中9件移交县纪委监委处置: the body a counted matter is handed to is what the count is about,
// as the receiving body is when it is the subject (市纪委监委收到…移交…886件).
const HANDED_TO = /^[^、,，。;；:：]{0,12}?(?:移交|移送|转交|转送|转办|交由|交办)(?:给|至|到)?$/;
// 7所学校被晋中市教育局评为…: the body that acts on the counted things, named after 被, is what the count is about.
const ACTED_ON_BY = /^[^、,，。;；:：]{0,8}?被$/;

// 提请全国人大常委会…, 报请国务院…, 向全国人大常委会提交…: the body a bill, a report or a request is submitted to.
const SUBMITTED_TO_BEFORE = /(?:提请|报请|呈请|呈报|提交|报送)$/;
const SUBMITTED_VERB_AFTER = /^(?:提交|报送|呈报|递交|提请|提出|报告|汇报)/;

/** Whether `m` is named in `clause` as the body something is submitted to (提请X…, 向X提交…). */
function addressedIn(folded: string, clause: Span, m: ReportMention): boolean {
  if (m.entity.type !== 'organization') return false;
  const before = folded.slice(Math.max(clause.start, m.start - 2), m.start);
  return SUBMITTED_TO_BEFORE.test(before) || (before.endsWith('向') && SUBMITTED_VERB_AFTER.test(folded.slice(m.end, m.end + 2)));
}

/**
 * 在二十五个省、内蒙古自治区、昌都地区、三个直辖市、二千一百一十六个县…建立了政权: a name that is an item of the list the figure
 * opens an item of is a sibling of what the figure counts, not its owner.
 */
function siblingItem(folded: string, m: ReportMention, fig: Figure): boolean {
  return folded[m.end] === '、' && folded[fig.start - 1] === '、';
}

// 包括台湾同胞在内的十亿中国人民: what a count includes, named in 包括…在内 right before it, is a part of it, not what it counts.
const INCLUDED_BEFORE = /包括[^，。；,;：:]{1,30}?在内的?$/;

/** Where the 包括…在内 phrase written right before `fig` starts, if one is. */
function includedPartsFrom(folded: string, clause: Span, fig: Figure): number | undefined {
  const before = folded.slice(Math.max(clause.start, fig.start - 40), fig.start);
  const m = INCLUDED_BEFORE.exec(before);
  return m ? fig.start - before.length + m.index : undefined;
}

/** The place named right after `fig` when the figure counts its people (十亿|中国|人民, 14亿|中华|儿女). */
function placeCountedAfter(folded: string, fig: Figure, inClause: readonly ReportMention[]): ReportMention | undefined {
  const m = inClause.find((x) => x.start === fig.end);
  return m && m.entity.type === 'place' && canLink(m) && PEOPLE_COUNTED.test(folded.slice(m.end, m.end + 2)) ? m : undefined;
}

// What a count of a place's population or peoples is followed by: 六萬萬人|民, 56个|民族, 14亿|同胞.
const PEOPLE_COUNTED = /^(?:民|民族|人民|同胞|儿女)/;

/** Whether the last name before `fig` is a place written right before it (中国六万万人民, 辽西北12个县). */
function writtenAfterPlace(local: readonly ReportMention[], fig: Figure): boolean {
  const last = local[local.length - 1];
  return last !== undefined && last.end === fig.start && last.entity.type === 'place';
}

/** The bodies named right after a hand-over verb that follows the figure in its clause (A、B or A和B); a new list. */
function receivers(folded: string, fig: Figure, inClause: readonly ReportMention[]): ReportMention[] {
  const after = inClause.filter((m) => m.start >= fig.end);
  const first = after[0];
  const between = first ? folded.slice(fig.end, first.start) : '';
  if (!first || !canLink(first) || first.entity.type === 'person' || !(HANDED_TO.test(between) || ACTED_ON_BY.test(between))) return [];
  const out = [first];
  for (let i = 1; i < after.length; i++) {
    const next = after[i]!;
    if (!isListJoiner(folded.slice(out[out.length - 1]!.end, next.start)) || !canLink(next)) break;
    out.push(next);
  }
  return out;
}

function genericBodies(folded: string, clause: Span, inClause: readonly ReportMention[]): Span[] {
  const body = folded.slice(clause.start, clause.end);
  const out: Span[] = [];
  // exec on the shared pattern: matchAll would copy the expression for every clause.
  GENERIC_BODY.lastIndex = 0;
  for (let g = GENERIC_BODY.exec(body); g; g = GENERIC_BODY.exec(body)) {
    // 在棕南社区、棕北社区各新建社区食堂1个: 各 right after a list of names is 'each of them', no unnamed body of its own
    // (after one name it is the name's own: 国务院各部门).
    const at = clause.start + g.index;
    if (body[g.index] === '各' && endsList(folded, inClause, at)) continue;
    // 深入…等10个乡镇（街道）的42所学校: units counted, whose things are counted next, are where the subject goes, no
    // other owner (10个乡镇（街道）召开会议42场 still is: they hold the meetings).
    if (/\d+个[\u4e00-\u9fff]?$/.test(body.slice(0, g.index)) && body[g.index + g[0].length] === '的') continue;
    out.push({ start: at, end: at + g[0].length });
  }
  return out;
}

/** Whether names joined as a list (A、B, A和B) end at `at`. */
function endsList(folded: string, inClause: readonly ReportMention[], at: number): boolean {
  const i = inClause.findIndex((m) => m.end === at);
  const before = i > 0 ? inClause[i - 1]! : undefined;
  return before !== undefined && isListJoiner(folded.slice(before.end, inClause[i]!.start));
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

/** The mentions of distinct entities, the first of each. */
export function dedupeByEntity(ms: readonly ReportMention[]): ReportMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.entity.id) ? false : (seen.add(m.entity.id), true)));
}
