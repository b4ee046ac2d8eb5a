import type { EntityContext } from '../context.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { BODY_HEADS, NATIONAL_LEVEL_WORDS, ONE_PER_PLACE_HEADS, SECTOR_HEADS } from '../data/bodyHeads.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { tagOf, wordEndingAt, wordParts, type Segmentation, type Token } from '../segment.ts';
import { roleOf } from '../spanBoundary.ts';
import { worldNames } from '../world/worldNames.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// Tags of words that name something: places, people, bodies, other proper nouns and abbreviations.
const PROPER_TAGS = /^(ns|nr|nrt|nrfg|nz|nt|j)$/;
// 中西部, 内外部, 对外部: a direction and 部 is a part of something, not a ministry.
const DIRECTION_STEM = /^[东南西北中内外上下前后左右对]+$/;
const ANY_FIELD_HEADS = new Set(['部', '署', '局', '厅', '党']);
const ARMED_HEADS = new Set(['军', '部队']);
const LEVEL_STEM = /^[省市县区镇乡村][党委]?$/;
// 各级人民法院, 有关部委: every body of a kind, not one; so after levels listed together (县市区人大常委会, 其他市州人大常委会).
const RATING_BEFORE = /(优秀|先进|模范|示范|文明|标杆|五好)$/;
const EVERY_BEFORE = /(各|各级|有关|相关|该|本|每|其他|其它|县市区|市县区|县市|市县|县区|区县|市州|乡镇)$/;
// 新华社, 共同社: a news agency's name ends in 社.
const AGENCY_END = '社'.charCodeAt(0);
const NUMERAL = /[\d０-９零〇一二两三四五六七八九十百千万亿几数多]/;

/** The head noun a word ends with (财政|部, 中国|作协), when something stands before it. */
export function bodyHead(word: string): string | undefined {
  const heads = HEADS_BY_LAST.get(word[word.length - 1]!);
  return heads?.find((h) => word.length > h.length && word.endsWith(h));
}

const HEAD_SET = new Set(BODY_HEADS);
// The heads by their last character, longest first: most words end with none of them, and this says so at once.
const HEADS_BY_LAST = new Map<string, string[]>();
for (const h of BODY_HEADS) HEADS_BY_LAST.set(h[h.length - 1]!, [...(HEADS_BY_LAST.get(h[h.length - 1]!) ?? []), h]);

/**
 * Whether a stem before a body's head names one body: a proper name in it (中国|队, 新华|社, 伊朗|议会), or, before a
 * sector head, a word of a field (财政|部, 统计|局) or of the national level (中央|电视台). A stem of generic words (商业|银行,
 * 民间|组织), of a direction (中西|部) or with a count (国共两|党) names a kind or several bodies.
 */
export function stemNamesOneBody(stem: string, head: string): boolean {
  // 镇党|委, 市委|党校: a level's own body, read with the place the report means by other recognizers.
  if (!stem || DIRECTION_STEM.test(stem) || LEVEL_STEM.test(stem)) return false;
  // 利物浦|队: a place or name jieba knows whole is that one word, whatever shorter words its search cut finds in it (利物|浦).
  const whole = tagOf(stem);
  const words = /^(ns|nr|nrt|nz)$/.test(whole) ? [{ word: stem, tag: whole }] : wordParts(stem).map((word) => ({ word, tag: tagOf(word) }));
  // A count among the words (国共两|党) names several bodies; jieba tags some words with no numeral in them as numbers (少年).
  if (words.some((w) => roleOf(w) === 'count' && NUMERAL.test(w.word))) return false;
  // 美国公司, 中国大学: the companies or universities of a country, a kind; a bank or a ministry of a country is one (中国银行).
  if (/^(公司|集团|大学|学院)$/.test(head) && words.length === 1 && worldNames().has(stem)) return false;
  if (hasProperWord(words)) return true;
  // 全国|总工会, 全国|妇联, 全国|工商联: the national one of a body every place has one of.
  if (words.length === 1 && NATIONAL_LEVEL_WORDS.has(stem) && ONE_PER_PLACE_HEADS.has(head)) return true;
  // 全国人民|代表大会, 国家|经济委员会: a body of the whole nation, one of a kind (the provinces' are named by their place).
  if (words.length > 1 && NATIONAL_LEVEL_WORDS.has(words[0]!.word) && words.every((w) => roleOf(w) === 'content')) return true;
  // 人民解放|军, 人民武装警察|部队: an armed force jieba's dictionary knows by the cause or arm it is named for; 党政|军
  // lists the party, the government and the army.
  if (ARMED_HEADS.has(head) && !stem.includes('党') && words.some((w) => !isGenericWord(w))) return true;
  if (!SECTOR_HEADS.has(head)) return false;
  // A ministry, bureau or party is named by its field whatever the field (卫生部, 农业部, 统计局, 自由党); an academy or a
  // station by a field that is not a kind (卫生院, 中医院 are kinds of hospital).
  if (ANY_FIELD_HEADS.has(head)) return words.every((w) => roleOf(w) === 'content' || /^(v|vn)$/.test(w.tag));
  return words.some((w) => NATIONAL_LEVEL_WORDS.has(w.word) || !isGenericWord(w));
}

