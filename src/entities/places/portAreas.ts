import type { SuffixPlace } from './placeStems.ts';

/**
 * 武汉|新港|阳逻|港区, 荆州|港盐/x|卡|港区: a port area's name never holds a port's 港; the stem read before 港区 that runs
 * over one (新港阳逻, 港盐卡) starts after it, the port before it being the area's parent (赣州港|南康港区), read as a
 * port of its own where its words make one (武汉|新港).
 */
export function portAreaAfterPort(folded: string, p: SuffixPlace): SuffixPlace {
  if (!p.name.endsWith('港区')) return p;
  const at = folded.lastIndexOf('港', p.stemEnd - 1);
  if (at < p.start || p.stemEnd - (at + 1) < 2) return p;
  return { ...p, start: at + 1, name: folded.slice(at + 1, p.end) };
}
