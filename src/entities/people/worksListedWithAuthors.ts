import type { EntityContext } from '../context.ts';
import { isNameShaped } from './personNames.ts';
import { isKnownPlaceName, NOT_NAME_END, type NameHit } from './untitledNames.ts';
import { allTransliteration } from './transliteration.ts';
import { isHanCode } from '../../text/han.ts';

// One item of a list of works by their authors: a short name (two to eight Chinese characters or ·), the work in title
// marks, then 、 or the list's end. What /([\u4e00-\u9fff·]{2,8})《[^《》\n]{1,30}》(?=[、，,。；;]|$)/gm finds, looked for
// only before each 《: the pattern, whose first part can start at any Chinese character, was tried at each of them.
const WORK = /《[^《》\n]{1,30}》(?=[、，,。；;]|$)/my;
const MAX_NAME = 8;
const isNameChar = (code: number) => isHanCode(code) || code === 0xb7;

/** The items in order, none overlapping another (as matchAll finds them): the name's offsets and the item's end. */
function items(folded: string): { start: number; name: string; end: number }[] {
  const out: { start: number; name: string; end: number }[] = [];
  let from = 0;
  for (let open = folded.indexOf('《'); open >= 0; open = folded.indexOf('《', open + 1)) {
    // The name is the longest run of its characters, up to eight, that ends at the mark and starts after the last item.
    let start = open;
    while (start > from && open - start < MAX_NAME && isNameChar(folded.charCodeAt(start - 1))) start--;
    if (open - start < 2) continue;
    WORK.lastIndex = open;
    const work = WORK.exec(folded);
    if (!work) continue;
    from = open + work[0].length;
    out.push({ start, name: folded.slice(start, open), end: from });
  }
  return out;
}

/**
 * Authors listed with their works (作品及作者为：杨志军《雪山大地》、乔叶《宝水》、刘亮程《本巴》): in a list of two
 * items or more, each an author's name and a work in title marks joined by 、, the name before each work is a person's
 * when it is shaped as a Chinese name or written in transliteration, and no place (上海《解放日报》、广州《南方日报》).
 */
export function authorsListedWithWorks(ctx: EntityContext): NameHit[] {
  const { folded } = ctx;
  const out: NameHit[] = [];
  let run: { start: number; end: number; name: string }[] = [];
  let lastEnd = -1;
  const flush = () => {
    if (run.length >= 2) for (const r of run) if (authorShaped(ctx, r.name)) out.push({ start: r.start, end: r.end, score: 0.6 });
    run = [];
  };
  for (const { start, name, end } of items(folded)) {
    // The name starts the item: after a list's 、 or the colon or clause mark that opens it.
    const before = folded[start - 1] ?? '';
    if (!/[、：:，,]/.test(before)) {
      flush();
      continue;
    }
    if (before !== '、' || start - 1 !== lastEnd) flush();
    run.push({ start, end: start + name.length, name });
    lastEnd = end;
  }
  flush();
  return out;
}

function authorShaped(ctx: EntityContext, name: string): boolean {
  // A body's name ends like one (国务院《…》, 人民日报社《…》), and a place is the work's, not its author (上海《解放日报》).
  if (NOT_NAME_END.has(name[name.length - 1]!) || isKnownPlaceName(ctx, name)) return false;
  return isNameShaped(name) || (name.length >= 3 && allTransliteration(name.replace(/·/g, '')));
}