type TaggedWord = { word: string; tag: string };
const hasProperWord = (words: TaggedWord[]) =>
  words.some((w) => (PROPER_TAGS.test(w.tag) || (w.tag === 'x' && w.word.length > 1)) && !isGenericWord(w));

/**
 * A word whose head is the end of a two-character word of its own (新|格局, 人民|公社, 国际|舞台): no body's name. A longer
 * word around the head is a body's own (朝鲜|劳动党).
 */
export function headInsideAnotherWord(word: string, head: string): boolean {
  const headStart = word.length - head.length;
  let at = 0;
  for (const p of wordParts(word)) {
    const end = at + p.length;
    // 分局, 总社: a branch or head office is a body's own word.
    // 社|民党, 英国|工党, 解放军|海军: a word ending in 党 or 军 is a party's or an arm's own word, not a common noun
    // the head ends.
    if (at < headStart && end === word.length && (head === '党' || head === '军')) break;
    // 联合国|总部: a body's headquarters is where it sits, not a body.
    if (p === '总部' && end === word.length) return true;
    if (at < headStart && end > headStart && p.length === 2 && !PROPER_TAGS.test(tagOf(p)) && !/^[分总]/.test(p)) return true;
    at = end;
  }
  return false;
}

/** One body jieba's dictionary knows by name (新华社, 司法部, 中国残联, 伊朗议会), when its stem names one body. */
function dictionaryBody(word: string): string | undefined {
  // 通讯社, 出版社: a head noun on its own is the kind of body.
  if (HEAD_SET.has(word)) return undefined;
  const head = bodyHead(word);
  if (!head || headInsideAnotherWord(word, head)) return undefined;
  return stemNamesOneBody(word.slice(0, -head.length), head) ? head : undefined;
}

/**
 * Bodies jieba's dictionary tags as organization names (nt): ministries (外交部), news agencies (新华社), parties
 * (朝鲜劳动党), teams (中国女队), academies (中国科学院) … read where no earlier recognizer read anything.
 */
