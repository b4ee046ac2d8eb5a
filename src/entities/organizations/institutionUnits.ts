import type { EntityContext } from '../context.ts';
import { FOUNDING_VERBS, OWNERSHIP_WORDS } from './orgNames.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { isHan } from '../../text/han.ts';
import { tagOf } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import type { OrgHit } from './orgHit.ts';
import { withoutCountry } from './foreignInstitutions.ts';

// Institutions that keep units named after them: academies, universities and their colleges, research institutes,
// hospitals, companies and groups.
const OWNER_END = /(科学院|研究院|大学|学院|医院|公司|集团|事务所|[中社农医]科院)$/;
// What such a unit is: an institute, a laboratory, an observatory or a centre of research, a college, a hospital, a branch,
// a plant or a mine.
// (北京师范大学|珠海|校区: a university's campus in another city; 北京师范大学|附属|实验|中学: its affiliated school.)
const UNIT_END = /(研究所|研究院|研究中心|中心|实验室|天文台|学院|医院|分院|校区|分公司|子公司|分厂|厂|矿|中学|小学|学校|幼儿园)$/;
// Words that may stand inside a unit's name: nouns, names, verbal nouns, distinguishing words (附属, 直属).
// (南京大学|固体/a|微结构|物理|国家重点实验室: an adjective of the field's own words; it names nothing by itself.)
const UNIT_WORD_TAGS = /^(n|nz|ns|nt|nr|nrt|vn|j|l|x|b|m|a)$/;
// 国家区域医疗中心, 国家重点实验室 after a body: a rank the state gives it, not a unit's name.
const NATIONAL_RANK = /^(国家|全国|省级|市级)$/;
// The last word of a unit's field before the state's rank: a noun of the field (物理/n, 材料/n, 医学/n).
const FIELD_LAST_TAGS = /^(n|nz|vn|l|j)$/;
const MAX_UNIT = 16;
// A unit's head and its head's title as one word of jieba's (学院院长, 研究所所长, 中心主任).
const HEAD_BEFORE_TITLE = /^(.*(?:学院|研究院|研究所|医院|中心|实验室))(?:院长|所长|主任)$/;
const SCHOOL_OWNER = /(大学|学院)$/;
// An academy's or a university's institutes are named by the field they study, however common its words (中国社会科学院|
// 农村|发展|研究所).
const ACADEMY_OWNER = /(科学院|大学|[中社农医]科院)$/;
// An academy's institute by its field and 所 alone, one word to jieba (中科院|物理所/n, 计算所/n).
const FIELD_INSTITUTE = /^[\u4e00-\u9fff]{2}所$/;
const INSTITUTE_HEAD = /^(研究所|研究院|研究中心)$/;
// 中国船舶集团有限公司|第七〇一研究所, 航天科技集团|六院: a state group numbers its institutes and academies, in Chinese
// numerals with 〇 for zero, the ordinal's 第 and 研究 optional.
const NUMBERED_UNIT =
  /^(?:第[〇零一二三四五六七八九十百]+(?:研究所|研究院|所|院)|[〇零一二三四五六七八九十百]{1,4}(?:研究所|研究院|院|所))/;
// The words of a field a school teaches (公共/b|管理/vn, 经济/n), not a count or rank (二级|学院 is any second-tier school).
const FIELD_WORD_TAGS = /^(n|vn|b|nz|l|j)$/;
// The last word of a field a school teaches: 物理学, 计算机科学, 技术, 工程, 中文, 英语.
const FIELD_END = /(学|术|程|文|语)$/;

/**
 * 中国科学院|赣江创新研究院, 中国科学院|宁波材料技术与工程研究所, 温州医科大学|附属眼视光医院, 国网江西省电力有限公司|赣州
 * 供电分公司: an institution's own unit written right after its name is one body, named whole, and the institution alone
 * is not that mention. The unit is a body read there already or the words up to a unit's head (fields joined by 与 or 和
 * among them); 附属 opens an affiliated hospital or college, which may be named by its kind alone (附属医院, 附属第一医院).
 * Returns the hits the units absorbed; the owners' hits are carried on over their units in place.
 */
