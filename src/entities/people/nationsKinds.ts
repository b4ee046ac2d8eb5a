import type { EntityContext } from '../context.ts';
import { occurrences, wordIndex } from '../../text/occurrences.ts';
import { readName } from './namesBesidePosts.ts';
import type { NameHit } from './untitledNames.ts';

// A story of the nationalities names a person by the nation and a word for a person of an age or a walk of life (彝族青年
// 吉克伍呷, 哈尼族小伙子车文明, 傣族姑娘玉罕香, 藏族阿妈卓玛): the pair says someone follows as a post does, whatever jieba
// reads the name as (车/zg|文明/nr). Each of the 56 nations' names ends in 族 (彝族, 哈尼族, 鄂温克族); 民族, 家族, 宗族
// and a class of people named with 族 (上班族, 追星族) name none.
const KINDS = [
  ...['青年', '姑娘', '小姑娘', '小伙子', '小伙', '少年', '女孩', '男孩', '孩子', '老人', '老汉', '汉子'],
  ...['妇女', '女子', '男子', '阿妈', '大妈', '大姐', '大爷', '大叔', '学生', '教师', '干部', '村民', '牧民', '歌手', '医生'],
].sort((a, b) => b.length - a.length);
const KINDS_INDEX = wordIndex(KINDS);
const NATION = /[\u4e00-\u9fff]{1,4}族$/;
const NOT_NATION = /(?:民|家|宗|氏|贵|皇|种|部|水|语|上班|追星|月光|打工|工薪|啃老|低头|银发|蚁)族$/;

/** Whether the text right before `at` is a nation's name and a kind of person (彝族青年|). */
export function afterNationsKind(ctx: EntityContext, at: number): boolean {
  const { folded } = ctx;
  for (const kind of KINDS) {
    if (!folded.startsWith(kind, at - kind.length)) continue;
    const before = folded.slice(Math.max(0, at - kind.length - 5), at - kind.length);
    return NATION.test(before) && !NOT_NATION.test(before);
  }
  return false;
}

/** Chinese-surnamed names right after a nation's name and a kind of person (哈尼族小伙子车文明). */
export function namesAfterNationsKinds(ctx: EntityContext): NameHit[] {
  const out: NameHit[] = [];
  const found = occurrences(ctx.folded, KINDS_INDEX);
  for (let k = 0; k < KINDS.length; k++) {
    for (const at of found[k]!) {
      const from = at + KINDS[k]!.length;
      if (!afterNationsKind(ctx, from)) continue;
      const name = readName(ctx, from);
      if (name) out.push({ ...name, score: 0.75 });
    }
  }
  return out;
}
