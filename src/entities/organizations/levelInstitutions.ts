import type { EntityContext } from '../context.ts';
import { tagOf, tokensIn, wordEndsAt } from '../segment.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { everyOfLevel, levelOpensClause, levelWordAt } from './levelWord.ts';
import { namedOnlyAtHome, placeOfLevel } from './orgNames.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { FIELD_NAMED_SERVICE_HEADS, SERVICE_STATION_HEADS } from '../data/bodyHeads.ts';

// A level's own institutions, written like its departments with the level word first: 省慈善总会, 市个体劳动者协会,
// 县供销社, 县职业技术学校, 省农科院, 市中心血站, 市佛教协会, 市天主教爱国会, 市基督教两会 (the Protestant 三自爱国运动委员会 and
// 基督教协会 together). The heads are the kinds of 社会团体 and 事业单位 a level sets up one of (associations, research
// societies, foundations, supply cooperatives, schools (县职业技术学校, 市体育运动学校, 县特殊教育学校), academies, blood and emergency centres, care homes and shelters,
// the consumers' council, its school for the elderly (县老年大学), its jail and its armed forces' department (县看守所,
// 县人民武装部), its waterworks (县第二水厂), its rescue teams named by what they do or by their volunteers' name
// (县蓝天救援队, 县防汛抢险突击队), the headquarters a level sets up for floods and the like (县防汛抗旱指挥部), its rural
// commercial bank or credit union (县农商银行, 县农村信用联社; a province's union of them, 省农村信用社联合社), the branch a
// national company keeps there (县邮政分公司, 市电信分公司), its drug rehabilitation centre (市强制隔离戒毒所), its stations
// (县水利工程管理站; a field's technical service's, 县农业技术推广站, 县畜牧兽医站, 县农机监理站) and its 河长 office (县河长办)), the troupes it keeps (市徽剧团, 省歌舞团, 县艺术团), its radio and
// television station (县广播电视台) and its funeral home (市殡仪馆).
const HEAD_WORDS = [
  ...'总会|协会|学会|商会|促进会|研究会|爱国会|两会|联合会|基金会|供销社|供销合作社联合社|供销合作社|职业技术学校|技工学校|职业学校|运动学校|体育学校|卫生学校|艺术学校|特殊教育学校|职业技术学院|职业学院|技师学院|党校|考试院|社会福利院|儿童福利院|福利院|光荣院|敬老院|养老院|救助站|消费者权益保护委员会|农科院|农业科学院|科学院|社科院|社会科学院|林科院|医科院|血站|急救中心|疾控中心|疾病预防控制中心|指挥部|管理站|河长办|河长制办公室|联谊会|仲裁院|仲裁委员会|规划委员会|青少年宫|少年宫|文化馆|图书馆|档案馆|博物馆|科技馆|美术馆|融媒体中心|老年大学|看守所|拘留所|强制隔离戒毒所|戒毒所|农村商业银行|农商银行|农村信用合作联社|农村信用联社|农村信用社联合社|分公司|农科所|人民武装部|自来水厂|污水处理厂|水厂|救援队|抢险队|突击队|剧团|剧院|歌舞团|艺术团|杂技团|乐团|广播电视台|殡仪馆'.split(
    '|',
  ),
  ...SERVICE_STATION_HEADS,
];
const HEADS = new RegExp(`^(?:[\\u4e00-\\u9fff]{0,9}?)(${HEAD_WORDS.join('|')})`);
// The last characters of the heads: a level word with none of them in the reach of HEADS after it names no institution,
// and nothing else is asked of it (most of a report's 市 and 县 stand before a department or a common noun).
const HEAD_LAST = new CodeSet(HEAD_WORDS.map((h) => h.at(-1)!));
const HALLS = /(宫|馆|剧院)$/;
const NAMED_BY_FIELD = /^(总会|协会|学会|商会|联谊会|促进会|研究会|爱国会|两会|联合会|基金会|指挥部|管理站|救援队|抢险队|突击队|分公司)$/;
// Words that rank or sort bodies (重点, 各级) rather than name one, and a level's own words (市属, 市级, 市直).
const NOT_A_STEM = /^(级|属|直|各|本|全|重点|有关|相关|其他|下属|所属)/;
// Not d: a field may hold an adverb to jieba (民族团结|进步/d|促进会).
const NOT_IN_NAME = /^(v|vd|vg|p|c|u.*|r|m|q|f|ad)$/;
const ORDINAL = /^第[一二三四五六七八九十]+$/;
// By code unit: reading each character of the report as a string made one per character.
const LEVELS = new CodeSet(['省市县区州']);

