import type { Span } from '../../types.ts';
import type { SentenceFigure } from './figureSlots.ts';
import { readSpan as read, type IndicatorRead } from './indicatorRead.ts';
import { readBefore, readSubject } from './readPhrase.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { CHANGE_WORDS } from './indicatorWords.ts';
import { readShare, shareText } from './readShare.ts';
import { isHan } from '../../text/han.ts';

// 连续第7年提高企业退休人员基本养老金，全年人均增加1680元: a clause that raises or cuts something names what the next number changes.
const RAISED = /(?:提高|增加|上调|调高|降低|减少|下调|调低)([\u4e00-\u9fff]{4,16})$/;

const MAX_HEAD_AFTER_DE = 12;
// Nouns of money the segmenter tags as verbs (支出/v): after 的 they end a noun phrase all the same.
const MONEY_NOUN = /^(?:支出|收入|投资|储蓄|开支|拨款)$/;
// A subject clause with a relative clause in it (…为职工修建的住宅面积) is read whole up to this length.
const MAX_RELATIVE = 20;
// A head word after nouns is a noun whatever its tag (农业科学试验研究组织: 组织/v).
const isNounPhrase = (s: string) =>
  isHan(s) &&
  segmentPhrase(s).tokens.every(
    (t, k, all) =>
      /^(?:n|nz|vn|an|j|l|b)/.test(t.tag) || (k === all.length - 1 && k > 0 && t.tag === 'v' && /^(?:n|vn)/.test(all[k - 1]!.tag)),
  );

// 包括…在内, 下同: a note of scope; 据十二个省的不完全统计, 按可比价格计算: the source or the reckoning of the figures after;
// 由于不合理运输的减少: their cause.
const SCOPE_CLAUSE =
  /^(?:包括|不包括|包含|含|不含).*在内$|^下同|[)）]$|^(?:据|根据|依据|按|按照)[^,，]{0,16}(?:统计|计算|测算|核算|估算|估计)$|^(?:由于|因为)[^,，]{2,16}$/;

// 茶产业综合产值翻了一番，达到68.4亿元; 在校生规模翻了一番，由2.1万人增加到4.3万人: a doubling said in words (with the 规模 it
// doubles) is the clause's verb, and the figures after it measure its subject.
const DOUBLED = /(?:规模|总量)?(?:已经|已|又|再)?翻了?[一两三四几]?番$/;

/**
 * The subject a clause before this one in the sentence opens with (外贸出口从7月份开始大幅度回升，全年达到1949亿美元), when
 * no figure stands in that clause.
 */
