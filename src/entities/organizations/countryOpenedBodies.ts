import type { EntityContext } from '../context.ts';
import { worldNames } from '../world/worldNames.ts';
import { bodyHead, headInsideAnotherWord } from './namedBodies.ts';
import { coverage, type OrgHit } from './orgHit.ts';

const HAN = /^[\u4e00-\u9fff]+$/;
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
export function countryOpenedBodies(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (let i = 0; i < seg.tokens.length; i++) {
    const t = seg.tokens[i]!;
    if (t.word.length < 4 || !WHOLE_TAGS.test(t.tag) || !HAN.test(t.word)) continue;
    const place = worldPlaceOpening(t.word);
    if (!place) continue;
    let end = -1;
    if (longHead(t.word) && t.word.length - place.length > (longHead(t.word)?.length ?? 0)) end = t.end;
    else {
      const next = seg.tokens[i + 1];
      // (法学|会/nt: a body's word jieba knows as an organization, whatever its head straddles.)
      const body = next && HAN.test(next.word) && (longHead(next.word) || (next.tag === 'nt' && bodyHead(next.word)));
      if (body && next.start === t.end && /^(nt|nz|n)$/.test(next.tag)) end = next.end;
    }
    if (end < 0 || cover.any(t.start, end)) continue;
    const name = folded.slice(t.start, end);
    const hit: OrgHit = { start: t.start, end, kind: 'co', id: name, name, score: 0.75 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}
