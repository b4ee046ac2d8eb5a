import type { ReportMention, Span } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';
import { isListJoiner } from '../text/listJoiners.ts';
import { CodeSet } from '../text/codeSet.ts';
import { matchesStartingAt } from '../text/matchesNear.ts';
import { chineseNumber } from '../text/chineseNumeral.ts';

// 审计了芜湖鸠兹发展集团有限公司…，发现：该集团对外出借资金4.6亿元 / 应急管理局对该公司罚款35万元 / 走访慰问…贺德明和…尹长根，
// 为他们各送去慰问金2000元: a referring word stands for the body or the people named before it in the sentence, and a figure
// it owns is about them.
const BODY_REFERENCE = /该(公司|集团|企业|医院|学校|院|校|局|村|镇|乡|街道|社区|合作社|中心|协会|厂)/g;
const PEOPLE_REFERENCE = /(?<!其)[他她]们/g;
// 原副局长赵国平因…被开除党籍，其涉嫌受贿86万元 / 看望慰问老兵李长林，为其送去慰问金: 其 opening a clause or after a
// preposition stands for a person (其中, 其他, 其余 and 尤其, 及其 name no one).
const PERSON_PRONOUN = /(?<=^|[，,；;为对向给使将把])其(?![中他余它次实间后])/g;

// What each referring word's kind names: the end of a body's or a place's name (集团 anywhere in 集团有限公司).
const NAMES_OF_KIND: Readonly<Record<string, RegExp>> = {
  公司: /公司$/,
  集团: /集团/,
  企业: /(?:公司|集团|企业|厂|合作社)$/,
  医院: /医院$/,
  学校: /(?:学校|中学|小学|大学|学院|幼儿园)$/,
  院: /院$/,
  校: /(?:学校|中学|小学|大学|学院)$/,
  局: /局$/,
  村: /村$/,
  镇: /镇$/,
  乡: /乡$/,
  县: /县$/,
  街道: /街道$/,
  社区: /社区$/,
  合作社: /合作社$/,
  中心: /中心$/,
  协会: /协会$/,
  厂: /厂$/,
};

/**
 * Mentions standing in for the referring words of a sentence (该公司, 他们): each the entity last named before it in the
 * sentence with a name of that kind (or the last run of two or more people joined by 和/、/与/及), at the word's span. A
 * sentence opening on its referring word (对山西晋融投资控股集团有限公司进行了审计。该集团对外出借资金9.7亿元…) names nothing
 * before it: the word stands for the body of its kind the sentence before names last (`previous`, that sentence's mentions).
 */
export function referredMentions(
  folded: string,
  sentence: Span,
  mentions: readonly ReportMention[],
  previous: readonly ReportMention[] = [],
): ReportMention[] {
  const body = folded.slice(sentence.start, sentence.end);
  const out: ReportMention[] = classReferences(body, sentence.start, folded, mentions);
  out.push(...countedReferences(body, sentence.start, folded, mentions));
  if (body.includes('灾区') || body.includes('受灾地区')) out.push(...strickenReferences(body, sentence.start, folded, mentions));
  if (!body.includes('该') && !body.includes('们') && !body.includes('其')) return out;
  BODY_REFERENCE.lastIndex = 0;
  for (let r = BODY_REFERENCE.exec(body); r; r = BODY_REFERENCE.exec(body)) {
    const at = sentence.start + r.index;
    const kind = NAMES_OF_KIND[r[1]!]!;
    const fits = (m: ReportMention) => m.entity.type !== 'person' && kind.test(m.entity.name);
    const opens = !body.slice(0, r.index).trim();
    const inSentence = lastBefore(mentions, at, fits);
    const from = inSentence || !opens ? mentions : previous;
    const referent = inSentence ?? (opens ? lastBefore(previous, at, fits) : undefined);
    if (!referent) continue;
    // 港上镇金港村…，为该村…: a place stands with the place its name is written inside, as it does where it is named.
    const within = referent.entity.type === 'place' ? writtenWithin(from, referent) : undefined;
    if (within) out.push(standingFor(within, at, at + r[0].length));
    out.push(standingFor(referent, at, at + r[0].length));
  }
  PEOPLE_REFERENCE.lastIndex = 0;
  for (let r = PEOPLE_REFERENCE.exec(body); r; r = PEOPLE_REFERENCE.exec(body)) {
    const at = sentence.start + r.index;
    const run = peopleBefore(folded, mentions, at);
    for (const p of run) out.push(standingFor(p, at, at + r[0].length));
  }
  PERSON_PRONOUN.lastIndex = 0;
  for (let r = PERSON_PRONOUN.exec(body); r; r = PERSON_PRONOUN.exec(body)) {
    const at = sentence.start + r.index;
    // Only where the last name before it is a person's: after a body or a place 其 is as often theirs.
    const last = lastBefore(mentions, at, () => true);
    if (last?.entity.type === 'person') out.push(standingFor(last, at, at + 1));
  }
  return out;
}

