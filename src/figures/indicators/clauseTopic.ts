import type { Span } from '../../types.ts';
import type { Token } from '../../entities/segment.ts';
import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './findIndicator.ts';
import { readBefore } from './readPhrase.ts';
import { readAfter } from './readAfter.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { LIGHT_VERBS } from './indicatorWords.ts';
import { isHan } from '../../text/han.ts';

// A Chinese clause leaves out what the clause before it named (a topic chain): 全国设立的工人技术学校将达192所，招生9.7万人，
// 毕业2.7万人 (the school's pupils); 开展新型农村社会养老保险试点，3.58亿人参保 (insured in that scheme); 继续把“拨改贷”…转为国家
// 资本金，今年再转500亿元 (the same conversion). A figure whose own words are a bare verb names what it measures only with that
// topic, read here from the clauses before it in the sentence.

const NOUN = /^(?:n|nr|ns|nt|nz|ng|nrt|vn|j|b|an|eng|zg|l)$/;
const VERB = /^v/;
// Words a bare verb may carry that are not what it measures (再转, 先发行, 都只征收). Not an adverbial adjective: 直接投资 is
// a noun.
const ADVERB = /^(?:d|p|ul|uz|ug|c)$/;
// Adverbs the segmenter tags as nouns (城镇保障性住房基本建成: 基本/n): they end a subject, not lengthen it.
const NOUN_TAGGED_ADVERB = /^(?:基本|全部|总体|大部|大部分)$/;
// A duration (连续6年, 经过25年) is no item of a chain: it neither takes nor gives a topic.
const DURATION = /^(?:年|个月|天|日)$/;
// 其中出口2662亿美元: a part of a total is named in full by its own words, not a deed of the total.
const PART = /其中|这中间/;
// A chain passes its subject to the next noun item only for people counted (招生, 毕业学生, 在校学生 of one school).
const PEOPLE = /人(?:次)?$/;
const MIN_TOPIC = 3;
const DURATION_DEED = /^[一二三四五六七八九十两\d]{1,2}年(?:内|来|间|中)?(.+)$/;
// Scope words a clause opens with are no topic of their own (全国有8400多万人受益).
const SCOPE = /^(?:全国|全省|全市|全县|全区|全镇|我国|我省|我市|各地|全年)$/;
const CLAUSE_BREAK = /[,，;；:：。]/;
const MAX_TOPIC = 24;
const MAX_OBJECT = 12;

/**
 * Whether an indicator is a bare verb: one verb after its adverbs, no noun (参保, 再转, 新招生, 都只征收). Two verbs (教育支出,
 * 教育/v 支出/v) are a noun the segmenter did not join.
 */
export function bareVerb(text: string): boolean {
  if (!isHan(text)) return false;
  const tokens = segmentPhrase(text).tokens;
  return VERB.test(tokens.at(-1)!.tag) && tokens.slice(0, -1).every((t) => ADVERB.test(t.tag) || t.tag === 'a' || MODAL.test(t.word));
}

// Measures that say nothing without what they are of: coverage, take-up, a balance.
const OF_SOMETHING = /^(?:覆盖面|覆盖率|覆盖范围|参保率|参合率|普及率|入学率|余额|年末余额|招生数|招生人数|在校生数|毕业生数)$/;

// Words of plan before a verb (拟安排, 计划新增) say the status, not the deed: a verb after them is still bare.
const MODAL = /^(?:拟|计划|准备|将要|打算)$/;

// 再转, 先发行, 又增加: an adverb that says the deed is done again or in part names the same deed as before.
const AGAIN = /^(?:再|又|先|还|也|继续|再次|仍)/;

/** The verb of a bare verb without its adverbs (再转 → 转, 都只征收 → 征收). */
function verbOf(text: string): string {
  const tokens = segmentPhrase(text).tokens;
  let k = 0;
  while (k < tokens.length - 1 && (ADVERB.test(tokens[k]!.tag) || MODAL.test(tokens[k]!.word))) k++;
  return text.slice(tokens[k]!.start);
}