export function institutionUnits(ctx: EntityContext, hits: OrgHit[]): OrgHit[] {
  const { folded } = ctx;
  const absorbed: OrgHit[] = [];
  for (const owner of hits) {
    // 省农业科学院|茶叶研究所: a level's own academy (levelInstitutions reads it as a department) keeps units as others do.
    if (owner.kind !== 'co' && owner.kind !== 'nat' && owner.kind !== 'gd') continue;
    // 荷兰|鹿特丹伊拉斯莫斯大学: a foreign institution read with its country is named without it, and its units by the
    // readers of foreign names (the country stays a mention of its own).
    if (absorbed.includes(owner) || !OWNER_END.test(owner.name) || withoutCountry(owner.name) !== undefined) continue;
    const affiliated = folded.startsWith('附属', owner.end);
    const at = owner.end + (affiliated ? 2 : 0);
    // 湖南师范大学|附属中学/n: jieba knows the affiliated school's kind as one word with 附属.
    const affiliatedWord = affiliated ? ctx.seg.tokens[ctx.seg.tokenAt[owner.end] ?? -1] : undefined;
    const wholeKind = affiliatedWord?.start === owner.end && affiliatedWord.end > at && UNIT_END.test(affiliatedWord.word);
    // A unit read there already, or a body read from inside the owner's name on over the unit (国网|浙江省电力有限公司湖州
    // 供电公司).
    const found = hits.find(
      (u) =>
        u !== owner &&
        !absorbed.includes(u) &&
        (u.start === at || (u.start > owner.start && u.start < owner.end && u.end > at && !placeBefore(ctx, owner.start, u.start))) &&
        isUnit(ctx, at, u.end),
    );
    const end =
      found?.end ??
      (wholeKind ? affiliatedWord.end : undefined) ??
      (affiliated ? undefined : (numberedUnitEnd(ctx, at) ?? placeBranchEnd(ctx, at))) ??
      (!affiliated && ACADEMY_OWNER.test(owner.name) ? fieldInstituteEnd(ctx, at) : undefined) ??
      unitEnd(ctx, at, affiliated, SCHOOL_OWNER.test(owner.name), ACADEMY_OWNER.test(owner.name));
    if (end === undefined) continue;
    // (Two recognizers may read one body at one span: its twin goes with it.)
    const twin = (h: OrgHit, of: OrgHit | undefined) => !!of && h !== of && h.start === of.start && h.end === of.end;
    const others = (h: OrgHit) => h !== owner && h !== found && !twin(h, found) && !twin(h, owner) && !absorbed.includes(h);
    if (hits.some((h) => others(h) && h.start < end && at < h.end)) continue;
    if (found) absorbed.push(...hits.filter((h) => h === found || twin(h, found) || twin(h, owner)));
    const name = folded.slice(owner.start, end);
    Object.assign(owner, { end, kind: 'co', id: name, name });
  }
  return absorbed;
}

/** [start, end) is a place (荷兰|鹿特丹伊拉斯莫斯大学医学院): the name read after it is the body's, the place a mention of its own. */
function placeBefore(ctx: EntityContext, start: number, end: number): boolean {
  const name = ctx.folded.slice(start, end);
  return !!worldNames().get(name)?.place || ctx.gaz.byName.has(name);
}

/** [at, end) names a unit: it ends with a unit's head, or it is a company named by a place (湖州|供电公司). */
function isUnit(ctx: EntityContext, at: number, end: number): boolean {
  const unit = ctx.folded.slice(at, end);
  if (UNIT_END.test(unit)) return true;
  const first = ctx.seg.tokens[ctx.seg.tokenAt[at] ?? -1];
  return unit.endsWith('公司') && first?.start === at && first.tag === 'ns' && first.end < end;
}

// What may follow a school's department (精密仪器|系|与, 物理|系|教授) where 系 'is' would be followed by what the subject is.
const AFTER_DEPARTMENT = /^(p|c|u.*|v|vn|d|x)$/;
const DEPARTMENT_PEOPLE = /^(副?教授|副?主任|讲师|学生|师生|老师|教师|研究生|本科生|博士生|党委|党总支)/;

/**
 * The field before 系 names a department: a field's last word (计算机科学, 中文), or a noun followed by what no copula is
 * followed by (精密仪器|系|与, 机械|系|教授): a conjunction, a verb, a function word or the department's people.
 */
function departmentWord(field: { word: string; tag: string }, next: { word: string; tag: string } | undefined): boolean {
  if (FIELD_END.test(field.word)) return true;
  if (field.tag !== 'n' || field.word.length < 2 || !next) return false;
  return !isHan(next.word) || AFTER_DEPARTMENT.test(next.tag) || DEPARTMENT_PEOPLE.test(next.word);
}

/**
 * Where a numbered institute or academy written from `at` ends (第七〇一研究所, 六院), or undefined. A bare 所 after a
 * numeral is a classifier as often (集团|一所|学校 counts schools): there the end is a word's end with no noun after it.
 */
function numberedUnitEnd(ctx: EntityContext, at: number): number | undefined {
  const m = NUMBERED_UNIT.exec(ctx.folded.slice(at, at + 12));
  if (!m) return undefined;
  const end = at + m[0].length;
  if (m[0].startsWith('第') || !m[0].endsWith('所')) return end;
  if (!ctx.seg.boundaries.has(end)) return undefined;
  const next = ctx.seg.tokens[ctx.seg.tokenAt[end] ?? -1];
  return next && next.start === end && /^n/.test(next.tag) ? undefined : end;
}

/**
 * Where an institute named by its field and 所 at `at` ends: one noun of jieba's (物理所/n), or a science's name and 所
 * as a word of its own (声学/n|所/c), or undefined.
 */
function fieldInstituteEnd(ctx: EntityContext, at: number): number | undefined {
  const { seg } = ctx;
  const k = seg.tokenAt[at] ?? -1;
  const t = seg.tokens[k];
  if (!t || t.start !== at || t.tag !== 'n') return undefined;
  if (FIELD_INSTITUTE.test(t.word)) return t.end;
  const next = seg.tokens[k + 1];
  return t.word.length === 2 && t.word.endsWith('学') && next?.word === '所' && next.start === t.end ? next.end : undefined;
}