/** 省慈善总会, 县供销社: a level word standing alone, the nouns of a field and an institution's head. */
export function levelInstitutions(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg, home } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const places = LEVELS.placesIn(folded);
  for (let n = 0; n < places.length; n++) {
    const i = places[n]!;
    if (HEAD_LAST.next(folded, i + 1, i + 16) < 0) continue;
    // 芜湖市|市政/n|设施|管理处: a word of the language that opens with the level's character (市政, 市场, 县城) is no level
    // word, unless jieba reads a body's name in it (县供销社/n) or the level and a word of the name (市|中心/n 血站, 市|徽剧团).
    if (gluedLevel(ctx, i)) continue;
    const levelWord = cover.covers(i) ? undefined : levelWordAt(ctx, i);
    if (!levelWord) continue;
    const { start, level } = levelWord;
    const place = placeOfLevel(level, home);
    // 各县供销社 in a national report is every county's (everyOfLevel).
    // (州农科所: a prefecture's, in its own report or where the level word opens a clause.)
    if (!place && ((home.national && everyOfLevel(folded, start)) || (namedOnlyAtHome(level) && !levelOpensClause(ctx, start)))) continue;
    const m = HEADS.exec(folded.slice(i + 1, i + 16));
    if (!m) continue;
    const end = i + 1 + m[0].length;
    const stem = m[0].slice(0, -m[1]!.length);
    // An association, a foundation, a headquarters or a station is named by its field (慈善总会, 防汛抗旱指挥部); a bare 协会 is none.
    if (!stem && (NAMED_BY_FIELD.test(m[1]!) || FIELD_NAMED_SERVICE_HEADS.has(m[1]!))) continue;
    if (NOT_A_STEM.test(stem) || /[的与及和、，。]/.test(stem) || !wordEndsAt(seg, end) || cover.any(start, end)) continue;
    const words = tokensIn(seg, i + 1, end).filter((t) => t.start < end - m[1]!.length);
    // 县|第二/m|水厂: an ordinal numbers the level's institutions of a kind.
    if (words.some((t) => NOT_IN_NAME.test(t.tag) && t.word.length >= 2 && !ORDINAL.test(t.word))) continue;
    const body = m[0];
    const hit: OrgHit = {
      start,
      end,
      kind: 'gd',
      id: `${place?.code ?? level}:${body}`,
      name: place ? `${place.name}${body}` : `${level}${body}`,
      score: 0.75,
    };
    out.push(hit);
    cover.add(hit);
  }
  for (const hit of nationalInstitutions(ctx, cover)) out.push(hit);
  return out;
}

/**
 * A level's institution written right after a place's full name (湖北省|疾病预防控制中心, 余杭区|慈善总会): its body and end,
 * by the checks of the level-written form; not a hall (湖北省博物馆 is a place to the gold, as a facility).
 */
export function institutionAfterPlace(ctx: EntityContext, at: number): { end: number; body: string; suffix: string } | undefined {
  const { folded, seg } = ctx;
  const m = HEADS.exec(folded.slice(at, at + 15));
  if (!m || HALLS.test(m[1]!)) return undefined;
  const end = at + m[0].length;
  const stem = m[0].slice(0, -m[1]!.length);
  if (!stem && (NAMED_BY_FIELD.test(m[1]!) || FIELD_NAMED_SERVICE_HEADS.has(m[1]!))) return undefined;
  if (NOT_A_STEM.test(stem) || /[的与及和、，。]/.test(stem) || !wordEndsAt(seg, end)) return undefined;
  const words = tokensIn(seg, at, end).filter((t) => t.start < end - m[1]!.length);
  if (words.some((t) => NOT_IN_NAME.test(t.tag) && t.word.length >= 2 && !ORDINAL.test(t.word))) return undefined;
  return { end, body: m[0], suffix: m[1]! };
}

