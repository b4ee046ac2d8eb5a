import type { EntityContext } from '../context.ts';
import { CEDICT_BODIES, CEDICT_BRANDS, CEDICT_FIRMS, CEDICT_FULL_NAMES } from '../data/cedictBodies.ts';
import { occurringWords, wordIndex } from '../../text/occurrences.ts';
import { segment, tagOf, wordEndingAt } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { COMPANY_SUFFIXES } from './companySuffixes.ts';
import { companyStem } from './companyStems.ts';
import { isIndustryWord } from './industryWords.ts';
import { CUES_BEFORE } from '../people/nameCues.ts';

// 西门子|股份公司: the legal form jieba reads as one word is the name's end too (in the shared list 公司 already ends it).
const COMPANY_TAIL = new Set([...COMPANY_SUFFIXES, '股份公司']);

// The brands that are common words too (波音, 现代) come after the bodies: read only before their company's word.
const DICTIONARY_WORDS: readonly string[] = [...CEDICT_BODIES, ...CEDICT_BRANDS];
const BRAND_ONLY: ReadonlySet<string> = new Set(CEDICT_BRANDS);
const FIRMS: ReadonlySet<string> = new Set(CEDICT_FIRMS);
const CEDICT_INDEX = wordIndex(DICTIONARY_WORDS);
const FULL_NAME: ReadonlyMap<string, string> = new Map(CEDICT_FULL_NAMES);

/**
 * The body's longest name where the dictionary glosses the name as the same body (解放军, 人民解放军 → 中国人民解放军): the
 * reports that write one form and those that write another then name one entity.
 */
export function dictionaryFullName(name: string): string | undefined {
  // A department's short name (统战部, 港澳办) is any level's as often: the readers of departments name it with its owner.
  return /[部局厅办委]$/.test(name) ? undefined : FULL_NAME.get(name);
}
const HAN_OR_DIGIT = /[\u4e00-\u9fff0-9０-９]/;
const INDEX_AFTER = /^(?:\d+)?(?:指数|综指|成指|ETF)|^\d{2,3}(?![\d年月日号])/;

/**
 * Bodies a dictionary names that jieba reads as ordinary words or places (微软/a, 思科/n, 英特尔/ns, 北大/j): the words
 * CC-CEDICT glosses as a company, brand, university, party or outlet, each where it stands as a word of its own and no
 * earlier recognizer read it.
 */
export function dictionaryNamedBodies(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const found = occurringWords(folded, CEDICT_INDEX);
  // Companies read in full by earlier recognizers, by the name they go by (携程集团有限公司 → 携程).
  const writtenBefore = new Map(taken.filter((h) => h.kind === 'co').map((h) => [companyStem(h.name), h]));
  // Only the words the text holds, in the list's order (text/occurrences' occurringWords): the dictionary's thousands of
  // bodies were each looked up, then each index of the list visited, in every report.
  for (let n = 0; n < found.words.length; n++) {
    const word = DICTIONARY_WORDS[found.words[n]!]!;
    // A place of the world data is read as that place; a short name jieba does not know as one word is a phrase of its
    // words as often (行政|会议 is any administrative meeting, 上|外 no university), unless 组织 follows it (绿色和平|组织);
    // a long one is the name (世界|自然|基金会).
    // (字节|跳动: a firm the dictionary glosses as a company is its name, however common the words it is made of.)
    const coinage = tagOf(word) === 'x' && (FIRMS.has(word) || coinedName(word));
    const unknown = tagOf(word) === 'x' && !coinage;
    if (worldNames().get(word)?.type === 'place' || (unknown && word.length < 4)) continue;
    const abbreviation = word.length === 2 && tagOf(word) === 'j';
    const ofWord: OrgHit[] = [];
    for (const at of found.at[n]!) {
      const end = at + word.length;
      // 波音公司/nt, 苹果公司/nt: jieba reads the brand and its company's word as one word.
      const whole = seg.tokens[seg.tokenAt[at] ?? -1];
      const glued = !!whole && whole.start === at && whole.end > end && COMPANY_TAIL.has(folded.slice(end, whole.end));
      if (!seg.boundaries.has(end) && !glued) continue;
      // 上证50, 上证180指数, 纳斯达克综指: an index named after the exchange or firm is no body.
      if (INDEX_AFTER.test(folded.slice(end, end + 6))) continue;
      // 国家|大呼拉尔, 国家杜马/nz, 俄罗斯国家杜马/ns: the state's or a country's name before the body is the front of its name.
      const start = frontOfName(ctx, at, end);
      if (start === undefined || cover.any(start, end)) continue;
      if (start === at && edgeRunsOn(folded, word, at, end, seg.tokens[seg.tokenAt[end] ?? -1]?.end ?? end)) continue;
      // 经济学家|福克斯/nr: a word jieba reads as a person's name right after a role written before names is the person.
      if (start === at && personAfterRole(ctx, at, end)) continue;
      // 全国优秀共青团|干部, 共青团|员: the body qualifies its cadres or members, a kind of person (an honour's title).
      if (MEMBERS_AFTER.test(folded.slice(end, end + 2)) && seg.boundaries.has(end)) continue;
      // A two-character abbreviation right before a verb is read across the edge as often (四年中|共|增加, 中|苏共|管).
      if (abbreviation && /^v/.test(seg.tokens[seg.tokenAt[end] ?? -1]?.tag ?? '')) continue;
      // 携程|集团, 微软|公司: the company's legal or group name written in full is the name, its brand an alias; so is an
      // organization's with 组织 (无国界医生|组织) and a club's with 俱乐部 (皇家马德里|俱乐部).
      let full = glued ? whole.end : end;
      for (let t = seg.tokenAt[full]; t !== undefined && COMPANY_TAIL.has(seg.tokens[t]?.word ?? ''); t++) full = seg.tokens[t]!.end;
      const next = seg.tokens[seg.tokenAt[end] ?? -1]?.word;
      if (full === end && (next === '组织' || next === '俱乐部')) full = end + next.length;
      // 大疆|创新, 鸿海|精密: a coined name goes on in its trade's word, as a registered name does.
      if (full === end && coinage && next && (isIndustryWord(next) || next === '创新') && seg.boundaries.has(end + next.length))
        full = end + next.length;
      // 蒙牛|乳业, 海尔|智家: a firm the dictionary knows goes on in its trade's word, or in a coined word of two characters
      // jieba does not know, where a list's mark or the clause's end closes the name (the name a firm is listed by).
      else if (full === end && !BRAND_ONLY.has(word) && next && tradeOrCoinedWord(ctx, end, next)) full = end + next.length;
      if (unknown && word.length < 5 && full === end) continue;
      // 波音|公司, 现代|集团: a brand that is a common word too is the company only before its company's word.
      if (BRAND_ONLY.has(word) && (full === end || start !== at)) continue;
      if (full > end && cover.any(start, full)) full = end;
      const name = folded.slice(start, full);
      const hit: OrgHit = { start, end: full, kind: 'co', id: name, name, score: 0.7 };
      ofWord.push(hit);
      cover.add(hit);
    }
    // The brand alone elsewhere in the text is that company (携程集团 … 携程).
    const written = ofWord.find((h) => h.end - h.start > word.length) ?? writtenBefore.get(word);
    for (const h of ofWord) if (written) Object.assign(h, { id: written.id, name: written.name });
    out.push(...ofWord);
  }
  return out;
}

