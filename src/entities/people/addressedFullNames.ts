import type { EntityContext } from '../context.ts';
import { readName } from './namesBesidePosts.ts';
import { surnameLength } from './personNames.ts';
import type { NameHit } from './untitledNames.ts';

// A feature calls people as their neighbours do (老张, 小李) and gives the full name once, set off right after by a dash
// or in brackets (后勤老张——张德福，, 老王（王建国）): the name that opens on the surname of the address is the person's,
// whatever words jieba reads in it (张/q|德福/ns).
const ADDRESS_THEN_NAME = /[老小]([\u4e00-\u9fff])(?:——|—|（|\()/g;

export function addressedFullNames(ctx: EntityContext): NameHit[] {
  const { folded } = ctx;
  const out: NameHit[] = [];
  for (const m of folded.matchAll(ADDRESS_THEN_NAME)) {
    const surname = m[1]!;
    const at = m.index! + m[0].length;
    if (surnameLength(surname) !== 1 || folded[at] !== surname) continue;
    const name = readName(ctx, at);
    // Not the household or the clan (老张——张家的大儿子).
    if (name && !/[家姓氏]$/.test(folded.slice(name.start, name.end))) out.push({ ...name, score: 0.75 });
  }
  return out;
}
