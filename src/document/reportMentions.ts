import type { Entity, EntityType, MentionedDocument, ReportDocument, ReportMention, Span } from '../types.ts';
import { insideAny } from '../text/spanSearch.ts';
import { CodeSet } from '../text/codeSet.ts';

const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['person', 'place', 'organization']);

// Titles that turn a body's name into a person's title (市委书记, 市纪委副书记, 县委主要领导, 市委常委); the heads of
// associations, schools, hospitals, firms and temples and a congress's deputies too (市佛教协会会长、夹山寺住持释妙慧,
// 市人大代表、公司董事长许光明): the person acts, the body only says what post they hold; and so does a post held before
// (港上支行原行长陈德明).
const TITLE_AFTER =
  /^原?(?:主要|分管|相关)?(?:副|常务副)?(?:书记|常委|主任|市长|县长|区长|镇长|省长|局长|部长|厅长|组长|主席|委员|领导|负责人|负责同志|班子|成员|会长|理事长|秘书长|院长|校长|园长|馆长|所长|站长|队长|社长|行长|厂长|董事长|总经理|经理|住持|代表(?!团|队|大会|处|室|性))/;
// 省委巡视对我市提出的…, 市委统一部署: the body owns an activity named after it.
// 主持召开县委常委会会议6次, 区政府常务会议研究…: the body names a meeting someone convenes, it does not act.
const ACTIVITY_AFTER =
  /^(?:巡视(?!组|办|机构|工作领导)|巡察(?!组|办|机构)|(?:的)?(?:统一部署|决策部署|重大决策|精神|指示|批示)|的(?:部署|要求|决策)|(?:常委会|常务|全体|党组|党委|专题)?(?:[(（]扩大[)）])?会议)/;
// 习近平总书记系列重要讲话精神: a leader named as the author of speeches or thought, not as an actor.
const AUTHOR_AFTER = /^(?:同志|总书记|主席|书记)?(?:的)?(?:系列)?(?:重要)?(?:讲话|指示|批示|论述|思想|精神|用典|要求|部署)/;
// A verb or preposition right after a name shows it acting; a name can only run on into a longer name without one
// (德国参加汉诺威工业博览会, 方冲水库由…水利工程有限公司承建: no name of a fair or of works).
const ACTION_START =
  /^(?:参加|由|成立|设立|组建|建立|实施|完成|建成|新建|牵头|召开|举办|举行|派出|下设|要求|印发|出台|制定|会同|联合|指导|督促|组织|开展|推动|推进|向|对|与|和|及|在|将|把|从|被|为|同时|先后|已|均|共)/;
// 市委整改落实办公室: a sub-unit of the named body that the entity list lacks.
const SUB_UNIT_TAIL = /^[\u4e00-\u9fa5]{0,6}?(?:办公室|领导小组|指挥部|工作组|督导组|专班)/;
// 东莞党建主题展览, 人才东莞行: a place heading the name of an event, a project or a platform (桃源县登记宗教活动场所34处:
// a venue of activities is no event).
const NAMED_THING_TAIL =
  /^(?:[\u4e00-\u9fa5]{0,8}?(?:展览|展会|博览会|推介会|论坛|大会|活动(?!场所|中心|室|阵地|站)|工程|平台)|行(?=[等、,，。;；]))/;
// X、Y等N个 / X等N家 / X和Y等N个: the list before 等 gives examples of a counted set.
const LIST_TAIL = /^(?:(?:、|和|及|与|以及)[^、等,，。;；:：]{1,30}?)*等/;
// 象鼻山、两江四湖、阳朔|西街等景区: the last member of a list after 、 may be a name read only in part (阳朔 of 阳朔西街).
const PART_READ_LAST = /^[\u4e00-\u9fa5]{1,3}等/;
// What such a tail opens with (a joiner, or 等 itself): after most mentions none stands, and nothing is sliced or matched.
// (By code unit: a Han character read as a string is a new string.)
const LIST_TAIL_OPENS = new CodeSet(['、和及与以等']);
// 包头——兰州线、内江——昆明线等25条, 安徽响洪甸水库、江苏新洋港水闸等24个: a line or works named by its places, one or two
// class characters after the last (线, 港, 站, 水闸), is the member, and the places in it are of that member; a route's
// places are joined by a dash.
const ROUTE_DASH = /^(?:——|—|－|-)$/;
const CLASS_THEN_LIST = /^[\u4e00-\u9fa5]{1,2}(?=[、等])/;
const NOT_A_CLASS = new CodeSet(['的了在是为对向从和及与以等或并']);

/**
 * The document with its report's entities and every mention of them, sorted by position, with their role flags. Nested or
 * overlapping mentions keep only the longest (省委巡视组 over 省委), so a name read inside a longer one never acts on its own.
 * Cases and link both read it: built once per report.
 */
export function withMentions(doc: ReportDocument, entities: readonly Entity[]): MentionedDocument {
  return { ...doc, entities, mentions: readMentions(doc.report.id, doc.folded, entities, doc.titles, doc.quotes) };
}

