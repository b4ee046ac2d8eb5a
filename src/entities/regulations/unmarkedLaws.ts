import type { Span } from '../../types.ts';
import type { Segmentation, Token } from '../segment.ts';
import { tagOf, wordEndingAt, wordParts } from '../segment.ts';
import { roleOf } from '../spanBoundary.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { isHan } from '../../text/han.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { isListJoinerWord } from '../../text/listJoiners.ts';

// The branches of the legal system named by one character and 法 (the State Council Information Office's white paper
// 《中国特色社会主义法律体系》, 2011: 宪法, 民法, 商法, 刑法): the one two-character word in 法 that is a law. Every
// other one is a way (方法, 办法, 做法) or an act (执法, 守法, 立法, 违法, 司法).
const BRANCHES: ReadonlySet<string> = new Set(['宪法', '民法', '商法', '刑法']);
// Laws as a jurist sorts them, by rank (上位法, 下位法) or by what they govern (部门法, 实体法, 程序法): a class, never one law
// (纠正与上位法不一致的规范性文件).
const CLASSES_OF_LAW: ReadonlySet<string> = new Set(['上位法', '下位法', '部门法', '实体法', '程序法']);
// What a law is named for: a field or a thing (专利, 公司, 教师, 所得税) or what it does about it (保障, 促进, 防治, 许可).
const SUBJECT_TAGS = /^(n|vn|v|nz|nr|ns|nt|j|l)$/;
const PROPER_TAGS = /^(ns|nz|nt)$/;
// A law named for what it does (防治法, 促进法) is named with its object too (大气污染|防治法, 就业|促进法, 未成年人/l|保护法):
// the nouns before it, a body's name too (人民检察院|组织法, the organic law of a body).
const FRONT_TAGS = /^(n|vn|an|nz|ns|nt|j|i|l)$/;
// Words before a law that say whose or which law, not what it is about (国家|教师法, 有关|法律): never the front of its name.
const NOT_FRONT = new Set(['国家', '我国', '全国', '有关', '相关', '现行', '各项']);
// The names of a region or a state whose laws are its own: a special administrative region, a republic.
const LAW_REGION = /(?:特别行政区|共和国)$/;
// Verbs that take a law as their object: made, amended, carried out, applied, publicized, obeyed, broken.
export const LAW_VERBS: readonly string[] = [
  '执行',
  '贯彻',
  '实施',
  '施行',
  '适用',
  '宣传',
  '遵守',
  '修改',
  '修订',
  '制定',
  '颁布',
  '起草',
  '违反',
  '依照',
  '依据',
  '按照',
  '根据',
  // A law is carried out and studied as a rule is (落实反电诈法, 组织民警学习治安管理处罚法).
  '落实',
  '学习',
];
// Verbs that take a method or a doctrine as well as a law (学习辩证法, 宣传唯物论、辩证法).
const TEACHING_VERBS: ReadonlySet<string> = new Set(['学习', '宣传']);
const MAX_FRONT_WORDS = 3;
const IMPLEMENTING_RULE = /^(?:实施条例|实施细则|实施办法)/;
const NUMBERED_AMENDMENT = /^修正案[（(][一二三四五六七八九十]{1,3}[）)]/;
// The words read below: in Chinese characters, ending with 法 (or 法典, a code's).
const ENDS_AS_LAW = wordFlag((w) => (w.endsWith('法') || w.endsWith('法典')) && isHan(w));

/**
 * A draft written after a law or a rule (银行业监督管理法草案, 对外贸易法修订草案, 个人所得税法修正案（草案）, …条例（草案）):
 * only a law or a rule has a draft, so the draft names it whatever verb stands before (提出, 提请, 通过).
 */
