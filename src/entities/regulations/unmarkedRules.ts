import type { Span } from '../../types.ts';
import type { Segmentation } from '../segment.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { DRAFT_AFTER, LAW_VERBS } from './unmarkedLaws.ts';
import { isHan } from '../../text/han.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { endsOf, matchesEndingAt } from '../../text/matchesNear.ts';
import { wordIndex } from '../../text/occurrences.ts';
import { isListJoinerWord } from '../../text/listJoiners.ts';

// The kinds of rule the party and the state name by their subject (中国共产党纪律处分条例, 信访工作条例, 中国共产党廉洁自律准则,
// 廉洁从业若干规定, 中央八项规定实施细则): the head a named rule ends with, whatever it is about.
// 实施条例 and 暂行条例 are one head: 执行监察法实施条例 names the law's implementing rule, not 实施 carried out.
// A body's rules of procedure are its 工作规则, 议事规则 or 决策规则 (监督执纪工作规则), named by whose or what work they rule.
// A 规定 is as often a provision (有关规定, 按照规定) as a rule: only a 管理规定 or 暂行规定 with a long subject names one
// (清源市城市绿化管理规定), as 办法 does, and a bare 规定 with a longer one still (地方党政领导干部安全生产责任制规定).
const RULE_HEAD = /(?:实施条例|暂行条例|条例|准则|(?:若干|管理|暂行)?规定|实施细则|(?:工作|议事|决策)规则|(?:实施|暂行|管理)?办法)/g;
const MIN_PROVISION_SUBJECT = 8;
// Every head ends with one of these and is at most four characters long: the pattern is tried only before their places.
const HEAD_ENDS = wordIndex(['条例', '准则', '规定', '细则', '规则', '办法']);
const LONGEST_HEAD = 4;
// 办法 is far more often a way (想办法, 经济办法, 具体办法, 药品管理办法) than a rule: only a long subject names one
// (公务员考试录用违纪违规行为处理办法).
const MIN_MEASURES_SUBJECT = 6;
// Verbs that carry out, cite or issue a rule, besides those of a law: a rule is 落实ed, 学习ed, 出台ed, 依据ed.
// A legislature approves, amends and repeals one too (批准…城市绿化条例, 修正…人口与计划生育条例, 废止…养老保险条例).
const RULE_VERBS: readonly string[] = [
  ...LAW_VERBS,
  '落实',
  '学习',
  '依据',
  '对照',
  '遵照',
  '遵循',
  '出台',
  '公布',
  '印发',
  '批准',
  '修正',
  '废止',
];
// A legislature passes a rule (审议通过了…养犬管理条例, 表决通过…条例); 通过 alone is as often "by way of" (通过推行…等办法).
const PASSED = /(?:(?:审议|表决)通过了?|通过了)$/;
// The rule as it stands after a verb that made or changed it, with 的 between (修订后的|…条例, 新修订的|…, 人大通过的|…).
const AMENDED_BEFORE = /(?:修订|修正|修改|颁布|制定|通过)后?$/;
// What is passed or amended is as often a kind of rule (审议通过单行条例2件, 修订后的自治条例): only a long subject names one.
const MIN_PASSED_SUBJECT = 4;
// One-character prepositions of law, as words of their own (按国家公务员条例的规定).
const RULE_PREPOSITIONS = new Set(['按', '依', '照', '据']);
// A rule named by the party or the state names its issuer first (…修订的中国共产党纪律处分条例): no verb needed before it.
const STATE_PREFIX = /^(?:中国共产党|中华人民共和国|中共中央|国务院)/;
// Words that say which rules without naming one (有关条例, 工作条例, 这些准则, 管理条例).
const GENERIC = /有关|相关|工作|管理|具体|暂行|实施|各项|各种|这些|这个|该|本|新|行为|其/g;
// A rule's subject joins two things by 与 (人口与计划生育条例, 水土保持与生态建设条例); 和 lists documents as often.
const INNER_JOIN = '与';
// Words that end the name on its left: function words (的, 和, 在, 了) and any other mark.
const STOP_TAGS = /^(?:uj|ul|uz|ug|uv|ud|c|cc|p|r|rr|rz|m|q|w)$/;
const MAX_NAME = 26;

// The last characters of those verbs: most words of a rule's subject end with none, and are told so by one array read.
const VERB_LAST = new CodeSet([...RULE_VERBS, ...RULE_PREPOSITIONS].map((v) => v[v.length - 1]!));

const endsWithVerb = (word: string) =>
  VERB_LAST.at(word, word.length - 1) && (RULE_PREPOSITIONS.has(word) || RULE_VERBS.some((v) => word.endsWith(v)));

// What jieba may join to a head into one word (医疗机构|管理条例), or join to the word before it (项目管理|办法).
const HEAD_FRONTS = new Set(['管理', '实施', '暂行']);
const SHORT_SUBJECT_HEADS = /(?:办法|管理规定|暂行规定)$/;

/**
 * Where the head matched at `at` starts a word: at `at`; or where jieba read the head with a front (管理条例) as one word, at
 * that word; or where the head's front ends the word before (项目管理|办法), after it. Undefined where the head is the end
 * of a longer word.
 */
