import type { EntityContext } from '../context.ts';
import { surnameLength } from './personNames.ts';
import { isKnownPlaceName, wholeName, type NameHit } from './untitledNames.ts';
import { allTransliteration } from './transliteration.ts';

// A quotation closed and its author named in brackets right after it: ”（恩格斯）, "（鲁迅）.
const QUOTE_AUTHOR = /[”"」』]\s*[（(]([\u4e00-\u9fff·]{2,8})[）)]/g;

/**
 * The author a quotation is credited to, in brackets right after its closing mark (“…使用的方法”（恩格斯）): a name
 * jieba holds as a person's, or one shaped as a Chinese or transliterated name that no place is.
 */
export function quotedAuthors(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  for (const m of folded.matchAll(QUOTE_AUTHOR)) {
    const name = m[1]!;
    const start = m.index! + m[0].length - 1 - name.length;
    const end = start + name.length;
    const k = seg.tokenAt[start]!;
    const t = seg.tokens[k];
    if (!t || t.start !== start || t.end !== end) continue;
    const sl = surnameLength(name);
    const person = /^nr/.test(t.tag) || (sl > 0 && wholeName(t, sl) !== undefined) || (name.length >= 3 && allTransliteration(name));
    if (person && !isKnownPlaceName(ctx, name)) out.push({ start, end, score: 0.6 });
  }
  return out;
}