export function previousClauseSubject(sentence: string, clause: Span, figures: readonly SentenceFigure[]): IndicatorRead | undefined {
  let end = clause.start - 1;
  while (end > 0 && /\s/.test(sentence[end - 1]!)) end--;
  if (end <= 0) return undefined;
  let start = end;
  while (start > 0 && !/[,，;；:：。]/.test(sentence[start - 1]!)) start--;
  // 工业总产值（不包括手工业产值，下同），包括原有企业和新建企业的在内，预计达到…: notes of scope (and of source: 社办的…组织，
  // 据十二个省的不完全统计，有七千六百九十个) stand between the subject and its figure; the subject is before them, up to its bracket.
  for (let guard = 0; guard < 3 && start > 1 && SCOPE_CLAUSE.test(sentence.slice(start, end)); guard++) {
    end = start - 1;
    start = end;
    while (start > 0 && !/[,，;；:：。]/.test(sentence[start - 1]!)) start--;
  }
  const open = Math.max(sentence.lastIndexOf('（', end - 1), sentence.lastIndexOf('(', end - 1));
  if (open >= start && !/[)）]/.test(sentence.slice(open, end))) end = open;
  if (figures.some((f) => f.start < end && f.end > start)) return undefined;
  const doubled = DOUBLED.exec(sentence.slice(start, end));
  if (doubled && doubled.index >= 2) end = start + doubled.index;
  // 在工农业生产总值中现代工业所占的比重，由1954年的33%…: a share is read with its part and whole.
  const share = readShare(sentence, { start, end });
  if (share?.subject) return { start: share.start, end: share.end, text: shareText(share), change: null, from: 'previous' };
  // 城乡居民按人口平均的消费水平，将比一九八○年增长…: a clause without a verb is a noun phrase, read whole as one before a number;
  // so is one that ends in a noun after 的 (中央各部和所属企业为职工修建的住宅面积，在1956年将达到…): its verbs are inside it.
  const tail = /的([\u4e00-\u9fff]{2,8})$/.exec(sentence.slice(start, end));
  const relative = tail !== null && (MONEY_NOUN.test(tail[1]!) || segmentPhrase(tail[1]!).tokens.every((t) => /^(?:n|nz|j)$/.test(t.tag)));
  const verbless = relative || !segmentPhrase(sentence.slice(start, end)).tokens.some((t) => t.tag.startsWith('v') && t.tag !== 'vn');
  const whole = verbless ? readBefore(sentence, { start, end }, relative ? MAX_RELATIVE : undefined) : undefined;
  const raised = RAISED.exec(sentence.slice(start, end));
  if (raised && /^n/.test(segmentPhrase(raised[1]!).tokens.at(-1)?.tag ?? ''))
    return read(sentence, { start: end - raised[1]!.length, end }, null, 'previous');
  let head = whole && whole.end - whole.start >= 2 && whole.end === end ? whole : readSubject(sentence, { start, end });
  // 每吨钢的综合能耗, 每百元…提供的税收利润: a subject that opens with a per-unit is read as a phrase before a number is.
  if (head.end - head.start < 2) head = readBefore(sentence, { start, end });
  if (head.end - head.start < 2) return undefined;
  // 工农业总产值的增长速度，一九八一年计划为百分之三点七: a clause that names a change as a noun names the change too.
  const rest = /^的?(.+)$/.exec(sentence.slice(head.end, end));
  const named = rest ? CHANGE_WORDS.find(([w]) => w === rest[1] && w.length > 1) : undefined;
  // 每吨钢的综合能耗，由上年的2.51吨煤…: a clause that is all one noun phrase is the subject whole, its head after 的.
  if (!named && rest && sentence[head.end] === '的' && rest[1]!.length <= MAX_HEAD_AFTER_DE && isNounPhrase(rest[1]!))
    head = { ...head, end };
  // 机制纸、铝制品、搪瓷制品、自行车、收音机等主要日用品: a list closed by 等 too long to read whole is its class, the head after 等.
  const firstItemCut = head.start > sentence.indexOf('、', start);
  const classHead = firstItemCut && head.end === end ? LIST_CLASS.exec(sentence.slice(start, end)) : null;
  if (classHead) head = { start: end - classHead[1]!.length, end };
  return read(sentence, head, named ? named[1] : null, 'previous');
}

// A list closed by 等 and the class it names (…、收音机等主要日用品).
const LIST_CLASS = /、[^,，;；:：。]*等([\u4e00-\u9fff]{2,8})$/;

/**
 * 农民人均纯收入，…平均每年增长８．６％；城镇居民人均生活费收入，１９８２年为４９４．５元: a clause of a noun alone that opens a
 * new stretch of the sentence (after ；) is the topic of the figures after it, not the figure before the ；.
 */
export function topicAfterBreak(sentence: string, clause: Span, figures: readonly SentenceFigure[]): boolean {
  const end = clause.start - 1;
  if (end <= 0 || !/[,，]/.test(sentence[end]!)) return false;
  let start = end;
  while (start > 0 && !/[,，;；:：。]/.test(sentence[start - 1]!)) start--;
  if (start === 0 || !/[;；]/.test(sentence[start - 1]!)) return false;
  // 扣除物价上涨因素，…: a clause that opens with a verb or a preposition states a deed or a reckoning, not a topic.
  if (!/^(?:n|nz|nt|ns|nr|vn|j|l|b|zg|an)/.test(segmentPhrase(sentence.slice(start, end)).tokens[0]?.tag ?? '')) return false;
  const subject = previousClauseSubject(sentence, clause, figures);
  if (subject === undefined || subject.end !== end) return false;
  // A list closed by 等 names its class, the words after 等 (…、收音机等主要日用品).
  const listed = LIST_CLASS.test(sentence.slice(start, end)) && subject.text === LIST_CLASS.exec(sentence.slice(start, end))![1];
  return (subject.start === start && subject.end - subject.start >= 4) || listed;
}