export const DRAFT_AFTER = /^(?:(?:修订|修正)?草案|修正案|[（(](?:修订|修正)?草案[）)])/;
// Only a law is inspected or reported on for how it is carried out (乡村振兴促进法实施情况, 安全生产法执法检查), or said to
// come into force (随着义务教育法的实施, …法的颁布).
const ENFORCED_AFTER = /^(?:(?:贯彻)?实施情况|执法检查|实施以来|施行以来|的(?:实施|施行|颁布|颁行))/;
// 反|电诈|法 as one word jieba does not know (反电诈法/x), 反洗钱法: a law against a thing, whatever its tag.
const AGAINST_LAW = /^反[\u4e00-\u9fff]{2,}法$/;
// Where a law's name joins two things (军人地位和权益保障法, 基本医疗卫生与健康促进法): the join inside it.
const INNER_JOINS = new Set(['和', '与']);
const MAX_JOINED_FRONT = 6;

/**
 * Laws named without title marks (遵守宪法和法律, 认真贯彻执行专利法, 严格依照宪法和基本法): a word of jieba's that is a
 * subject and 法 (专利|法, 公司|法, 基本|法, 环境保护 法), a branch of law (宪法), or a branch after the name of its state
 * (中华人民共和国宪法). Not a way or an act (教学方法, 实施办法, 严格执法, 遵纪守法), 该法, nor a slogan (八字宪法: a count).
 * @param covered spans already read as documents (title marks and their citations)
 */