// A branch an institution keeps in a place, named by the place (金杜律师事务所|上海|分所, 某研究院|浙江|分院).
const BRANCH_HEAD = /^(分所|分院|分公司|分中心)/;

/** Where a branch named by the place written at `at` ends, or undefined. */
function placeBranchEnd(ctx: EntityContext, at: number): number | undefined {
  const place = ctx.seg.tokens[ctx.seg.tokenAt[at] ?? -1];
  if (!place || place.start !== at || place.tag !== 'ns' || !ctx.gaz.byName.has(place.word)) return undefined;
  const m = BRANCH_HEAD.exec(ctx.folded.slice(place.end, place.end + 3));
  return m && ctx.seg.boundaries.has(place.end + m[0].length) ? place.end + m[0].length : undefined;
}

/** Where a unit's name read from `at` ends at a unit's head, or undefined. */
function unitEnd(ctx: EntityContext, at: number, affiliated: boolean, school = false, academy = false): number | undefined {
  const { seg, folded } = ctx;
  const first = seg.tokenAt[at] ?? -1;
  if (first < 0 || seg.tokens[first]!.start !== at) return undefined;
  let naming = affiliated;
  for (let k = first; k < seg.tokens.length; k++) {
    const t = seg.tokens[k]!;
    // 市城投集团|所属|市水务集团: what an institution owns is a body of its own, not a unit named after it.
    if (t.end - at > MAX_UNIT || !isHan(t.word) || OWNERSHIP_WORDS.has(t.word)) return undefined;
    // 南京大学|固体微结构物理|国家重点实验室: after the unit's own field the state's rank is part of its name. The field
    // ends on a noun; after a verb the rank is what the body was given (鞋业有限公司|获批/x|省级|企业技术中心).
    if (NATIONAL_RANK.test(t.word)) {
      if (naming && k > first && FIELD_LAST_TAGS.test(seg.tokens[k - 1]!.tag)) continue;
      return undefined;
    }
    // 色达县藏医院|新建/ns|藏药制剂中心: what an institution sets up is said of it, whatever jieba tags the verb.
    if (FOUNDING_VERBS.has(t.word)) return undefined;
    const next = seg.tokens[k + 1];
    const joins = /^[与和]$/.test(t.word) && k > first && UNIT_WORD_TAGS.test(next?.tag ?? '');
    // 赣江|创新/v|研究院: what an institute does may be a verb, right before its head, never its name's first word
    // (集团|完成/v|自来水厂|提标改造 says what the group did).
    const verbBeforeHead =
      k > first && t.tag === 'v' && t.word.length === 2 && !FOUNDING_VERBS.has(t.word) && !!next && UNIT_END.test(next.word);
    // 清华大学|计算机科学|与|技术|系/v: a school's department after the field it teaches (jieba reads 系 'is').
    if (school && t.word === '系' && k > first && naming && departmentWord(seg.tokens[k - 1]!, next)) return t.end;
    // 浙江大学|茶|学系/n, 药|学系: jieba glued the 学 of the field's name (茶学, 药学) to 系.
    if (school && t.word === '学系' && k > first && naming && /^(n|nz|j)$/.test(seg.tokens[k - 1]!.tag)) return t.end;
    // 物理系/n, 历史系/n: a department jieba knows whole, its field and 系 (关系, 体系 end in words of their own).
    // (药学系/n: a field ending in 学, 学系 a word of jieba's.)
    if (
      school &&
      k === first &&
      t.word.length >= 3 &&
      t.word.endsWith('系') &&
      t.tag === 'n' &&
      (tagOf(t.word.slice(-2)) === 'x' || t.word.endsWith('学系'))
    )
      return t.end;
    if (!joins && !verbBeforeHead && !UNIT_WORD_TAGS.test(t.tag)) return undefined;
    // 公共|管理|学院院长/n: jieba glued the unit's head to its head's title; the unit ends before the title.
    const titled = HEAD_BEFORE_TITLE.exec(t.word);
    const word = titled ? titled[1]! : t.word;
    const head = UNIT_END.exec(word)?.[0];
    const stem = head ? word.slice(0, -head.length) : word;
    if (stem && !joins && (verbBeforeHead || !isGenericWord({ word: stem, tag: stem === t.word ? t.tag : 'n' }))) naming = true;
    // 清华大学|公共|管理|学院: a university's school is named by the field it teaches, however common its words.
    if (school && head === '学院' && k > first && seg.tokens.slice(first, k).every((w) => FIELD_WORD_TAGS.test(w.tag))) naming = true;
    if (academy && head && INSTITUTE_HEAD.test(head) && k > first && seg.tokens.slice(first, k).every((w) => FIELD_WORD_TAGS.test(w.tag)))
      naming = true;
    // A unit says what it is: some word of its own before the head, or 附属 before its kind.
    if (head && (naming || /^第[一二三四五六七八九十]+$/.test(folded.slice(at, t.start + word.length - head.length))))
      return t.start + word.length;
    if (head) return undefined;
  }
  return undefined;
}