// 支持枫树乡、青林乡打造…，力争民族乡接待游客突破20万人次 / 推进光山县羽绒产业园建设，到2025年园区入驻企业达到200家: a class
// noun opening a clause (after a word of aim or time) stands for the places of its kind named before it in the sentence.
const CLASS_REFERENCE =
  /(?<=(?:^|[，,；;])(?:[一二三四五六七八九十]+是)?(?:力争|到\d{4}年底?|全年|年内|目前)?)(民族乡|园区|合作区|景区|度假区)/g;
// Tried only at the characters a class noun opens on: run over a sentence, its lookbehind was tried at every character.
const CLASS_OPENS = new CodeSet('民园合景度');
const PLACES_OF_CLASS: Readonly<Record<string, RegExp>> = {
  民族乡: /族[\u4e00-\u9fa5]*乡$/,
  园区: /园区?$/,
  合作区: /合作区$/,
  景区: /景区$/,
  度假区: /度假区$/,
};

function classReferences(body: string, offset: number, folded: string, mentions: readonly ReportMention[]): ReportMention[] {
  const out: ReportMention[] = [];
  const opens: number[] = [];
  for (let at = CLASS_OPENS.next(body, 0); at >= 0; at = CLASS_OPENS.next(body, at + 1)) opens.push(at);
  for (const r of matchesStartingAt(body, CLASS_REFERENCE, opens)) {
    const at = offset + r.index;
    const kind = PLACES_OF_CLASS[r[1]!]!;
    const fits = (m: ReportMention) => m.entity.type === 'place' && kind.test(m.entity.name);
    const last = lastBefore(mentions, at, fits);
    if (!last) continue;
    // The run of places of the kind the last one closes (枫树乡、青林乡).
    const run = [last];
    for (let i = mentions.indexOf(last) - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (!fits(m) || !canLink(m) || !isListJoiner(folded.slice(m.end, run[0]!.start))) break;
      run.unshift(m);
    }
    for (const m of run) out.push(standingFor(m, at, at + r[0].length));
  }
  return out;
}

// 马头支行与马头镇马东村、马西村结对共建，为两村种植大户发放贷款83笔: a count and a kind of place (两村, 三个乡镇 is none)
// stand for the run of just that many places of the kind named last before them in the sentence.
const COUNTED_REFERENCE = /(?<![0-9第一二三四五六七八九十百千万])([两二三四五六七八九十])个?(村|镇|乡|县|社区|街道)(?![镇乡村])/g;
const RESPECTIVELY_AFTER = /^[^，,。；;]*分别/;