export function findUnmarkedLaws(seg: Segmentation, folded: string, covered: readonly Span[]): Span[] {
  const taken = SpanCover.lazy(folded.length, covered);
  const out: Span[] = [];
  const tokens = seg.tokens;
  const lawWords = tokensWith(seg, ENDS_AS_LAW);
  const isJoin = (k: number) => k >= 0 && k < tokens.length && isListJoinerWord(tokens[k]!.word);
  // The law the word before a list's join ends (贯彻监察法、…; 落实《未成年人保护法》和…): one read here or in title marks.
  const documentEndsAt = (at: number) =>
    (out.length > 0 && out[out.length - 1]!.end === at) ||
    covered.some((c) => c.end === at || (c.end === at - 1 && folded[c.end] === '》'));
  // A two-character noun in 法 (水法) after a law and a join, or before a join and a law (水法、防洪法).
  const listedWithLaws = (k: number) => {
    const w = tokens[k]!;
    if (w.word.length !== 2 || w.tag !== 'n' || tagOf(w.word[0]!) !== 'n') return false;
    if (isJoin(k - 1) && documentEndsAt(tokens[k - 1]!.start)) return true;
    const next = tokens[k + 2];
    return isJoin(k + 1) && !!next && next.word.endsWith('法') && next.word.length >= 3 && isLaw(next.word);
  };
  // The start of a law's name that joins two things (军人|地位|和|权益|保障法), read back over one inner join to the verb or
  // the list that cites it; undefined where nothing cites it. A join right after another law lists laws, not things.
  const joinedFront = (first: number): number | undefined => {
    let joins = 0;
    for (let k = first - 1; k >= Math.max(0, first - MAX_JOINED_FRONT); k--) {
      const w = tokens[k]!;
      if (w.end !== tokens[k + 1]!.start || !isHan(w.word)) return undefined;
      if (INNER_JOINS.has(w.word)) {
        if (++joins > 1 || k === first - 1 || documentEndsAt(w.start) || tokens[k - 1]?.word.endsWith('法')) return undefined;
        continue;
      }
      if (!/^(?:n|vn|an|a|nz|ns|nt|j|l|v)$/.test(w.tag) || LAW_VERBS.some((v) => w.word.endsWith(v))) return undefined;
      if (joins === 1 && cited(w.start)) return w.start;
    }
    return undefined;
  };
  // The first word at or after `at` that is no verb: 开展 before 乡村振兴促进法实施情况 launches the inspection.
  const nounFrom = (at: number, limit: number) => {
    let k = seg.tokenAt[at]!;
    while (tokens[k]!.tag === 'v' && tokens[k]!.end < limit) k++;
    return tokens[k]!.start;
  };
  // A verb of law cites what follows it; a second law of a list (贯彻监察法、公职人员政务处分法; 依照…处分法和监察法实施条例)
  // is cited by the verb of the first.
  // `bare`: the law is named by its act alone (辩证|法), which 学习 and 宣传 take as a method or a doctrine too.
  const cited = (at: number, bare = false) => {
    const before = wordEndingAt(seg, at);
    if (!before) return false;
    const verb = LAW_VERBS.find((v) => before.word.endsWith(v));
    if (verb) return !(bare && TEACHING_VERBS.has(verb));
    // 修改了|个人所得税法: the verb's aspect mark between it and the law.
    if (before.word === '了') {
      const verb = wordEndingAt(seg, before.start);
      if (verb && LAW_VERBS.some((v) => verb.word.endsWith(v))) return true;
    }
    return isListJoinerWord(before.word) && documentEndsAt(before.start);
  };
  // 反|家庭暴力|法, 反|电信|网络|诈骗|法: a law against a thing is named with its 反, which jieba leaves a word of its own;
  // 反 and a thing before 法 name a law wherever they stand.
  // Not the 反 of 违反 (违反|劳动法); jieba glues it to what it cannot read before it (法和反/x) as often.
  // 反有|组织|犯罪|法: jieba glues 反 to the first character of the thing instead (反有/x), so the law starts at that word.
  const againstStart = (at: number): number | undefined => {
    const before = wordEndingAt(seg, at);
    if (!before) return undefined;
    if (before.word === '反' || (before.tag === 'x' && before.word.endsWith('反'))) return at - 1;
    return before.tag === 'x' && before.word.length === 2 && before.word[0] === '反' && isHan(before.word) ? before.start : undefined;
  };
  const against = (at: number) => againstStart(at) !== undefined;
  for (let n = 0; n < lawWords.length; n++) {
    const i = lawWords[n]!;
    const t = tokens[i]!;
    // 民法典: a branch's code, the one law whose name ends in 典.
    const code = t.word.endsWith('法典') && BRANCHES.has(t.word.slice(0, -1));
    if ((t.word[t.word.length - 1] !== '法' && !code) || !isHan(t.word) || CLASSES_OF_LAW.has(t.word)) continue;
    const drafted = DRAFT_AFTER.test(folded.slice(t.end, t.end + 6));
    const enforced = ENFORCED_AFTER.test(folded.slice(t.end, t.end + 6));
    let start: number | undefined;
    // 食品|安全法/nr: a quality (安全/an) names a law only with the thing it is about before it, cited as a whole.
    const quality = !code && !isLaw(t.word) && namesQuality(t.word);
    if (code || isLaw(t.word) || AGAINST_LAW.test(t.word) || quality) start = t.start;
    else if (t.word === '法' && i > 0 && tokens[i - 1]!.end === t.start && namesSubject(tokens[i - 1]!.word) && !usedAsMethod(tokens, i))
      start = tokens[i - 1]!.start;
    // 对外|贸易法 before its draft: a law whose front jieba glued to a word of its own.
    else if (drafted && t.word.length >= 3 && isLaw(wordParts(t.word).slice(-1)[0]!)) start = t.start;
    // 《河道管理条例》和水法, 执行水法、防洪法: a law of one character's subject is told from a way (书法, 刀法) by the
    // laws it is listed with.
    else if (listedWithLaws(i)) start = t.start;
    if (start === undefined) continue;
    // A law named for what it does (自治, 保障, 促进) is told from a method (满负荷工作法, 窑外分解法, 辩证法) by a verb of
    // law before it (执行民族区域自治法, 贯彻实施行政许可法) or its draft after it (银行业监督管理法草案), and named with
    // its object (大气污染|防治法): see cited.
    // 反|家庭暴力|法: see against.
    const first = tokens[seg.tokenAt[start]!] === t ? i : i - 1;
    if (quality || actedOn(folded.slice(start, t.end - 1))) {
      // …with its object (大气污染|防治法), and with the act it is named for too (预防|未成年人|犯罪法).
      const nouns = withFront(tokens, first, start);
      const acts = withFront(tokens, first, start, true);
      if (acts < nouns && (cited(acts) || against(acts))) start = acts;
      // Uncited, the act's front is read only from its first noun: 开展|乡村振兴促进法实施情况 is launched, not the law.
      else if (acts < nouns && enforced && !quality && nounFrom(acts, nouns) < nouns) start = nounFrom(acts, nouns);
      else if (cited(nouns, nouns === start) || against(nouns) || ((drafted || enforced) && (nouns < start || !quality))) start = nouns;
      else {
        const joined = joinedFront(first);
        if (joined === undefined) continue;
        start = joined;
      }
      if (quality && start === t.start) continue;
    } else if (!BRANCHES.has(t.word)) {
      // A law named for a thing has its nouns before it too (公职人员|政务|处分法), where a verb of law cites the whole.
      // …and the act it is named for (保守国家秘密法), read only back to a verb of law.
      const front = withFront(tokens, first, start, true);
      const nouns = withFront(tokens, first, start);
      if (front < start && cited(front)) start = front;
      else if (nouns < start && (cited(nouns) || against(nouns) || drafted)) start = nouns;
    }
    start = againstStart(start) ?? start;
    // 香港特别行政区|基本法 (…基本法正在拟订, …基本法得到贯彻执行): the region or state a law is of, written right before it, is
    // its name's front, cited by a verb or not; without it the law would be read as another region's (澳门特别行政区基本法).
    const of = wordEndingAt(seg, start);
    if (of && PROPER_TAGS.test(of.tag) && LAW_REGION.test(of.word)) start = of.start;
    // 监察法实施条例: the rule that implements the law is named by the law and its head.
    // 刑法修正案（十一）: an amendment numbered after the law is a law text of its own, named by the law, 修正案 and its number.
    const rule = IMPLEMENTING_RULE.exec(folded.slice(t.end, t.end + 4)) ?? NUMBERED_AMENDMENT.exec(folded.slice(t.end, t.end + 12));
    // 组织流亡伪政府，公布伪宪法: a law called counterfeit is a rival regime's charter, not the law its name reads.
    if (folded[start - 1] === '伪') continue;
    const law = { start, end: t.end + (rule ? rule[0].length : 0) };
    if (taken.overlaps(law)) continue;
    taken.add(law);
    out.push(law);
  }
  // 提出了劳动合同法、妇女权益保障法和个人所得税法修正案（草案）: laws listed before a law read (by its verb, its draft, its
  // marks) are cited with it, whatever verb stands before the list; read back from the last, so that a list of any length
  // is, each with the nouns jieba cut off before it (妇女|权益|保障法).
  const documentStartsAt = (at: number) =>
    out.some((o) => o.start === at) || covered.some((c) => c.start === at || (c.start === at + 1 && folded[at] === '《'));
  const listed = out.length;
  for (let n = lawWords.length - 1; n >= 0; n--) {
    const i = lawWords[n]!;
    const t = tokens[i]!;
    const join = tokens[i + 1];
    if (!join || join.start !== t.end || !isListJoinerWord(join.word) || !documentStartsAt(join.end)) continue;
    if (!isLaw(t.word) && !namesLawInList(t.word)) continue;
    let start = withFront(tokens, i, t.start);
    start = againstStart(start) ?? start;
    const law = { start, end: t.end };
    if (taken.overlaps(law)) continue;
    taken.add(law);
    out.push(law);
  }
  return out.length > listed ? out.sort((a, b) => a.start - b.start) : out;
}