function readMentions(
  reportId: string,
  folded: string,
  entities: readonly Entity[],
  titles: readonly Span[],
  quotes: readonly Span[],
): ReportMention[] {
  const raw: { start: number; end: number; entity: Entity }[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) if (m.report === reportId && m.end > m.start) raw.push({ start: m.start, end: m.end, entity });
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof raw = [];
  for (const m of raw) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  // Fields written out: an object spread here cost five times the rest of the function.
  const out: ReportMention[] = kept.map((m) => ({
    start: m.start,
    end: m.end,
    entity: m.entity,
    actor: ACTOR_TYPES.has(m.entity.type),
    titleOnly: false,
    quoted: insideAny(titles, m.start, m.end) || insideAny(quotes, m.start, m.end),
    listExample: false,
    activityModifier: (m.entity.type === 'person' ? AUTHOR_AFTER : ACTIVITY_AFTER).test(folded.slice(m.end, m.end + 10)),
    partOfName: runsIntoName(m.entity.type, folded.slice(m.end, m.end + 12)),
  }));
  markTitles(out, folded);
  markListExamples(out, folded);
  return out;
}

function runsIntoName(type: EntityType, after: string): boolean {
  if (ACTION_START.test(after)) return false;
  if (type === 'organization') return SUB_UNIT_TAIL.test(after);
  if (type === 'place') return NAMED_THING_TAIL.test(after);
  return false;
}

// 局党组书记、局长: a post in a body's party group (a village's 党支部书记 still says where the person acts: the place stays).
const BODY_POST_OPENING = /^(?:党组|党委|党工委|党总支|党支部)/;
// 公司高级技师陈立新 / 县实验小学教师周晓兰 / 县消防救援大队四级消防长谢文斌: a professional rank or a head's post names the body
// the person works at, when the person follows it (县第一中学教师32名 counts the school's teachers: the school stays; a
// former post, 原副局长, names where the person was, as a village's 村长 does).
const RANK_BEFORE_NAME =
  /^(?:(?:高级|副|主任|主治)?(?:技师|工程师|教师|医师|医生|研究员|教授|律师|会计师|护士)|(?:[一二三四五六七八九十]级)?(?![原前])[\u4e00-\u9fa5]{0,3}长)$/;

/** 市委书记: the mention is followed by a title, possibly through a chain of bodies (县委县政府领导, 市委、市政府主要领导). */
function markTitles(mentions: ReportMention[], folded: string): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.entity.type === 'person') continue;
    const after = folded.slice(m.end, m.end + 8);
    const next = mentions[i + 1];
    if (
      TITLE_AFTER.test(after) ||
      (m.entity.type === 'organization' && TITLE_AFTER.test(after.replace(BODY_POST_OPENING, ''))) ||
      (m.entity.type === 'organization' && next?.entity.type === 'person' && RANK_BEFORE_NAME.test(folded.slice(m.end, next.start)))
    ) {
      m.titleOnly = true;
      continue;
    }
    const gap = next ? folded.slice(m.end, next.start) : '';
    if (next && next.titleOnly && /^、?$/.test(gap)) m.titleOnly = true;
  }
}

/**
 * Members of "X、Y等N个…" (or "X等N家"): every mention from the list's head up to 等. A name written right before a member
 * (南海区狮山镇: the district of a listed town) is part of that member.
 */
function markListExamples(mentions: ReportMention[], folded: string): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    // A name joined to the next by a separator alone (区委第一巡察组、第二巡察组完成对…等9个) is a member of the list that
    // one is in, or of none: the list's tail is read from the last member.
    const gap = next ? folded.slice(m.end, next.start) : '';
    if (next && (/^(?:、|和|及|与|以及)$/.test(gap) || ROUTE_DASH.test(gap))) m.listExample = next.listExample;
    else if (next && /^[\u4e00-\u9fa5]{1,2}、$/.test(gap) && classAfter(folded, m.end) === gap.length - 1) m.listExample = next.listExample;
    else if (
      (LIST_TAIL_OPENS.at(folded, m.end) && LIST_TAIL.test(folded.slice(m.end, m.end + 80))) ||
      listAfterClass(folded, m.end) ||
      (next?.listExample && next.start === m.end) ||
      (folded[m.start - 1] === '、' && PART_READ_LAST.test(folded.slice(m.end, m.end + 4)))
    )
      m.listExample = true;
  }
}

/** How many class characters (线, 水闸) stand at `at` before a 、 or 等, none of them a function word; 0 where none do. */
function classAfter(folded: string, at: number): number {
  const cls = CLASS_THEN_LIST.exec(folded.slice(at, at + 3))?.[0];
  if (!cls) return 0;
  for (let i = 0; i < cls.length; i++) if (NOT_A_CLASS.at(folded, at + i)) return 0;
  return cls.length;
}

/** A list's tail (等 or more members and 等) right after the class characters at `at`. */
function listAfterClass(folded: string, at: number): boolean {
  const n = classAfter(folded, at);
  return n > 0 && LIST_TAIL.test(folded.slice(at + n, at + 80));
}

/** A mention that can be what a figure is about. */
export function canLink(m: ReportMention): boolean {
  return m.actor && !m.titleOnly && !m.quoted && !m.activityModifier && !m.partOfName;
}
