import { tagOf, type Token } from '../segment.ts';
import { isCommonWord } from './untitledNames.ts';

// Nouns of staff and officers end in 员 or 警 (关员, 调解员, 驾驶员, 研究员, 交警, 特警): whatever the trade, one such noun
// right before a name is who the name is, as 演员 and 民警 are in the list above. Not the verbs and counts jieba files as
// nouns (动员, 裁员, 满员), nor alarms (报警, 火警). A trade's worker is named so too, by a word of three characters or
// more ending in 工 (采油工马艳芳, 电焊工, 钢筋工); not 员工 or 职工, which reports write before what workers have.
const STAFF_NOUN = /^(?:[\u4e00-\u9fff]+[员警]|[\u4e00-\u9fff]{2,}工)$/;
const NOT_STAFF = new Set([
  '动员',
  '总动员',
  '裁员',
  '减员',
  '满员',
  '超员',
  '定员',
  '全员',
  '冗员',
  '复员',
  '报警',
  '预警',
  '示警',
  '火警',
]);

/**
 * A word jieba reads as a noun of staff or officers (关员/n, 调解员/n), or one it does not know whose head before 员 is a
 * word of the language or opens on a verb, the trade (抄表员/x: 抄/v|表).
 */
export function isStaffNoun(t: Token): boolean {
  if (t.word.length < 2 || !STAFF_NOUN.test(t.word) || NOT_STAFF.has(t.word)) return false;
  if (t.tag === 'n') return true;
  const head = t.word.slice(0, 2);
  return t.tag === 'x' && t.word.length === 3 && t.word.endsWith('员') && (isCommonWord(head) || /^v/.test(tagOf(head[0]!)));
}

/**
 * The staff noun that ends at token `k`: one word (关员/n), or a trade's verb and 员 that jieba cut apart (报账/v|员/zg,
 * 记账/v|员): the two are one noun of staff as 调解员 is.
 */
export function staffNounEndsAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (isStaffNoun(t)) return true;
  const verb = tokens[k - 1];
  return (
    t.word === '员' &&
    /^(zg|ng|n)$/.test(t.tag) &&
    !!verb &&
    verb.end === t.start &&
    verb.word.length === 2 &&
    /^(v|vn)$/.test(verb.tag) &&
    !NOT_STAFF.has(verb.word + '员')
  );
}