// 未按因素法分配, 采用成本法评估: a way of working the sums out, taken up by 按 or a verb of using and doing the work after it.
const METHOD_TAKEN_BY = new Set(['按', '采用', '采取', '运用', '使用', '利用', '用']);
const WORK_TAGS = /^(v|vn)$/;

/** Whether the subject and 法 at `lawAt` (因素|法) is a method that the words around it use, not a law. */
function usedAsMethod(tokens: readonly Token[], lawAt: number): boolean {
  const before = tokens[lawAt - 2];
  const after = tokens[lawAt + 1];
  return !!before && METHOD_TAKEN_BY.has(before.word) && !!after && after.start === tokens[lawAt]!.end && WORK_TAGS.test(after.tag);
}

/**
 * A word jieba made of a subject and 法 (合同|法: 合同/a, a subject that isLaw does not take for one), as a law's name
 * reads only where it is listed with laws: no way or act of one word (方法, 执法, 疗法) ends in a 法 of its own.
 */
function namesLawInList(word: string): boolean {
  if (word.length < 3 || !word.endsWith('法') || !isHan(word)) return false;
  const parts = wordParts(word);
  if (parts.length < 2 || parts[parts.length - 1] !== '法') return false;
  return parts.slice(0, -1).every((p) => {
    const role = roleOf({ word: p, tag: tagOf(p) });
    return role === 'content' || role === 'predicate';
  });
}

