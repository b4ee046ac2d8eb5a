import type { EntityContext } from '../context.ts';
import { tagOf, type Token } from '../segment.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { roleOf } from '../spanBoundary.ts';
import { worldNames } from '../world/worldNames.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';
import { tokensOf, tokensWith, wordFlag } from '../wordTable.ts';
import { isListJoiner } from '../../text/listJoiners.ts';

// A word of Chinese characters ending in 队 (队, 国安队): what a club's name ends with.
const TEAM_WORD = wordFlag((w) => w.endsWith('队') && isHan(w));

const SENTENCE_END = /[。！？!?\n]/;
// Words of a match: its result, its play, its competition (2∶0击败, 扳回一球, 首破…城门, 外援, 联赛, 主场).
const MATCH_WORDS =
  /比赛|联赛|甲[AB]|主场|客场|进球|射门|城门|扳回|一球|击败|战胜|战平|逼平|负于|不敌|外援|球员|主教练|赛季|决赛|半决赛|小组赛|冠军|亚军|[0-9０-９]+[∶:比][0-9０-９]+/;
// Words a team is commonly called by that are no club's name (主队, 客队, 国家队, 全队, 球队, 该队).
const NOT_A_CLUB = /^(主|客|国家|全|球|该|本|两|各|一|男|女|青年|少年|梯|车|舰|中|甲|乙|丙)$/;
const MAX_CLUB = 5;
const PROPER_OR_UNKNOWN = /^(nz|ns|nr|nrt|x)$/;

/**
 * Teams of a match named by a club's own words (五牛队, 前卫寰岛队, 泰山队): in a sentence about a match, the content words
 * right before 队 that jieba reads as no kind of thing (not 主队, 国家队, 考察队 in a sentence about fieldwork) name the club.
 */
export function clubTeams(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (const i of tokensWith(seg, TEAM_WORD)) {
    const t = seg.tokens[i]!;
    const club =
      t.word === '队'
        ? clubWordsBefore(seg.tokens, i)
        : TOWN_CLUB_WORD.test(t.word)
          ? townClub(seg.tokens, i)
          : t.word.length >= 3
            ? (wholeClub(t) ?? internationalClub(seg.tokens, i))
            : undefined;
    // 国际|米兰队: a club named Internazionale opens its name with 国际, which jieba cut off.
    const before = club === undefined ? undefined : seg.tokens[i - 1];
    const start = before?.word === '国际' && before.end === club ? before.start : club;
    // The cover first: the sentence's scan is the dearer test.
    if (start === undefined || cover.any(start, t.end) || !matchSentence(folded, t.start)) continue;
    addNamedBody(out, cover, folded, start, t.end, 0.7);
  }
  return out;
}

/**
 * The club words before a 队 of its own: two content words that are no kind of thing (前卫|寰岛|队), or one that jieba reads
 * as a name or does not know (a common noun alone, 消防|队, is what the team does).
 */
function clubWordsBefore(tokens: readonly Token[], i: number): number | undefined {
  let start: number | undefined;
  let words = 0;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const w = tokens[k]!;
    if (w.end !== tokens[k + 1]!.start || !isClubWord(w) || tokens[i]!.start - w.start > MAX_CLUB) break;
    start = w.start;
    words++;
  }
  return words === 2 || (words === 1 && PROPER_OR_UNKNOWN.test(tokens[i - 1]!.tag)) ? start : undefined;
}

// 城队, 联队: the team of a club named City or United (曼彻斯特|城队/x, 纽卡斯尔|联队/n).
const TOWN_CLUB_WORD = /^[城联]队$/;

/** 曼彻斯特/nrt|城队, 纽卡斯尔/nrt|联队: a club named City or United after its town, a place or a transliterated name. */
function townClub(tokens: readonly Token[], i: number): number | undefined {
  const town = tokens[i - 1];
  if (!town || town.end !== tokens[i]!.start || town.word.length < 2 || !isHan(town.word)) return undefined;
  return /^(ns|nrt)$/.test(town.tag) ? town.start : undefined;
}

/** A word jieba keeps whole with its 队 (五牛队, 泰山队): a team whose front is a club's word. */
function wholeClub(t: Token): number | undefined {
  const front = t.word.slice(0, -1);
  if (front.length > MAX_CLUB || NOT_A_CLUB.test(front) || /(男|女)$/.test(front)) return undefined;
  return /^(n|nz|nt|ns|nr|x)$/.test(t.tag) && PROPER_OR_UNKNOWN.test(tagOf(front)) ? t.start : undefined;
}

