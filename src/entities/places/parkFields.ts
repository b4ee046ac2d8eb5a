import type { Token } from '../segment.ts';
import { isHan } from '../../text/han.ts';

/**
 * 潜江|化工|循环/vn|产业园, 樟树市|中医药/nt|产业园: the trade a park gathers may be a verbal noun right before its suffix (at
 * `suffixStart`), or a field jieba tags as a body's word: a word of the park's field, not a name. A verbal noun further
 * off is what is done to the park (建设/vn|精细化工|产业园).
 */
export function isParkField(t: Token, suffixStart: number): boolean {
  if (!isHan(t.word)) return false;
  return (t.tag === 'vn' && t.end === suffixStart) || (t.tag === 'nt' && !/[局厅委院部会社]$/.test(t.word));
}
