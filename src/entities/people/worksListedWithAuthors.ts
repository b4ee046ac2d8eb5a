import type { EntityContext } from '../context.ts';
import { isNameShaped } from './personNames.ts';
import { isKnownPlaceName, NOT_NAME_END, type NameHit } from './untitledNames.ts';
import { allTransliteration } from './transliteration.ts';

// One item of a list of works by their authors: a short name, the work in title marks, then 、 or the list's end.
const ITEM = /([\u4e00-\u9fff·]{2,8})《[^《》\n]{1,30}》(?=[、，,。；;]|$)/gm;

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
  for (const m of folded.matchAll(ITEM)) {
    // The name starts the item: after a list's 、 or the colon or clause mark that opens it.
    const start = m.index!;
    const before = folded[start - 1] ?? '';
    if (!/[、：:，,]/.test(before)) {
      flush();
      continue;
    }
    if (before !== '、' || start - 1 !== lastEnd) flush();
    run.push({ start, end: start + m[1]!.length, name: m[1]! });
    lastEnd = start + m[0].length;
  }
  flush();
  return out;
}

function authorShaped(ctx: EntityContext, name: string): boolean {
  // A body's name ends like one (国务院《…》, 人民日报社《…》), and a place is the work's, not its author (上海《解放日报》).
  if (NOT_NAME_END.has(name[name.length - 1]!) || isKnownPlaceName(ctx, name)) return false;
  return isNameShaped(name) || (name.length >= 3 && allTransliteration(name.replace(/·/g, '')));
}
