import type { EntityContext } from '../context.ts';
import { BODY_HEADS, NATIONAL_LEVEL_WORDS, ONE_PER_PLACE_HEADS, SECTOR_HEADS } from '../data/bodyHeads.ts';
import type { Token } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { bodyHead, headInsideAnotherWord } from './namedBodies.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// Words jieba makes of a body named with its country or city: a place (巴基斯坦穆斯林联盟/ns), a body, a name.
const WHOLE_TAGS = /^(ns|nt|nz|x)$/;

/** The country or city of the world data a word opens with, shorter than the word (东京|国际, 巴基斯坦|穆斯林联盟). */
function worldPlaceOpening(word: string): string | undefined {
  for (let n = Math.min(word.length - 1, 9); n >= 2; n--) {
    const level = worldNames().get(word.slice(0, n))?.place?.level;
    if ((level === 'country' || level === 'city') && word.slice(0, n) !== '中国') return word.slice(0, n);
  }
  return undefined;
}

// The words such a name is read at: a long word of those tags that opens with a place of the world, or with 中国.
const PLACE_OPENED_WORD = wordFlag(
  (w, tag) =>
    w.length >= 4 &&
    (tag === '' || WHOLE_TAGS.test(tag)) &&
    isHan(w) &&
    (worldPlaceOpening(w) !== undefined || ((tag === 'nt' || tag === '') && w.startsWith('中国'))),
);

// A consortium (联合体) heads a body only after a state's or a body's name (中国航天|保险|联合体); after a town it groups
// villages (枫树岭镇大下姜联合体), an area.
const HEADS = new Set([...BODY_HEADS.filter((h) => h.length >= 2), '联合体']);

/**
 * Where the body's word ends that follows the glued word at `i` within three nouns (东京国际|法学会, 中国航天|保险|联合体):
 * a head on its own (联合体), a word ending in a long head, or one jieba knows as an organization (法学|会/nt, whatever
 * its head straddles); -1 when none does.
 */
function bodyWordAfter(tokens: readonly Token[], i: number, federal: boolean): number {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (w.start !== tokens[k - 1]!.end || !isHan(w.word) || !/^(nt|nz|n)$/.test(w.tag)) return -1;
    if (HEADS.has(w.word) || longHead(w.word) || (w.tag === 'nt' && bodyHead(w.word))) return w.end;
    // 美国联邦/nt|航空|管理局: after a state's federal or national level a department's head names its agency.
    if (federal && w.word.length >= 3 && sectorHead(w.word)) return w.end;
  }
  return -1;
}

/** A government department's one-character head a word ends with (管理局, 调查局), not inside a word of its own. */
function sectorHead(word: string): boolean {
  const head = bodyHead(word);
  return !!head && SECTOR_HEADS.has(head) && head.length === 1 && !headInsideAnotherWord(word, head);
}

/** A body's head of two characters or more that a word ends with (联盟, 学会, 委员会), with something before it. */
function longHead(word: string): string | undefined {
  const head = bodyHead(word);
  return head && head.length >= 2 && !headInsideAnotherWord(word, head) ? head : undefined;
}

/**
 * Bodies of the world named with their country or city where jieba glued the place into a word: the body whole as one word
 * (巴基斯坦穆斯林联盟/ns), or the place and a word after it before the body's word (东京国际/nt|法学会/nt is 东京国际法学会, not a
 * 法学会 of no one). The name starts at the place, not inside a word.
 */
export function countryOpenedBodies(ctx: EntityContext, taken: readonly OrgHit[]): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const absorbed: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const opened = tokensWith(seg, PLACE_OPENED_WORD);
  for (let n = 0; n < opened.length; n++) {
    const i = opened[n]!;
    const t = seg.tokens[i]!;
    if (t.word.length < 4 || !WHOLE_TAGS.test(t.tag) || !isHan(t.word)) continue;
    // 中国航天/nt|保险|联合体: China opens a body's name jieba glued to its first word (alone it is read elsewhere).
    const place = worldPlaceOpening(t.word) ?? (t.tag === 'nt' && t.word.startsWith('中国') ? '中国' : undefined);
    if (!place) continue;
    let end = -1;
    // 日本央行/nt: a body a state has one of is named by the state and its head alone.
    const head = longHead(t.word);
    const rest = t.word.length - place.length;
    if (place !== '中国' && head && (rest > head.length || (rest === head.length && ONE_PER_PLACE_HEADS.has(head)))) end = t.end;
    else end = bodyWordAfter(seg.tokens, i, NATIONAL_LEVEL_WORDS.has(t.word.slice(place.length)));
    if (end < 0) continue;
    // 德国联邦|统计局/nt: a body read bare right after the glued word is that state's body, named whole.
    const bare = end > t.end ? taken.find((h) => h.start === t.end && h.end === end) : undefined;
    if (bare ? cover.any(t.start, t.end) : cover.any(t.start, end)) continue;
    const name = folded.slice(t.start, end);
    const hit: OrgHit = { start: t.start, end, kind: 'co', id: name, name, score: 0.75 };
    out.push(hit);
    cover.add(hit);
    if (bare) absorbed.push(bare);
  }
  return { hits: out, absorbed };
}