/** 迈阿密|国际队/nt: a club named Internacional after its city (a place or a transliterated name right before 国际队). */
function internationalClub(tokens: readonly Token[], i: number): number | undefined {
  const city = tokens[i - 1];
  if (tokens[i]!.word !== '国际队' || !city || city.end !== tokens[i]!.start) return undefined;
  return /^(ns|nrt)$/.test(city.tag) || worldNames().get(city.word)?.place ? city.start : undefined;
}

function isClubWord(w: Token): boolean {
  return isHan(w.word) && w.word.length >= 2 && !NOT_A_CLUB.test(w.word) && roleOf(w) === 'content' && !isGenericWord(w);
}

function matchSentence(folded: string, at: number): boolean {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(folded[from - 1]!)) from--;
  let to = at;
  while (to < folded.length && !SENTENCE_END.test(folded[to]!)) to++;
  return MATCH_WORDS.test(folded.slice(from, to));
}

// Countries listed by a group of a tournament (e组的美国、俄罗斯、立陶宛): the teams drawn in it. The group's letter starts
// the pattern (a pattern that opens on the character before it is tried at every character of a report); that character
// is then no other letter, nor part of the group before it.
const GROUP_LIST = /[A-Ha-h]组[的：:]/g;
const LETTER = /[A-Za-z]/;

/**
 * Countries that stand for their teams: joined to a country's team whose 队 they share (美国和俄罗斯队), or listed in a group
 * of a tournament (e组的美国、俄罗斯). Each is its country's team, named 美国队 as it is elsewhere; the score is above a
 * place's, for the same words.
 */
export function countryTeams(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const add = (t: Token) => {
    const country = countryOf(t);
    if (!country || cover.any(t.start, t.end)) return;
    const name = `${country}队`;
    const hit: OrgHit = { start: t.start, end: t.end, kind: 'co', id: name, name, score: 0.95 };
    out.push(hit);
    cover.add(hit);
  };
  // A country's team (俄罗斯队, 巴西足球队) that others before it share: back over the list while a country and a
  // separator alternate.
  for (const h of taken) {
    if (!h.name.endsWith('队') || !countryOf({ word: h.name.slice(0, -1) })) continue;
    let k = seg.tokenAt[h.start]! - 1;
    while (k >= 1 && isListJoiner(seg.tokens[k]!.word) && countryOf(seg.tokens[k - 1]!)) {
      add(seg.tokens[k - 1]!);
      k -= 2;
    }
  }
  let groupEnd = 0;
  for (const m of folded.matchAll(GROUP_LIST)) {
    if (m.index > 0 && (m.index - 1 < groupEnd || LETTER.test(folded[m.index - 1]!))) continue;
    groupEnd = m.index + m[0].length;
    let k = seg.tokenAt[m.index + m[0].length]!;
    while (k >= 0 && k < seg.tokens.length && countryOf(seg.tokens[k]!)) {
      add(seg.tokens[k]!);
      if (!isListJoiner(seg.tokens[k + 1]?.word ?? '')) break;
      k += 2;
    }
  }
  return out;
}

function countryOf(t: Pick<Token, 'word'>): string | undefined {
  const w = worldNames().get(t.word);
  return w?.place?.level === 'country' ? w.canonical : undefined;
}

/**
 * A country's national team of a sport (国家|游泳队, 中国|国家|田径队): 国家 as a word right before a word of a team (three
 * characters or more ending in 队), with the country written before it; 国家乒乓球队/nt jieba knows whole is read as a body.
 */
export function nationalTeams(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  // The words 国家 only, each with the word after it.
  const states = tokensOf(seg, '国家');
  for (let n = 0; n < states.length; n++) {
    const k = states[n]! + 1;
    if (k >= seg.tokens.length) continue;
    const t = seg.tokens[k]!;
    const state = seg.tokens[k - 1]!;
    if (state.word !== '国家' || state.end !== t.start || !t.word.endsWith('队') || t.word.length < 3) continue;
    if (!isHan(t.word) || !/^(n|nz|nt)$/.test(t.tag)) continue;
    const country = seg.tokens[k - 2];
    const start = country && country.end === state.start && countryOf(country) ? country.start : state.start;
    addNamedBody(out, cover, folded, start, t.end);
  }
  return out;
}
