import type { Segmentation, Token } from '../segment.ts';
import { GENERIC_STEMS, GLUED_ADMIN_SUFFIXES, type SuffixPlace } from './placeStems.ts';
import { isProper, nameLike } from './stemWords.ts';
import { isHan } from '../../text/han.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// How long a village's stem may run back to the town written before it (切提布拉克, 阿热吾斯塘: transliterated names).
export const MAX_VILLAGE_AFTER_TOWN = 6;
// The words an admin suffix may be glued at the front of: unknown words (村原/x), and 村村.
const GLUED_SUFFIX_WORD = wordFlag(
  (w, tag) => (tag === 'x' || tag === '' || w === '村村') && w.length >= 2 && GLUED_ADMIN_SUFFIXES.has(w[0]!) && isHan(w),
);

/**
 * Where a gazetteer town ends right before `at`, if the words between it and `at` are name-like words of no admin unit
 * (孙扎齐牛录镇|切提|布拉克): the start of a village's name written after its town.
 */
export function townEndingBefore(tokens: Token[], seg: Segmentation, afterPlace: Set<number>, at: number, max: number): number | undefined {
  for (let k = seg.tokenAt[at - 1] ?? -1; k >= 0; k--) {
    const t = tokens[k]!;
    if (at - t.start > max || !nameLike(t) || /[镇乡村区县市]$/.test(t.word)) return undefined;
    if (afterPlace.has(t.start)) return t.start;
  }
  return undefined;
}

/**
 * 石湾|村原: a proper name followed by a word jieba glued from an admin suffix and what follows it is the place 石湾村; so is
 * an ordinary or unknown word right after a town the gazetteer knows (丰谷镇|齐心|村原党支部书记: the village 齐心村 of 丰谷镇;
 * 官庄镇|平峰/x|村章/x|秀英: 平峰村).
 */
export function gluedVillages(folded: string, seg: Segmentation, gazSpans: Set<string>, afterPlace: Set<number>): SuffixPlace[] {
  const out: SuffixPlace[] = [];
  const { tokens } = seg;
  const glued = tokensWith(seg, GLUED_SUFFIX_WORD);
  for (let n = 0; n < glued.length; n++) {
    const ti = glued[n]!;
    if (ti === 0) continue;
    const tok = tokens[ti]!;
    // 龙潭|村村/n|级: jieba joined the village's 村 and the 村 of 村级 (村民, 村委) into one word.
    const doubled = tok.word === '村村' && /^[级民委干]/.test(folded[tok.end] ?? '');
    if ((tok.tag !== 'x' && !doubled) || tok.word.length < 2 || !GLUED_ADMIN_SUFFIXES.has(tok.word[0]!) || !isHan(tok.word)) continue;
    const prev = tokens[ti - 1]!;
    if (prev.end !== tok.start || prev.word.length < 2 || !isHan(prev.word) || GENERIC_STEMS.has(prev.word)) continue;
    if (!isProper(prev) && !(afterPlace.has(prev.start) && prev.word.length === 2 && /^[anx]/.test(prev.tag))) continue;
    // 长寿镇|村民: a full admin name is the parent, not the stem of a village.
    if (/[镇乡村区县市]$/.test(prev.word)) continue;
    // 孙扎齐牛录镇|切提|布拉克|村原: the name runs back to the town before it.
    const start = afterPlace.has(prev.start)
      ? prev.start
      : (townEndingBefore(tokens, seg, afterPlace, prev.start, MAX_VILLAGE_AFTER_TOWN) ?? prev.start);
    out.push({ start, end: tok.start + 1, name: folded.slice(start, tok.start + 1), kind: 'admin', stemEnd: tok.start });
  }
  return out;
}
