import { TITLES_BEFORE } from '../people/personNames.ts';
import type { Segmentation, Token } from '../segment.ts';

// A body's name never runs past the post a person holds in it: the name written after the post is the holder's, and a
// given name ending in a body's head (张建军, 李晓军: 军) would otherwise close a body over the post and the person
// (绥德县公安局局长张建军 read as one body, the person lost).
const POSTS: ReadonlySet<string> = new Set(TITLES_BEFORE.filter((p) => p.length >= 2));
const NAME_TAGS = /^(nr|nrfg|nrt|x)$/;

function endsWithPost(word: string): boolean {
  for (let len = 2; len <= Math.min(4, word.length); len++) if (POSTS.has(word.slice(-len))) return true;
  return false;
}

/** A name jieba reads as a person's (or not at all) right after a word ending in a post: 局长|张建军, 局局长|刘建军. */
export function holderAfterPost(seg: Segmentation, t: Token): boolean {
  if (!NAME_TAGS.test(t.tag)) return false;
  const prev = seg.tokens[seg.tokenAt[t.start - 1] ?? -1];
  return !!prev && prev.end === t.start && endsWithPost(prev.word);
}

// 农业农村|局局长, 卫生|院院长: jieba glues a department's one-character head to the post of its head; the body ends at
// its head.
export const DOUBLED_HEAD_POST = /([局厅处所站馆院行社队])(\1长)$/;

/** The word without the post glued to its head (局局长 → 局), as the walk should have read it. */
export function withoutGluedPost(t: Token): Token {
  const m = DOUBLED_HEAD_POST.exec(t.word);
  if (!m || t.word.length <= m[2]!.length) return t;
  return { ...t, word: t.word.slice(0, -m[2]!.length), end: t.end - m[2]!.length };
}