function countedReferences(body: string, offset: number, folded: string, mentions: readonly ReportMention[]): ReportMention[] {
  const out: ReportMention[] = [];
  COUNTED_REFERENCE.lastIndex = 0;
  for (let r = COUNTED_REFERENCE.exec(body); r; r = COUNTED_REFERENCE.exec(body)) {
    const at = offset + r.index;
    // 两镇倒塌房屋分别为46间和31间: figures given one to each place are the respectively reader's.
    if (RESPECTIVELY_AFTER.test(body.slice(r.index + r[0].length))) continue;
    const kind = NAMES_OF_KIND[r[2]!]!;
    const fits = (m: ReportMention) => m.entity.type === 'place' && kind.test(m.entity.name);
    const last = lastBefore(mentions, at, fits);
    // 思口镇、赋春镇、清华镇三镇: a count right after the places sums them up; they are named there already.
    if (!last || last.end === at) continue;
    const run = [last];
    for (let i = mentions.indexOf(last) - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (!fits(m) || !canLink(m) || !isListJoiner(folded.slice(m.end, run[0]!.start))) break;
      run.unshift(m);
    }
    if (run.length !== chineseNumber(r[1]!)) continue;
    const within = writtenWithin(mentions, run[0]!);
    for (const m of within ? [within, ...run] : run) out.push(standingFor(m, at, at + r[0].length));
  }
  return out;
}

// 溆浦县、辰溪县遭受洪涝灾害后，市民政局…向灾区调拨帐篷1200顶: 灾区 stands for the places the sentence says a disaster struck,
// the run of places named before the verb of suffering (遭受, 遭遇, 受到, 发生) in its clause; what is sent there is theirs.
const STRUCK = /(?:遭受|遭遇|受到|发生)[^，,。；;]{0,10}?(?:灾|洪|涝|旱|地震|台风|冰雹|泥石流|滑坡|雪)/g;
const STRICKEN_REFERENCE = /灾区|受灾地区/g;
const MAX_GAP_TO_VERB = 4;

function strickenReferences(body: string, offset: number, folded: string, mentions: readonly ReportMention[]): ReportMention[] {
  STRUCK.lastIndex = 0;
  const struck = STRUCK.exec(body);
  if (!struck) return [];
  const verbAt = offset + struck.index;
  const last = lastBefore(mentions, verbAt, (m) => m.entity.type === 'place');
  if (!last || verbAt - last.end > MAX_GAP_TO_VERB || /[，,。；;]/.test(folded.slice(last.end, verbAt))) return [];
  const run = [last];
  for (let i = mentions.indexOf(last) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.entity.type !== 'place' || !canLink(m) || !isListJoiner(folded.slice(m.end, run[0]!.start))) break;
    run.unshift(m);
  }
  const out: ReportMention[] = [];
  STRICKEN_REFERENCE.lastIndex = struck.index + struck[0].length;
  for (let r = STRICKEN_REFERENCE.exec(body); r; r = STRICKEN_REFERENCE.exec(body)) {
    const at = offset + r.index;
    for (const m of run) out.push(standingFor(m, at, at + r[0].length));
  }
  return out;
}

/** The place written right before a place's name, the one it lies in (马头镇 of 马头镇马东村), if any. */
function writtenWithin(mentions: readonly ReportMention[], place: ReportMention): ReportMention | undefined {
  const before = mentions[mentions.indexOf(place) - 1];
  return before && before.entity.type === 'place' && before.end === place.start && canLink(before) ? before : undefined;
}

function lastBefore(mentions: readonly ReportMention[], at: number, fits: (m: ReportMention) => boolean): ReportMention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end <= at && canLink(m) && fits(m)) return m;
  }
  return undefined;
}

/** The last run of two or more people joined by 和/、/与/及 before `at`. */
function peopleBefore(folded: string, mentions: readonly ReportMention[], at: number): ReportMention[] {
  const last = lastBefore(mentions, at, (m) => m.entity.type === 'person');
  if (!last) return [];
  const run = [last];
  for (let i = mentions.indexOf(last) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.entity.type !== 'person' || !canLink(m)) break;
    // 一等功臣贺德明和二级战斗英雄尹长根: what each is may stand between the joining word and the name.
    const gap = folded.slice(m.end, run[0]!.start);
    if (!isListJoiner(gap.slice(0, 1)) || !/^[\u4e00-\u9fa5]{0,8}$/.test(gap.slice(1))) break;
    run.unshift(m);
  }
  return run.length >= 2 ? run : [];
}

function standingFor(referent: ReportMention, start: number, end: number): ReportMention {
  return { ...referent, start, end, listExample: false };
}
