import type { EntityContext } from '../context.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { CEDICT_PEOPLE } from '../data/cedictPeople.ts';
import { isKnownPlaceName, type NameHit } from './untitledNames.ts';
import { standsAsName } from './wordNameMentions.ts';

// People of history, letters and fiction by name alone (李白奉诏入长安, 杜甫困居长安十年, 张骞乘槎入银河): a
// history or culture page names them with no post, act of speech or role beside them, and jieba holds many of them as
// words, some not as names (西施/n). A word CC-CEDICT glosses only as a person (src/entities/data/cedictPeople.ts) is one,
// where jieba reads it as a word of its own standing as a name (wordNameMentions.ts): not opening a phrase with the noun
// after it (鲁迅文学奖, 雷锋精神, 孔子学院: an award, a spirit, an institute named after the person), nor closing one with
// the noun before it (超导量子计算机“本源悟空”, a machine named after the character).
const PERSON = new Set(CEDICT_PEOPLE);
const PERSON_WORD = wordFlag((w) => PERSON.has(w));
// An emperor's name that is his reign's is the reign before a year or a span of it (嘉庆年间, 嘉庆元年, 嘉庆二十年, 嘉庆初):
// a time, no person.
export const REIGN_TIME = /^(?:年间|元年|初年|末年|年|初|末|中叶|[一二三四五六七八九十廿]{1,3}年)/;

export function dictionaryPeople(ctx: EntityContext): NameHit[] {
  const { seg } = ctx;
  const out: NameHit[] = [];
  const words = tokensWith(seg, PERSON_WORD);
  for (let n = 0; n < words.length; n++) {
    const t = seg.tokens[words[n]!]!;
    if (!standsAsName(ctx, t.start, t.end) || isKnownPlaceName(ctx, t.word)) continue;
    if (REIGN_TIME.test(ctx.folded.slice(t.end, t.end + 4))) continue;
    out.push({ start: t.start, end: t.end, score: 0.6 });
  }
  return out;
}