/** The level's character at `i` opens a word of the language (市政/n, 市场/n) that neither holds a body's name nor ends in one. */
function gluedLevel(ctx: EntityContext, i: number): boolean {
  const word = ctx.seg.tokens[ctx.seg.tokenAt[i] ?? -1];
  if (!word || word.start !== i || word.end <= i + 1 || /^(x|nt|nz|j)$/.test(word.tag)) return false;
  const rest = word.word.slice(1);
  if (HEADS.test(rest) || (rest.length >= 2 && tagOf(rest) !== 'x')) return false;
  // 市徽/n|剧团: the level's word ends in the front of a word of the name (徽剧), which jieba glued to the level instead.
  const { folded } = ctx;
  return [1, 2].every((n) => tagOf(rest + folded.slice(word.end, word.end + n)) === 'x');
}

/**
 * The country's own institutions written as a level's are, with 中国 for the level word (中国疾病预防控制中心, 中国法学会,
 * 中国残疾人福利基金会): one body of the nation, named as written.
 */
function nationalInstitutions(ctx: EntityContext, cover: ReturnType<typeof coverage>): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  for (let i = folded.indexOf('中国'); i >= 0; i = folded.indexOf('中国', i + 2)) {
    const t = seg.tokens[seg.tokenAt[i] ?? -1];
    if (!t || t.start !== i || t.word !== '中国' || cover.any(i, i + 2)) continue;
    const m = HEADS.exec(folded.slice(i + 2, i + 17));
    if (!m) continue;
    const end = i + 2 + m[0].length;
    const stem = m[0].slice(0, -m[1]!.length);
    if (
      (!stem && (NAMED_BY_FIELD.test(m[1]!) || FIELD_NAMED_SERVICE_HEADS.has(m[1]!))) ||
      NOT_A_STEM.test(stem) ||
      /[的及和、，。]/.test(stem) ||
      (stem.includes('与') && !fieldsJoined(ctx, i + 2, stem))
    )
      continue;
    // 中国印刷博物馆: a hall of the nation is a building as much as a body (the news gold reads the country in it).
    if (HALLS.test(m[1]!)) continue;
    if (!wordEndsAt(seg, end) || cover.any(i, end)) continue;
    const words = tokensIn(seg, i + 2, end).filter((w) => w.start < end - m[1]!.length);
    // 物流与|采购/v: the field joined by 与 may be a verb's word.
    const joinedField = i + 2 + stem.indexOf('与') + 1;
    if (words.some((w) => NOT_IN_NAME.test(w.tag) && w.word.length >= 2 && !(stem.includes('与') && w.start === joinedField))) continue;
    const name = folded.slice(i, end);
    const hit: OrgHit = { start: i, end, kind: 'co', id: name, name, score: 0.75 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

// The words of two fields a national body joins by 与 (物流/n|与|采购/v): nouns or verbs of the language, no name.
const FIELD_WORD = /^(n|vn|v)$/;

/**
 * The stem at `at` joins two fields by one 与, each a word of two characters or more (中国|物流|与|采购|联合会), not the
 * country and another party (中国|与|东盟…: 与 opens the stem) nor a name (欧盟/j).
 */
function fieldsJoined(ctx: EntityContext, at: number, stem: string): boolean {
  const j = stem.indexOf('与');
  if (j < 2 || j !== stem.lastIndexOf('与') || j > stem.length - 3) return false;
  const { seg } = ctx;
  const before = seg.tokens[seg.tokenAt[at + j - 1] ?? -1];
  const joiner = seg.tokens[seg.tokenAt[at + j] ?? -1];
  const after = seg.tokens[seg.tokenAt[at + j + 1] ?? -1];
  return (
    !!before &&
    !!joiner &&
    !!after &&
    joiner.word === '与' &&
    before.end === at + j &&
    after.start === at + j + 1 &&
    before.word.length >= 2 &&
    after.word.length >= 2 &&
    FIELD_WORD.test(before.tag) &&
    FIELD_WORD.test(after.tag)
  );
}