function headStart(seg: Segmentation, at: number, end: number): number | undefined {
  const k = seg.tokenAt[at] ?? -1;
  if (k < 0) return undefined;
  const t = seg.tokens[k]!;
  if (t.start === at) return at;
  const front = t.word.slice(0, at - t.start);
  if (t.end === end && HEAD_FRONTS.has(front)) return t.start;
  if (t.end < end && HEAD_FRONTS.has(seg.tokens[k]!.word.slice(at - t.start)) && seg.tokens[k + 1]?.start === t.end) return t.end;
  return undefined;
}

/**
 * Rules named without title marks (严格执行党政机关厉行节约反对浪费条例, 依据问责条例, 落实宗教事务条例, 学习新修订的中国共产党
 * 纪律处分条例): a rule's head (条例, 准则, 若干规定, 实施细则) and the words of its subject before it, read back to the verb
 * that carries it out or cites it (执行, 落实, 按照, 依据; 公布了) — or, without a verb, to its issuer named first (中国共产党,
 * 中华人民共和国) or, where its draft follows it (黑土地保护条例（修订草案）), to the first function word. Not a rule named
 * only by a general word (工作条例, 有关条例, 行为准则), nor one after a noun or 的 without its issuer (各个方面的工作条例,
 * 法令和条例).
 * @param covered spans already read as documents
 */
export function findUnmarkedRules(seg: Segmentation, folded: string, covered: readonly Span[]): Span[] {
  const taken = new SpanCover(folded.length, covered);
  const out: Span[] = [];
  const { tokens, tokenAt } = seg;
  // A document read before (in title marks, or a law without them) ends at `at`.
  const documentEndsAt = (at: number) => [...covered, ...out].some((c) => c.end === at || (c.end === at - 1 && folded[at - 1] === '》'));
  for (const m of matchesEndingAt(folded, RULE_HEAD, endsOf(folded, HEAD_ENDS), LONGEST_HEAD)) {
    const end = m.index! + m[0].length;
    const headAt = headStart(seg, m.index!, end);
    // The head starts a word of its own (…|条例, …|若干|规定), not the end of a longer one.
    if (headAt === undefined) continue;
    const k = tokenAt[headAt]!;
    const head = folded.slice(headAt, end);
    let start = headAt;
    let cited = false;
    let passed = false;
    // The start of the name where it reaches back over an inner 与: kept only where a verb cites the whole.
    let beforeJoin: number | undefined;
    for (let j = k - 1; j >= 0; j--) {
      const w = tokens[j]!;
      if (w.end !== start || end - w.start > MAX_NAME) break;
      // 审议通过了霁川省|…: jieba glues the aspect mark to a name it does not know (了霁川省/x).
      if (w.tag === 'x' && w.word[0] === '了' && w.word.length > 1 && PASSED.test(folded.slice(Math.max(0, w.start - 4), w.start + 1))) {
        start = w.start + 1;
        cited = passed = true;
        break;
      }
      if (endsWithVerb(w.word)) {
        cited = true;
        break;
      }
      // 修订公布了|文化娱乐税条例: the verb's aspect mark between it and the rule.
      if (w.word === '了' && j > 0 && endsWithVerb(tokens[j - 1]!.word)) {
        cited = true;
        break;
      }
      // A second document of a list (土地管理法和基本农田保护条例) is cited by the verb of the first.
      if (isListJoinerWord(w.word) && j > 0 && documentEndsAt(tokens[j - 1]!.end)) {
        cited = true;
        break;
      }
      if (
        PASSED.test(folded.slice(Math.max(0, w.end - 5), w.end)) ||
        (w.word === '的' && AMENDED_BEFORE.test(folded.slice(Math.max(0, w.start - 3), w.start)))
      ) {
        cited = passed = true;
        break;
      }
      if (w.word === INNER_JOIN && beforeJoin === undefined && start < headAt && isHan(tokens[j - 1]?.word ?? '')) {
        beforeJoin = start;
        start = w.start;
        continue;
      }
      if (!isHan(w.word) || STOP_TAGS.test(w.tag)) break;
      start = w.start;
    }
    if (beforeJoin !== undefined && (!cited || start === tokens[tokenAt[beforeJoin]! - 1]!.start)) start = beforeJoin;
    const name = folded.slice(start, end);
    const subject = folded.slice(start, headAt).replace(GENERIC, '');
    if (SHORT_SUBJECT_HEADS.test(head) && subject.length < MIN_MEASURES_SUBJECT) continue;
    if (head === '规定' && subject.length < MIN_PROVISION_SUBJECT) continue;
    if (passed && subject.length < MIN_PASSED_SUBJECT) continue;
    if (subject.length < 2 || !(cited || STATE_PREFIX.test(name) || DRAFT_AFTER.test(folded.slice(end, end + 6)))) continue;
    // 准则 is as often a norm (国际关系准则, 行为准则) as a rule: only the party's or the state's own is named (中国共产党廉洁
    // 自律准则). A rule cited after a law (实施民族区域自治法若干规定) starts before the verb: the law is read, not the rule.
    if (head === '准则' && !STATE_PREFIX.test(name)) continue;
    if (folded[headAt - 1] === '法' && !head.startsWith('实施')) continue;
    const span = { start, end };
    if (taken.overlaps(span)) continue;
    taken.add(span);
    out.push(span);
  }
  return out;
}