function isLaw(word: string): boolean {
  if (BRANCHES.has(word)) return true;
  const parts = wordParts(word);
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1]!;
  const stem = word.slice(0, -last.length);
  if (last === '法') return namesSubject(stem);
  // 中华人民共和国|宪法, 澳门特别行政区|基本法: a state's or a region's law; 行政|诉讼法: a field's kind of a law.
  if (BRANCHES.has(last)) return wordParts(stem).some((p) => PROPER_TAGS.test(tagOf(p)));
  // 刑事|诉讼法: a kind of a law told by a distinguishing word (刑事/b), as 民事|诉讼法 by a noun.
  if (last.length >= 3 && isLaw(last))
    return wordParts(stem).some((p) => PROPER_TAGS.test(tagOf(p))) || namesSubject(stem) || wordParts(stem).every((p) => tagOf(p) === 'b');
  return false;
}

/** 安全|法: a quality a law is named for (安全/an), only with the thing it is about before it. */
function namesQuality(word: string): boolean {
  const parts = wordParts(word);
  return parts.length === 2 && parts[1] === '法' && tagOf(parts[0]!) === 'an';
}

/** A stem that names what a law is about: content words, the last one a subject (not 根本/a, 该, 八字 a count). */
function namesSubject(stem: string): boolean {
  if (stem.length < 2 || !isHan(stem)) return false;
  const words = wordParts(stem).map((word) => ({ word, tag: tagOf(word) }));
  return words.every((w) => roleOf(w) === 'content' || w.tag === 'v') && SUBJECT_TAGS.test(words[words.length - 1]!.tag);
}

/** A law named for what it does (防治, 促进, 保障) names its object before it; one named for a thing (专利, 宪) is whole. */
function actedOn(stem: string): boolean {
  const parts = wordParts(stem);
  return /^(v|vn|nr)$/.test(tagOf(parts[parts.length - 1]!));
}

/** The law's name with the nouns jieba cut off before it (大气|污染|防治法): the start of the first of them. */
function withFront(tokens: readonly Token[], first: number, start: number, acts = false): number {
  let at = start;
  // 保守|国家|秘密法: 国家 inside the name, after the act the law is named for; only first in a name is it whose law.
  let whose = start;
  for (let k = first - 1; k >= Math.max(0, first - MAX_FRONT_WORDS); k--) {
    const w = tokens[k]!;
    if (w.end !== at || w.word.length < 2 || !isHan(w.word)) break;
    if (!(FRONT_TAGS.test(w.tag) || (acts && w.tag === 'v'))) break;
    if (NOT_FRONT.has(w.word) && !acts) break;
    // jieba files some verbs of law with their adverb as a noun (认真执行/n): the verb before the law, not its object.
    if (LAW_VERBS.some((v) => w.word.endsWith(v))) break;
    if (!NOT_FRONT.has(w.word)) whose = w.start;
    at = w.start;
  }
  return acts ? whose : at;
}