/**
 * Gives each bare-verb indicator of a sentence (figures and reads in text order) the topic its clause chain left unsaid: the
 * object of the same verb earlier in the sentence, the subject of the figures before it, or a clause that names only a noun.
 * Reads that share an earlier bare read (达到…, from 'previous') take the same words.
 */
export function giveTopics(sentence: string, figures: readonly SentenceFigure[], slots: readonly FigureSlot[], out: IndicatorRead[]): void {
  const topics: (string | undefined)[] = [];
  const verbal: boolean[] = [];
  const renamed = new Map<string, string>();
  for (let i = 0; i < out.length; i++) {
    const read = out[i]!;
    if (read.from === 'previous' && renamed.has(read.text)) {
      out[i] = { ...read, text: renamed.get(read.text)! };
      topics[i] = topics[i - 1];
      continue;
    }
    if (read.from === 'previous' || read.from === 'respectively' || DURATION.test(figures[i]!.baseUnit)) continue;
    if (partOf(sentence, slots[i]!.clause.start)) continue;
    // 小学校新招生2300万人，毕业1380万人，在校学生达到6200万人: after a subject's bare verb the next items of the chain are of
    // that subject too, whatever they are (毕业 is tagged a noun).
    const chained =
      i > 0 &&
      topics[i - 1] &&
      verbal[i - 1] &&
      read.from === 'before' &&
      PEOPLE.test(figures[i]!.baseUnit) &&
      PEOPLE.test(figures[i - 1]!.baseUnit) &&
      endsInNoun(read.text) &&
      inChain(sentence, figures, i);
    if (chained && !read.text.startsWith(topics[i - 1]!)) {
      topics[i] = topics[i - 1];
      verbal[i] = true;
      renamed.set(read.text, topics[i - 1]! + read.text);
      out[i] = { ...read, text: topics[i - 1]! + read.text };
      continue;
    }
    // 开展新型农村社会养老保险试点，3.58亿人参保，…，覆盖面扩大到60％以上: a measure that is only of something (覆盖面, 参保率)
    // is of the chain's topic.
    // 全国高等学校由675所增加到729所，招生数由28万人增加到31万人: else the noun the figure before counts.
    const relative =
      read.from === 'before' && OF_SOMETHING.test(read.text)
        ? (lastTopic(sentence, figures, topics, i) ?? countedBefore(sentence, figures, out, i))
        : undefined;
    if (relative) {
      renamed.set(read.text, relative + read.text);
      out[i] = { ...read, text: relative + read.text };
      continue;
    }
    if (!bareVerb(read.text)) {
      // 石油工业建设，五年投资154亿元: a deed named by one word after a span of years takes a clause of a noun alone before it.
      const deed = DURATION_DEED.exec(read.text)?.[1];
      const single =
        deed && read.from === 'before' && segmentPhrase(deed).tokens.length === 1 && /^v/.test(segmentPhrase(deed).tokens[0]!.tag);
      const topic = single ? nounClauseBefore(sentence, slots[i]!.clause.start) : undefined;
      if (topic) {
        renamed.set(read.text, topic.topic + deed);
        out[i] = { ...read, text: topic.topic + deed };
        continue;
      }
      // 小学校新招生: a subject with its bare verb opens a chain.
      const subject = read.from === 'before' ? leadingNoun(read.text, { start: 0, end: read.text.length }) : undefined;
      if (subject) [topics[i], verbal[i]] = [subject, true];
      continue;
    }
    const verb = verbOf(read.text);
    const again = AGAIN.test(read.text) ? repeatedVerb(sentence, verb, slots[i]!.clause.start) : undefined;
    // 改造约1亿人居住的城镇棚户区: a verb before 的 is of a relative clause, not the deed the people are moved to.
    const pivot =
      read.from === 'after' && PEOPLE.test(figures[i]!.baseUnit) && sentence[read.end] !== '的'
        ? pivotVerb(sentence, slots[i]!.before)
        : undefined;
    // A light verb opening a key is dropped (安排资金 → 资金): the deed it makes with the people's verb is kept after it (就业安排).
    const deed = pivot && LIGHT_VERBS.test(pivot + verb) ? verb + pivot : (pivot ?? '') + verb;
    const found = again ?? (pivot ? { topic: '', whole: deed } : chainTopic(sentence, figures, slots, out, topics, i));
    if (!found) continue;
    const text = found.whole ?? (found.topic.endsWith(verb) ? found.topic : found.topic + verb);
    topics[i] = found.topic || undefined;
    verbal[i] = true;
    renamed.set(read.text, text);
    out[i] = { ...read, text };
  }
}