/** The word `next` at `at` is a trade's or a coined one of two characters, closed by a list's mark or the clause's end. */
function tradeOrCoinedWord(ctx: EntityContext, at: number, next: string): boolean {
  const token = ctx.seg.tokens[ctx.seg.tokenAt[at] ?? -1];
  if (!token || token.start !== at) return false;
  const trade = isIndustryWord(next) || (token.tag === 'x' && /^[\u4e00-\u9fff]{2}$/.test(next));
  return trade && /^[、，。；,;和与及等]/.test(ctx.folded.slice(at + next.length, at + next.length + 1));
}

// A body's cadres or members written right after it (共青团|干部, 共青团|员).
const MEMBERS_AFTER = /^(干部|员)/;

const ROLES_BEFORE_NAMES: readonly string[] = CUES_BEFORE;
const PERSON_TAGS = /^(nr|nrt|nrfg)$/;

/** The word [at, end) is one jieba tags as a person's, right after a role written before names (首席经济学家|福克斯). */
function personAfterRole(ctx: EntityContext, at: number, end: number): boolean {
  const word = ctx.seg.tokens[ctx.seg.tokenAt[at] ?? -1];
  if (!word || word.start !== at || word.end !== end || !PERSON_TAGS.test(word.tag)) return false;
  const before = wordEndingAt(ctx.seg, at);
  return !!before && ROLES_BEFORE_NAMES.some((r) => before.word.endsWith(r));
}

const coined = new Map<string, boolean>();

/**
 * A name jieba does not know that no words of the language make up (英|伟达, 台积|电, 优步): some piece of it is a single
 * character or a word jieba does not know either, as a transliteration's or a coined brand's are. Such a name is read
 * alone; one made of words of the language (行政|会议, 每日|新闻) is a phrase of them as often.
 */
function coinedName(word: string): boolean {
  let r = coined.get(word);
  if (r === undefined) {
    r = segment(word).tokens.some((t) => t.word.length === 1 || t.tag === 'x');
    coined.set(word, r);
  }
  return r;
}

/**
 * Where the body's name starts: at the word itself, or before it at 国家 and a country's name written right before it,
 * whether jieba cut them off (蒙古|国家|大呼拉尔) or read them with it as one word (国家杜马/nz); undefined where the word
 * stands inside another word of jieba's.
 */
function frontOfName(ctx: EntityContext, at: number, end: number): number | undefined {
  const { folded, seg } = ctx;
  const inside = seg.tokens[seg.tokenAt[at] ?? -1];
  if (!inside) return undefined;
  if (inside.start < at) return isStateFront(folded.slice(inside.start, at)) && inside.end === end ? inside.start : undefined;
  let start = at;
  for (let prev = wordEndingAt(seg, start); prev && isStateFront(folded.slice(prev.start, at)); prev = wordEndingAt(seg, start))
    start = prev.start;
  return start;
}

/** 国家, a foreign country's name, or both (俄罗斯国家): the front of a state body's name. */
function isStateFront(front: string): boolean {
  const country = front.endsWith('国家') ? front.slice(0, -2) : front;
  if (country === '') return front !== '';
  return country !== '中国' && worldNames().get(country)?.place?.level === 'country';
}

/**
 * The word's edge makes a word with the character outside it (中|苏共|管 is 中苏 共管, 四年中|共 is 年中), or a date or count
 * runs into it (7日电, a dispatch's date): the words there are read otherwise.
 */
function edgeRunsOn(folded: string, word: string, at: number, end: number, nextEnd: number): boolean {
  const before = folded[at - 1] ?? '';
  const after = folded[end] ?? '';
  if (/[0-9０-９]/.test(before)) return true;
  if (HAN_OR_DIGIT.test(before) && tagOf(before + word[0]) !== 'x') return true;
  // 清华|联合: a word of two characters or more after the name is read whole, whatever its first makes with the name (华联).
  return HAN_OR_DIGIT.test(after) && nextEnd === end + 1 && tagOf(word[word.length - 1]! + after) !== 'x';
}
