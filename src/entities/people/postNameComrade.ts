import { POSTS_BEFORE, TITLES_BEFORE } from './personNames.ts';

// A post (2-4 characters), a name of 2-4 and 同志: a match starts 4 to 8 characters before a 同志.
const POST_NAME_COMRADE = new RegExp(`(?:${POSTS_BEFORE.join('|')})([\\u4e00-\\u9fff]{2,4}?)同志`, 'y');
const POST_MAX = Math.max(...TITLES_BEFORE.map((t) => t.length));

/**
 * What `folded.matchAll(/(?:posts)(name)同志/g)` finds, trying the pattern only where a match can start (a few characters
 * before each 同志, in ascending order, past the last match) rather than at each of the text's characters with each post.
 */
export function postNameComrade(folded: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (let p = folded.indexOf('同志'); p >= 0; p = folded.indexOf('同志', p + 1)) {
    for (let s = Math.max(next, p - POST_MAX - 4); s <= p - 4; s++) {
      POST_NAME_COMRADE.lastIndex = s;
      const m = POST_NAME_COMRADE.exec(folded);
      next = s + 1;
      if (!m) continue;
      out.push(m);
      next = s + m[0].length;
      s = next - 1;
    }
  }
  return out;
}
