import type { SectionLevel, Span } from '../types.ts';
import type { HeadingMatch } from './detectHeading.ts';
import { rowCellsAt } from '../text/tableRows.ts';

// 1 总体情况 · 1.1 主要指标 · 2.1.1 推行“一网通办”: a decimal outline number, a space, a title (no figure: 1.5万户 has no
// space; no table row).
const OUTLINE = /^(\d{1,2}(?:\.\d{1,2}){0,2})[ \t\u3000]+(?=[^\d\s.])/;
const TITLE_END = /[。；;！？!?]/;
const TITLE_MAX = 40;

/**
 * Headings numbered in decimal outline (1 / 1.1 / 1.1.1), the number's depth as their level, keyed by line. Read only as
 * an outline: a 1.1 stands under its 1, each number follows its sibling before it (or opens its parent with 1), and the
 * outline has a second level; else a line opening with a number and a space is no heading.
 */
export function decimalOutline(text: string, folded: string, paragraphs: readonly Span[]): Map<number, HeadingMatch> {
  const out = new Map<number, HeadingMatch>();
  const last: number[] = [];
  paragraphs.forEach((p, i) => {
    const line = folded.slice(p.start, p.end);
    const m = OUTLINE.exec(line);
    if (!m || rowCellsAt(line) >= 0) return;
    const parts = m[1]!.split('.').map(Number);
    const depth = parts.length;
    // Its parent is the last number read one level up, and it follows the last sibling read under that parent.
    if (parts.slice(0, -1).some((n, k) => last[k] !== n) || depth > last.length + 1) return;
    const ordinal = parts[depth - 1]!;
    if (ordinal !== (depth <= last.length ? last[depth - 1]! : 0) + 1) return;
    const hs = p.start + m[0].length;
    let he = hs;
    while (he < p.end && !TITLE_END.test(folded[he]!)) he++;
    if (he - hs > TITLE_MAX || he === hs) return;
    last.length = depth;
    last[depth - 1] = ordinal;
    out.set(i, {
      level: depth as SectionLevel,
      number: m[1]!,
      ordinal,
      numberStart: p.start,
      heading: text.slice(hs, he),
      headingStart: hs,
      headingEnd: he,
    });
  });
  return [...out.values()].some((h) => h.level > 1) ? out : new Map();
}