/** The noun the figure right before figure i counts (高等学校 in 全国高等学校由675所…), in its stretch of the sentence. */
function countedBefore(sentence: string, figures: readonly SentenceFigure[], out: readonly IndicatorRead[], i: number): string | undefined {
  let k = i - 1;
  // 由675所增加到729所: the second number of a change shares the first's read.
  while (k > 0 && out[k]!.from === 'previous') k--;
  if (k < 0 || /[;；。]/.test(sentence.slice(figures[k]!.end, figures[i]!.start)) || out[k]!.from !== 'before') return undefined;
  const noun = nounHead(out[k]!.text);
  return noun === out[k]!.text && noun.length >= 2 ? noun : undefined;
}

/** The topic of the nearest figure before figure i in its stretch of the sentence (up to a ；) that has one. */
function lastTopic(
  sentence: string,
  figures: readonly SentenceFigure[],
  topics: readonly (string | undefined)[],
  i: number,
): string | undefined {
  for (let k = i - 1; k >= 0; k--) {
    if (/[;；。]/.test(sentence.slice(figures[k]!.end, figures[i]!.start))) return undefined;
    if (topics[k]) return topics[k];
  }
  return undefined;
}

/** Whether figure i follows figure i - 1 in one stretch of the sentence (no ；between them). */
function inChain(sentence: string, figures: readonly SentenceFigure[], i: number): boolean {
  return !/[;；。]/.test(sentence.slice(figures[i - 1]!.end, figures[i]!.start));
}

// 安排3700多万人就业, 带动200万人就业: the verb before the people counted and the verb they do make one deed (安排就业); not a
// verb of being (有, 是) or a verb of one character.
// A cause (造成5人死亡) leaves the second verb the people's own.
const NOT_PIVOT = /^(?:有|是|为|达到|共有|已有|超过|包括|造成|导致|致使|加上)$/;

/** The verb of two characters or more that ends the words before a count of people, past 了 and adverbs (共安排, 安置了). */
function pivotVerb(sentence: string, before: Span): string | undefined {
  const tokens = segmentPhrase(sentence.slice(before.start, before.end)).tokens;
  let k = tokens.length - 1;
  while (k >= 0 && /^(?:ul|uz|d)$/.test(tokens[k]!.tag)) k--;
  const t = tokens[k];
  return t && VERB.test(t.tag) && t.word.length >= 2 && !NOT_PIVOT.test(t.word) ? t.word : undefined;
}

interface Topic {
  topic: string;
  /** The whole indicator, when the topic is read with its verb (发行超长期特别国债). */
  whole?: string;
}

/**
 * 继续把“拨改贷”和基本建设经营性基金转为国家资本金，今年再转500亿元; 拟连续几年发行超长期特别国债…，今年先发行1万亿元: the verb
 * said again takes the object it had the first time (把's object and what it became, or the noun after the verb).
 */
