import type { EntityContext } from '../context.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { roleOf } from '../spanBoundary.ts';
import { isHan } from '../../text/han.ts';
import { isListJoiner } from '../../text/listJoiners.ts';
import { OWNERSHIP_WORDS } from './orgNames.ts';
import type { OrgHit } from './orgHit.ts';
import { readListOutward } from './readListOutward.ts';

// The heads an institution's or a social organization's name ends with, which a list repeats member after member
// (西北工业大学和空军工程大学, 腾讯公益慈善基金会、友成企业家乡村发展基金会, 国务院发展研究中心、中国国际经济交流中心).
const LISTED_HEAD = /(大学|学院|基金会|研究所|研究院|中心|促进会|研究会|协会|商会|实验室)$/;
const MAX_MEMBER = 14;
// What may follow the last member: the list's predicate (a verb, an adverb, a preposition), 的, 等, a mark or the end.
const AFTER_LIST_TAGS = /^(v|d|t|p|uj|ul|c)$/;
// Words of a member's name before its head: nouns, names, words jieba does not know, verbal nouns, distinguishing words.
const MEMBER_WORD_TAGS = /^(n|nz|nt|ns|x|vn|j|l|b)$/;

/**
 * 西北工业大学和空军工程大学: a member of a list written beside an institution read already and ending with the same head
 * is one more institution, when it opens right after the joiner, runs over words of a name (a noun, a name, a verbal noun;
 * no verb, number or function word, no owner 所属) to the head, holds a word that names (空军, not 有关|大学 or 重点|大学),
 * and closes the list or its clause. A member so read is the neighbour the next is read beside.
 */
export function listedSameHeads(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const headOf = (h: OrgHit) => LISTED_HEAD.exec(h.name)?.[1];
  const anchors = taken.filter(
    (h) => h.kind === 'co' && headOf(h) && (isListJoiner(folded[h.end] ?? '') || isListJoiner(folded[h.start - 1] ?? '')),
  );
  return readListOutward(folded, taken, anchors, [(h) => memberAfter(h)]);

  function memberAfter(h: OrgHit): { start: number; end: number } | undefined {
    const head = headOf(h);
    if (!head || !joinsAt(h.end)) return undefined;
    const first = seg.tokenAt[h.end + 1] ?? -1;
    if (first < 0 || seg.tokens[first]!.start !== h.end + 1) return undefined;
    let naming = false;
    for (let k = first; k < seg.tokens.length; k++) {
      const t = seg.tokens[k]!;
      if (t.end - (h.end + 1) > MAX_MEMBER || !isHan(t.word) || OWNERSHIP_WORDS.has(t.word)) return undefined;
      if (k > first && t.word.endsWith(head) && (t.word === head || !isGenericWord({ word: t.word, tag: t.tag }))) {
        if (!naming && t.word === head) return undefined;
        return closesMember(t.end) ? { start: h.end + 1, end: t.end } : undefined;
      }
      if (!MEMBER_WORD_TAGS.test(t.tag) || roleOf(t) !== 'content') return undefined;
      if (!isGenericWord(t)) naming = true;
    }
    return undefined;
  }

  /** 、 or a conjunction 和, 与, 及 of jieba's (与/p 'with' before whom something is done is none). */
  function joinsAt(at: number): boolean {
    const ch = folded[at] ?? '';
    if (ch === '、') return true;
    if (!isListJoiner(ch)) return false;
    const word = seg.tokens[seg.tokenAt[at] ?? -1];
    return word?.start === at && word.end === at + 1 && word.tag === 'c';
  }

  function closesMember(end: number): boolean {
    const next = folded[end] ?? '';
    if (next === '' || isListJoiner(next) || !isHan(next) || next === '等') return true;
    const word = seg.tokens[seg.tokenAt[end] ?? -1];
    return word?.start === end && AFTER_LIST_TAGS.test(word.tag);
  }
}