export function dictionaryBodies(ctx: EntityContext, taken: OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const words = tokensWith(seg, DICTIONARY_BODY_WORD);
  for (let n = 0; n < words.length; n++) {
    const t = seg.tokens[words[n]!]!;
    if (isAgencyWord(t) && !cover.any(t.start, t.end)) {
      const hit: OrgHit = { start: t.start, end: t.end, kind: 'co', id: t.word, name: t.word, score: 0.75 };
      out.push(hit);
      cover.add(hit);
      continue;
    }
    if ((t.tag !== 'nt' && t.tag !== 'nz') || t.word.length < 3 || !isHan(t.word) || cover.any(t.start, t.end)) continue;
    // 联合国总部/nt: the body whose seat it is, named by the word before 总部 where jieba knows that word as a body.
    if (t.word.endsWith('总部') && tagOf(t.word.slice(0, -2)) === 'nt') {
      const hit: OrgHit = { start: t.start, end: t.end - 2, kind: 'co', id: t.word.slice(0, -2), name: t.word.slice(0, -2), score: 0.75 };
      out.push(hit);
      cover.add(hit);
      continue;
    }
    if (EVERY_BEFORE.test(folded.slice(Math.max(0, t.start - 3), t.start))) continue;
    // 全国优秀|公安局, 先进|检察院: a body's word after a rating names the honour a kind of body wins, not one body.
    if (RATING_BEFORE.test(folded.slice(Math.max(0, t.start - 2), t.start)) && seg.boundaries.has(t.start)) continue;
    if (!(dictionaryBody(t.word) || namedCentre(t) || namedPublisher(t)) || headRunsOn(seg, folded, t.end)) continue;
    // 国家|新闻出版署, 中央|编译局: the national level word jieba cut off is the front of the name.
    // (国际|扶轮社: an international body's name opens with 国际, which jieba cut off.)
    const national = nationalLevelBefore(ctx, t.start) || internationalBefore(ctx, t);
    if (!national && runsOnBefore(seg, t)) continue;
    // jieba's other proper nouns (nz) hold teams of a sport as well as of a place (登山队): a team only of a country.
    if (t.tag === 'nz' && t.word.endsWith('队') && worldNames().get(t.word.slice(0, -1))?.place?.level !== 'country') continue;
    const modifier = national ? '' : partyModifierBefore(ctx, t);
    const opens = t.start - modifier.length;
    const name = (national || countryBefore(ctx, opens) || ordinalBefore(ctx, opens)) + modifier + t.word;
    const hit: OrgHit = { start: t.start - (name.length - t.word.length), end: t.end, kind: 'co', id: name, name, score: 0.75 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

/**
 * A centre jieba's dictionary knows as an organization (中国国际贸易中心/nt) and a proper name names (a centre of a field alone,
 * 科技开发中心, is a kind): 中心 heads no body by itself, too many common nouns end with it (市中心, 重心).
 */
function namedCentre(t: Token): boolean {
  if (t.tag !== 'nt' || !t.word.endsWith('中心') || t.word.length < 5) return false;
  return hasProperWord(wordParts(t.word.slice(0, -2)).map((word) => ({ word, tag: tagOf(word) })));
}

/**
 * A publisher jieba's dictionary knows as an organization (人民出版社/nt, 作家出版社/nt): the dictionary holds publishers by
 * name only, so its word is one however common the words of its name (人民, 作家) are.
 */
function namedPublisher(t: Token): boolean {
  return t.tag === 'nt' && t.word.length > 3 && t.word.endsWith('出版社');
}

/**
 * A news agency or society named by a proper word and 社, whatever tag jieba gives the whole (路透社/n, 美联社/nt with
 * 美|联社 inside): the two characters before 社 are a name to jieba (路透/nz, 美联/x), not a word of the language
 * (旅行社, 合作社, 出版社 are kinds, and so is 通讯社, a head of its own though jieba files 通讯 as a name).
 */
// The words dictionaryBodies reads, in Chinese characters, three or more: an agency's shape (…社) or jieba's organization or
// other proper noun (nt, nz; a tag not known yet too). Only these are visited; each is asked the full test there.
const DICTIONARY_BODY_WORD = wordFlag(
  (w, tag) =>
    w.length >= 3 &&
    isHan(w) &&
    (tag === 'nt' || tag === 'nz' || tag === '' || (w.length === 3 && w.charCodeAt(2) === AGENCY_END && !HEAD_SET.has(w))),
);

function isAgencyWord(t: Token): boolean {
  if (t.word.length !== 3 || t.word.charCodeAt(2) !== AGENCY_END || !isHan(t.word) || HEAD_SET.has(t.word)) return false;
  return /^(nz|nrt|nr|x)$/.test(tagOf(t.word.slice(0, 2)));
}

const CONJUNCTION_AFTER = /^[和与及]$/;

/**
 * The head's last character starts a word with the next one (铁道部|门 is 铁道|部门): the text
 * names departments or members, not the body. A title (部|长) is the body's head, read by `titledBodies`.
 */
function headRunsOn(seg: Segmentation, folded: string, end: number): boolean {
  const next = folded[end];
  // Only where jieba left the next character on its own: a word of its own after the name (议会|通过) is no run-on.
  if (!next || next === '长' || !isHan(next) || seg.tokens[seg.tokenAt[end]!]?.end !== end + 1) return false;
  // 中国作协|和|现代文学馆: a conjunction joins the body to the next name, whatever word its head makes with it (协和).
  if (CONJUNCTION_AFTER.test(next) && seg.boundaries.has(end + 1)) return false;
  const word = folded[end - 1]! + next;
  return tagOf(word) !== 'x' && roleOf({ word, tag: tagOf(word) }) === 'content';
}

/**
 * A common noun right before a word named by its field (城乡|建设局, 检察|日报社): the body's name starts further back, at a place
 * (`placeLedBodies`) or a level word jieba cut off; the word alone is not its name.
 */
function runsOnBefore(seg: Segmentation, t: Token): boolean {
  const prev = wordEndingAt(seg, t.start);
  if (prev && (prev.word === '和' || prev.word === '与') && fieldsOfUnitBefore(seg, prev.start)) return true;
  if (!prev || !/^(n|vn|an|ng)$/.test(prev.tag) || !isHan(prev.word)) return false;
  // A body named by a proper name (南非队, 中华人民共和国国务院) is whole whatever stands before it.
  const stem = t.word.slice(0, -(bodyHead(t.word)?.length ?? 0));
  return !hasProperWord(wordParts(stem).map((word) => ({ word, tag: tagOf(word) })));
}

/**
 * 美国商务部|工业|和|安全局: a field right after a body, then 和, opens a unit of that body named by two fields; the
 * dictionary's body after 和 is the unit's tail, not a body of its own (各级革委会|和|人民解放军 are two bodies).
 */
function fieldsOfUnitBefore(seg: Segmentation, andAt: number): boolean {
  const field = wordEndingAt(seg, andAt);
  if (!field || !/^(n|vn)$/.test(field.tag) || bodyHead(field.word)) return false;
  return wordEndingAt(seg, field.start)?.tag === 'nt';
}

// Titles of a body's head written right after its name (司法部长, 财政部长, 统计局长): the body is named in the title.
const HEAD_TITLE = /^(.+[部局署厅社])长$/;
const HEAD_TITLE_END = '长'.charCodeAt(0);

/**
 * A body named inside its head's title: 司法部长 is the minister of 司法部, 美国财政部长 the secretary of 美国财政部. The
 * body must be one jieba's dictionary knows as an organization (nt); a country written right before it is part of the name.
 */
export function titledBodies(ctx: EntityContext, taken: OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const titles = tokensWith(seg, TITLE_OR_TEAM_WORD);
  for (let n = 0; n < titles.length; n++) {
    const i = titles[n]!;
    const t = seg.tokens[i]!;
    const field = ministryOfField(ctx, i);
    if (field && !cover.any(field.start, field.end)) {
      const hit: OrgHit = { ...field, kind: 'co', id: field.name, score: 0.7 };
      out.push(hit);
      cover.add(hit);
      continue;
    }
    // By code: reading the character out of every word would make a string of it each time.
    if (t.word.length < 4 || t.word.charCodeAt(t.word.length - 1) !== HEAD_TITLE_END) continue;
    const m = HEAD_TITLE.exec(t.word);
    if (!m || !isHan(t.word)) continue;
    const body = m[1]!;
    if (body.length < 3 || tagOf(body) !== 'nt' || !dictionaryBody(body)) continue;
    const end = t.start + body.length;
    // 美国|前|商务部长: the former secretary of the country's ministry; the ministry is named as written, the country's.
    const former = /^[前原]$/.test(folded[t.start - 1] ?? '') ? countryBefore(ctx, t.start - 1) : '';
    const name = (former || countryBefore(ctx, t.start)) + body;
    const start = former ? t.start - 1 - former.length : end - name.length;
    if (cover.any(start, end)) continue;
    const hit: OrgHit = { start, end, kind: 'co', id: name, name, score: 0.75 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

/**
 * A country, a field and the head's title as three words (芬兰|农林|部长, 挪威|渔业|部长): the minister of the country's
 * ministry of that field (芬兰农林部), which jieba does not know by name.
 */
function ministryOfField(ctx: EntityContext, i: number): { start: number; end: number; name: string } | undefined {
  const { seg, folded } = ctx;
  const title = seg.tokens[i]!;
  // Asked of every word: the length and last character turn most away before the pattern is run.
  if (title.word.length !== 2 || title.word.charCodeAt(1) !== HEAD_TITLE_LAST) return undefined;
  const head = /^([部局署])长$/.exec(title.word)?.[1];
  const field = seg.tokens[i - 1];
  if (!head || !field || field.end !== title.start || !isHan(field.word) || field.word.length < 2) return undefined;
  if (field.tag !== 'n' || isGenericWord(field)) return undefined;
  const country = countryBefore(ctx, field.start);
  if (!country) return undefined;
  const start = field.start - country.length;
  return { start, end: title.start + 1, name: `${folded.slice(start, title.start)}${head}` };
}

const HEAD_TITLE_LAST = '长'.charCodeAt(0);

// Tags of a word that qualifies a party's name (新/a, 共同/d, 立宪/j or /nr) rather than acting on it or pointing at it.
const PARTY_MODIFIER_TAGS = /^(a|b|d|j|nr|x)$/;

/**
 * The words of a party's own name jieba cut off before the party word it knows (共同|民主党, 新|民主党, 和立宪/nr|民主党 with
 * the conjunction glued): one or two characters that qualify the name, not a verb, preposition or particle (支持|民主党,
 * 由|民主党, 的|民主党); '' when none.
 */
function partyModifierBefore(ctx: EntityContext, t: Token): string {
  if (!t.word.endsWith('党')) return '';
  const prev = wordEndingAt(ctx.seg, t.start);
  if (!prev || !isHan(prev.word) || !PARTY_MODIFIER_TAGS.test(prev.tag)) return '';
  // 和立宪/nr: the conjunction joining two parties, glued to the next party's first word, is no part of its name; a name
  // or unknown word alone there is no part of it either (a person's, a country's short name).
  const glued = prev.word.length === 3 && /^[和与及]/.test(prev.word);
  if (prev.tag === 'nr' || prev.tag === 'x') return glued ? prev.word.slice(1) : '';
  // An adverb of one character (也, 都, 还) says something of the clause, not of the party.
  if (prev.word.length > 2 || (prev.tag === 'd' && prev.word.length < 2)) return '';
  return prev.word;
}

/** A word of the national level written right before `at` (国家|新闻出版署), as one word of jieba's; '' when none. */
function nationalLevelBefore(ctx: EntityContext, at: number): string {
  const prev = wordEndingAt(ctx.seg, at);
  return prev && NATIONAL_LEVEL_WORDS.has(prev.word) ? prev.word : '';
}

/** 国际 written right before a body jieba knows whole (国际|扶轮社/nt), not one named by a country (国际|日本商会); '' when not. */
function internationalBefore(ctx: EntityContext, t: Token): string {
  const prev = wordEndingAt(ctx.seg, t.start);
  if (prev?.word !== '国际' || t.tag !== 'nt' || worldNames().get(t.word.slice(0, 2))) return '';
  return prev.word;
}

/** An ordinal written right before `at` (第一|机械工业部): one of a numbered series of bodies; '' when none. */
function ordinalBefore(ctx: EntityContext, at: number): string {
  const prev = wordEndingAt(ctx.seg, at);
  return prev && /^第[一二三四五六七八九十]+$/.test(prev.word) ? prev.word : '';
}

/** A country's name written right before `at` (美国|财政部长, 伊朗|议会), as one word of jieba's; '' when none. */
function countryBefore(ctx: EntityContext, at: number): string {
  const prev = wordEndingAt(ctx.seg, at);
  if (!prev) return '';
  return worldNames().get(prev.word)?.place?.level === 'country' ? prev.word : '';
}

// The words titledBodies (a head's title, …长) and placeTeams (a team's word) read: only these are visited.
const TITLE_OR_TEAM_LAST = new CodeSet(['长队篮足排团会阁军协']);
export const TITLE_OR_TEAM_WORD = wordFlag((w) => TITLE_OR_TEAM_LAST.at(w, w.length - 1));
