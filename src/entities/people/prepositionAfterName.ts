import type { EntityContext } from '../context.ts';
import { wordStartingAt } from '../segment.ts';
import { surnameLength, TITLES_AFTER } from './personNames.ts';
import { CUES_AFTER } from './nameCues.ts';
import type { NameHit } from './untitledNames.ts';

// Prepositions jieba, not knowing a two-character name, glues to its end as one unknown word (外交部长王毅同/x|俄罗斯…,
// 选手汪顺以/x|1分55秒, 苏赫向/x|大会): 同 and 跟 take a partner, 以 a means, 向 and 对 whom one addresses.
const PREPOSITIONS = new Set([...'同跟与以向对']);
// What a preposition takes as its object and no name runs on into: a place, a body, a foreign name, a number or a pronoun
// (同|俄罗斯, 以|1分, 同|他们).
const OBJECT_TAG = /^(ns|nt|nrt|m|r|eng)$/;
// …and a noun of the language after those that address or give the means (向|大会, 以|成绩, 对|记者); after 同 a noun is
// as often what follows a name ending in it (李大同|书记).
const NOUN_OBJECT_AFTER = new Set([...'以向对']);
const POSTS_AND_CUES: ReadonlySet<string> = new Set([...TITLES_AFTER, ...CUES_AFTER]);

/**
 * The hit without the preposition jieba glued to a two-character name (王毅同/x → 王毅), where what follows is the
 * preposition's object. A three-character name ending in such a character (李大同同志) keeps it: a post or a cue after it
 * is no object.
 */
export function withoutGluedPreposition(ctx: EntityContext, hit: NameHit): NameHit {
  const { folded, seg } = ctx;
  if (hit.end - hit.start !== 3 || !PREPOSITIONS.has(folded[hit.end - 1]!)) return hit;
  const word = wordStartingAt(seg, hit.start);
  if (!word || word.end !== hit.end || word.tag !== 'x' || surnameLength(word.word) !== 1) return hit;
  const next = wordStartingAt(seg, hit.end);
  if (!next || POSTS_AND_CUES.has(next.word)) return hit;
  const object = OBJECT_TAG.test(next.tag) || (NOUN_OBJECT_AFTER.has(word.word[2]!) && next.tag === 'n' && next.word.length >= 2);
  return object ? { ...hit, end: hit.end - 1 } : hit;
}
