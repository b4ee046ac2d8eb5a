import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { OPENS_ON_SURNAME, surnameLength } from './personNames.ts';
import { tokensWith } from '../wordTable.ts';

// The top posts of party and state: after a bare surname they name the one holder every reader of the time knew
// (周总理, 毛主席, 朱委员长), so the pair is a way to name a person. Lower posts after a surname (李主任, 王局长) are a way to
// address whoever holds them and stay out.
const TOP_POSTS = ['总书记', '主席', '副主席', '总理', '副总理', '委员长', '副委员长'];
const SURNAME_TAG = /^(nr|nrfg|nrt)$/;

/** A single-character surname and a top post (周总理, 毛主席): the post's length when `word` is shaped so, else 0. */
export function topPostAfterSurname(word: string): number {
  if (word.length < 3 || surnameLength(word[0]!) !== 1) return 0;
  const post = word.slice(1);
  return TOP_POSTS.includes(post) ? post.length : 0;
}

/**
 * A surname and a top post as jieba reads them: one word (周总理/nr, 毛主席/n), or a surname that jieba takes for a name
 * standing alone before the post (朱/nr 委员长). Not a function word before a post (由主席主持, 向主席团): jieba glues
 * those otherwise, and 主席团 is a word of its own.
 *
 * Each is named after the person of that surname the report names in full — the one written with that post (周恩来总理)
 * when there is one, else the one name of that surname it reads — and stands on its own (毛主席) when the report names
 * no one so; the corpus merge then joins it to the one person other reports give it to (mergeCorpus).
 */
export function findSurnamePosts(ctx: EntityContext, names: ReadonlySet<string>): EntityCandidate[] {
  const { seg, folded, text } = ctx;
  const out: EntityCandidate[] = [];
  const tokens = seg.tokens;
  // Both readings open on a word that opens on a surname.
  const opening = tokensWith(seg, OPENS_ON_SURNAME);
  for (let n = 0; n < opening.length; n++) {
    const i = opening[n]!;
    const t = tokens[i]!;
    let end = -1;
    if (topPostAfterSurname(t.word)) end = t.end;
    else if (t.word.length === 1 && SURNAME_TAG.test(t.tag) && surnameLength(t.word) === 1) {
      const next = tokens[i + 1];
      if (next && next.start === t.end && TOP_POSTS.includes(next.word)) end = next.end;
    }
    if (end < 0) continue;
    const surface = folded.slice(t.start, end);
    const canonical = holderOf(surface[0]!, surface.slice(1), names, folded) ?? surface;
    out.push({ type: 'person', start: t.start, end, surface: text.slice(t.start, end), canonical, score: 0.6, source: 'people' });
  }
  return out;
}

/** The person of this surname the report names: the one written with the post, else the only one of the surname. */
function holderOf(surname: string, post: string, names: ReadonlySet<string>, folded: string): string | undefined {
  const same = [...names].filter((n) => n.length >= 2 && n.startsWith(surname) && !TOP_POSTS.some((p) => n.endsWith(p)));
  const withPost = same.filter((n) => folded.includes(n + post));
  if (withPost.length === 1) return withPost[0];
  return same.length === 1 ? same[0] : undefined;
}
