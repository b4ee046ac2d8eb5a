import type { EntityContext } from '../context.ts';
import { isNameShaped } from './personNames.ts';
import { isKnownPlaceName, NOT_NAME_END, type NameHit } from './untitledNames.ts';
import { isHan } from '../../text/han.ts';

// A work in title marks named after the person it is of or by: a biography or a collection (《杜甫传》, 《鲁迅全集》,
// 《李白诗选》, 《雷锋日记》), and a work written right after its author's name (鲁迅《狂人日记》). History and culture
// pages name the poets and writers of the past so, where no post or act of speech stands beside them.

// What a work of or by one person is, after the person's name inside the marks.
const WORK_OF = /^(传|评传|全集|文集|选集|诗集|诗选|词选|文选|年谱|日记|书信集)$/;
// Words jieba reads as names, or leaves unknown (a name it does not hold), before the work's kind.
const NAME_TAG = /^(nr|nrfg|x)$/;
// A dictionary's name right before a title mark is the work's author; an unknown word there is as often a body's or a
// paper's short name (该报《…》), so only a name jieba holds, and of three characters: jieba files many words of two
// as names (高峰/nr, 文明/nr), and the people of two it holds are CC-CEDICT's too (dictionaryPeople.ts).
const AUTHOR_TAG = /^(nr|nrfg)$/;

export function worksOfPeople(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  for (let open = folded.indexOf('《'); open >= 0; open = folded.indexOf('《', open + 1)) {
    const inside = seg.tokens[seg.tokenAt[open + 1] ?? -1];
    const kind = inside && seg.tokens[seg.tokenAt[inside.end] ?? -1];
    if (
      inside &&
      kind &&
      inside.start === open + 1 &&
      kind.start === inside.end &&
      folded[kind.end] === '》' &&
      WORK_OF.test(kind.word) &&
      personWord(ctx, inside.word, inside.tag)
    )
      out.push({ start: inside.start, end: inside.end, score: 0.7 });
    const author = open > 0 ? seg.tokens[seg.tokenAt[open - 1]!] : undefined;
    if (
      author &&
      author.end === open &&
      author.word.length === 3 &&
      AUTHOR_TAG.test(author.tag) &&
      personWord(ctx, author.word, author.tag)
    )
      out.push({ start: author.start, end: author.end, score: 0.65 });
  }
  return out;
}

/** A name-shaped word jieba reads as a name or does not know, or files as a place no gazetteer holds (苏东坡/ns). */
function personWord(ctx: EntityContext, word: string, tag: string): boolean {
  if (!isHan(word) || word.length > 4 || !isNameShaped(word) || NOT_NAME_END.has(word[word.length - 1]!)) return false;
  return (NAME_TAG.test(tag) || tag === 'ns') && !isKnownPlaceName(ctx, word);
}