function repeatedVerb(sentence: string, verb: string, before: number): Topic | undefined {
  let at = sentence.lastIndexOf(verb, before - verb.length);
  while (at >= 0) {
    let start = at;
    while (start > 0 && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
    let end = at;
    while (end < before && !CLAUSE_BREAK.test(sentence[end]!)) end++;
    const tokens = segmentPhrase(sentence.slice(start, end)).tokens;
    const token = tokens.find((t) => start + t.start === at);
    if (token && VERB.test(token.tag) && token.word.startsWith(verb)) {
      const ba = sentence.slice(start, at).lastIndexOf('把');
      if (ba >= 0) {
        const object = clean(sentence.slice(start + ba + 1, at));
        const result = clean(sentence.slice(at, end));
        if (object.length >= 2 && result.length <= MAX_TOPIC) return { topic: object, whole: object + result };
      }
      // The object runs to the clause's end when it ends in a noun (发行超长期特别国债), else it is the noun right after.
      const rest = clean(sentence.slice(at + token.word.length, end));
      const last = segmentPhrase(rest).tokens.at(-1);
      const after = readAfter(sentence, { start: at + token.word.length, end });
      const object =
        rest.length >= 2 && rest.length <= MAX_OBJECT && isHan(rest) && NOUN.test(last?.tag ?? '')
          ? rest
          : sentence.slice(after.start, after.end);
      return object.length >= 2 ? { topic: object, whole: token.word + object } : undefined;
    }
    at = at > 0 ? sentence.lastIndexOf(verb, at - 1) : -1;
  }
  return undefined;
}

const clean = (s: string) => s.replace(/[\s"“”'‘’《》]/g, '');

/**
 * The topic of the figures before figure i in its stretch of the sentence (up to a ；): an earlier topic, an earlier indicator
 * that is a noun (设立的工人技术学校 → 工人技术学校) or a noun with a bare verb (小学校新招生 → 小学校), the scheme a counted
 * noun's clause runs (2343个县开展新型农村社会养老保险试点 → 新型农村社会养老保险试点), or a clause of a noun alone.
 */
function chainTopic(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: readonly IndicatorRead[],
  topics: readonly (string | undefined)[],
  i: number,
): Topic | undefined {
  const own = slots[i]!;
  // 大病保险制度基本建立、已有1700多万人次受益: an item of the figure's own clause before it.
  // 普通中学（包括高中和初中）新招生213.7万人: the subject of its own clause, before a bracketed note.
  const stretch = sentence.slice(own.clause.start, figures[i]!.start).replace(/[（(][^）)]*[）)]/g, '');
  const subject =
    out[i]!.from === 'before' && stretch.endsWith(out[i]!.text) ? leadingNoun(stretch, { start: 0, end: stretch.length }) : undefined;
  if (subject && !SCOPE.test(subject)) return { topic: subject };
  for (let k = i - 1; k >= 0; k--) {
    if (/[;；。]/.test(sentence.slice(figures[k]!.end, figures[i]!.start))) return undefined;
    if (topics[k]) return { topic: topics[k]! };
    if (DURATION.test(figures[k]!.baseUnit)) continue;
    const read = out[k]!;
    const noun = nounHead(read.text);
    if (noun && noun.length >= MIN_TOPIC && read.from !== 'after') return { topic: noun };
    const subject = read.from === 'before' ? leadingNoun(read.text, { start: 0, end: read.text.length }) : undefined;
    if (subject) return { topic: subject };
    if (read.from === 'after') return schemeOf(sentence, read.end, slots[k]!.clause.end);
    if (!bareVerb(read.text)) return undefined;
  }
  // 一九五八年的职工工资总额，计划安排为一百五十八亿元: a clause before that names only a noun is the topic; 继续实施退耕还林还草，
  // 今年拟安排500万亩: one that names a scheme after its verb is too.
  return nounClauseBefore(sentence, own.clause.start) ?? schemeBefore(sentence, own.clause.start, figures);
}

/** Whether the clause at `clauseStart` is a part of a total (其中出口…，进口…): 其中 since the last ；or the sentence's start. */
function partOf(sentence: string, clauseStart: number): boolean {
  // The sentence up to 4 characters into the clause, from its last ；on: read in place, without a copy of all before it.
  const end = Math.min(sentence.length, clauseStart + 4);
  const from = end > 0 ? Math.max(sentence.lastIndexOf('；', end - 1), sentence.lastIndexOf(';', end - 1)) + 1 : 0;
  return PART.test(sentence.slice(from, end));
}

function endsInNoun(text: string): boolean {
  return NOUN.test(segmentPhrase(text).tokens.at(-1)?.tag ?? '');
}

/** The head of a noun phrase, past its last 的 (设立的工人技术学校 → 工人技术学校); undefined when it holds a verb. */
function nounHead(text: string): string | undefined {
  const head = text.slice(text.lastIndexOf('的') + 1);
  if (head.length < 2 || !isHan(head)) return undefined;
  return segmentPhrase(head).tokens.every((t) => NOUN.test(t.tag)) ? head : undefined;
}

/** The noun a stretch opens with when only adverbs and a bare verb follow it (小学校新招生 → 小学校, 大病保险制度基本建立). */
function leadingNoun(text: string, span: Span): string | undefined {
  const stretch = text.slice(span.start, span.end);
  if (!isHan(stretch)) return undefined;
  const tokens: readonly Token[] = segmentPhrase(stretch).tokens;
  let k = 0;
  while (k < tokens.length && NOUN.test(tokens[k]!.tag) && !NOUN_TAGGED_ADVERB.test(tokens[k]!.word)) k++;
  if (k === 0 || k === tokens.length || tokens[k - 1]!.end < 2) return undefined;
  // One verb, with its adverbs: a verb with an object of its own (受理信访举报) states a deed of its own, not a topic's.
  const rest = tokens.slice(k);
  const adverb = (t: Token) => ADVERB.test(t.tag) || t.tag === 'a' || NOUN_TAGGED_ADVERB.test(t.word);
  if (!VERB.test(rest.at(-1)!.tag) || !rest.slice(0, -1).every(adverb)) return undefined;
  return stretch.slice(0, tokens[k - 1]!.end);
}

/** The noun a counted noun's clause ends in after its verb (县（市、区）开展新型农村社会养老保险试点 → 新型农村社会养老保险试点). */
function schemeOf(sentence: string, from: number, to: number): Topic | undefined {
  const stretch = sentence.slice(from, to);
  const tokens = segmentPhrase(stretch).tokens;
  // The object after the clause's last verb, its modifiers with it (开展长期护理保险试点: 长期/d).
  let k = tokens.length;
  while (k > 0 && (NOUN.test(tokens[k - 1]!.tag) || /^(?:d|a)$/.test(tokens[k - 1]!.tag))) k--;
  if (k === 0 || k === tokens.length || !VERB.test(tokens[k - 1]!.tag) || !NOUN.test(tokens.at(-1)!.tag)) return undefined;
  const noun = stretch.slice(tokens[k]!.start);
  return noun.length >= 4 && noun.length <= MAX_TOPIC && isHan(noun) ? { topic: noun } : undefined;
}

/** The clause right before `clauseStart` when it holds no verb: a noun phrase standing as the topic (一九五八年的职工工资总额). */
function nounClauseBefore(sentence: string, clauseStart: number): Topic | undefined {
  const end = clauseStart - 1;
  if (end <= 0 || !/[,，]/.test(sentence[end]!)) return undefined;
  let start = end;
  while (start > 0 && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
  const text = sentence.slice(start, end);
  if (!/[\u4e00-\u9fff]/.test(text) || /\d/.test(text)) return undefined;
  if (segmentPhrase(text).tokens.some((t) => VERB.test(t.tag) && t.tag !== 'vn')) return undefined;
  const read = readBefore(sentence, { start, end }, MAX_TOPIC);
  const noun = sentence.slice(read.start, read.end);
  return noun.length >= 2 && nounHead(noun) ? { topic: noun } : undefined;
}

/** The scheme the clause right before `clauseStart` names after its verb, when no figure stands in it. */
function schemeBefore(sentence: string, clauseStart: number, figures: readonly SentenceFigure[]): Topic | undefined {
  const end = clauseStart - 1;
  if (end <= 0 || !/[,，]/.test(sentence[end]!)) return undefined;
  let start = end;
  while (start > 0 && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
  if (figures.some((f) => f.start < end && f.end > start)) return undefined;
  return schemeOf(sentence, start, end);
}
