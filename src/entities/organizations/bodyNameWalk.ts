// Reading a body's name word by word from its first word: shared by the readers of bodies named after a place
// (placeLedBodies.ts) and after another body (bodyLedBodies.ts).
import type { Segmentation, Token } from '../segment.ts';
import { roleOf } from '../spanBoundary.ts';
import { BODY_HEADS } from '../data/bodyHeads.ts';
import { FOUNDING_VERBS } from './orgNames.ts';
import { isHan } from '../../text/han.ts';

/** Heads of bodies of two characters or more, bar 国际 and 部队, which also stand inside names of other kinds. */
export const BODY_HEAD_SET = new Set(BODY_HEADS.filter((h) => h.length > 1 && h !== '国际' && h !== '部队'));

/** How a body's name is read word by word from its first word after where it starts. */
export interface NameWords {
  /** No word of the name ends past this. */
  maxEnd: number;
  /** A word that ends the walk before it is read (a body of its own). */
  stop?: (t: Token) => boolean;
  /** Whether a verb may stand right before `next`, the word after it (a committee named by what it does). */
  verbBefore: (next: Token | undefined) => boolean;
  /** The body is a foreign country's: 组织 after its field is its head, whatever jieba tags it. */
  abroad?: boolean;
  /** Whether the name may end with `t`, the last of `words`. */
  ends: (t: Token, words: Token[]) => boolean;
}

/**
 * Where a body's name read from the word at `first` ends: it runs over nouns and names (a verb only where `verbBefore`
 * allows it; any other verb or a function word ends it), and ends at the last word `ends` accepts; -1 when none does.
 */
export function bodyNameEnd(seg: Segmentation, first: number, walk: NameWords): number {
  let end = -1;
  const words: Token[] = [];
  for (let k = first; k < seg.tokens.length; k++) {
    const t = seg.tokens[k]!;
    if (t.end > walk.maxEnd || walk.stop?.(t)) break;
    // 绍兴市|经济|和|信息化|局, 住房|和|城乡建设|局: a department of two fields joined by 和, before any head is read (after
    // one, 和 joins another body: 公安局|和|交警支队).
    // 国家|发展|与|战略|研究院, 职业|教育|与|成人教育|司: 与 joins the two fields of an institute as 和 does a department's.
    if (
      (t.word === '和' || t.word === '与') &&
      end < 0 &&
      fieldsJoinedBefore(words, seg.tokens[k + 1], seg.tokens[k + 2], t.word === '与' ? INSTITUTE_WORD_END : DEPARTMENT_WORD_END)
    ) {
      words.push(t);
      continue;
    }
    // 北京市|发展|和|改革|委员会: the first of the two fields may be a verbal noun.
    if (
      t.tag === 'vn' &&
      !words.length &&
      seg.tokens[k + 1]?.word === '和' &&
      fieldsJoinedBefore([t], seg.tokens[k + 2], seg.tokens[k + 3])
    ) {
      words.push(t);
      continue;
    }
    // 伊朗|原子能|组织/v|宣布, 印度|空间|研究|组织/v: 组织 after the field of a foreign body with no head yet is the body's
    // word, which jieba tags as the verb 'to organize' (after a head it is what the body does: 农业农村局|组织|开展; at home,
    // what is done: 汉江|堤段|组织|全市…, 中国|青年/t|组织). Only after nouns of a field.
    const organization = !!walk.abroad && t.word === '组织' && end < 0 && words.length > 0 && words.every((w) => /^(n|vn|nz)$/.test(w.tag));
    // 桐庐县|快递/v|行业|工会联合会: a trade named by what it does (快递 'to deliver express') before 行业 is the field of the
    // trade's body, however jieba tags it.
    const trade = end < 0 && t.tag === 'v' && seg.tokens[k + 1]?.word === '行业' && seg.tokens[k + 1]!.start === t.end;
    if (
      !organization &&
      !trade &&
      !isNameWord(t) &&
      !(roleOf(t) === 'predicate' && !FOUNDING_VERBS.has(t.word) && walk.verbBefore(seg.tokens[k + 1]))
    )
      break;
    words.push(t);
    if (walk.ends(t, words)) end = t.end;
  }
  return end;
}

const DEPARTMENT_WORD_END = /(局|厅|委员会|委|办公室|署)$/;
// The heads of an institute, a school or a ministry's department, whose two fields 与 joins (世界经济与政治研究所).
const INSTITUTE_WORD_END = /(研究院|研究所|研究中心|学院|(?<!公)司)$/;
const HEAD_LIKE_END = /(公司|集团|银行|局|厅|部|委|院|会|社|队|党|团|组)$/;

/**
 * 和 joins two fields of one government department (经济|和|信息化|局, 住房|和|建设局): one or two field words before it,
 * none a body's head, and after it a field word with the department's head in it or right after it.
 */
function fieldsJoinedBefore(
  words: readonly Token[],
  next: Token | undefined,
  afterNext: Token | undefined,
  heads: RegExp = DEPARTMENT_WORD_END,
): boolean {
  if (!words.length || words.length > 2 || words.some((w) => HEAD_LIKE_END.test(w.word))) return false;
  if (!next || !/^(n|vn|nz|nt|l)$/.test(next.tag) || (next.tag === 'l' && heads === DEPARTMENT_WORD_END)) return false;
  return heads.test(next.word) || (!!afterNext && heads.test(afterNext.word));
}

/** A word that may stand inside a body's name: a noun, a name, a verbal noun, an ordinal (第五); not a verb or a particle. */
function isNameWord(t: Token): boolean {
  // 色达县藏医院|新建/ns|藏药制剂中心: a verb that sets a body up, whatever jieba tags it, is never a word of a name.
  if (!isHan(t.word) || FOUNDING_VERBS.has(t.word)) return false;
  // 光彩|事业|促进会/v: a body's head of three characters is the body's word whatever jieba tags it.
  if (/^第/.test(t.word) || (t.word.length >= 3 && BODY_HEAD_SET.has(t.word))) return true;
  return roleOf(t) === 'content' || t.word === '台';
}
