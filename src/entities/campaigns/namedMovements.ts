import type { Span } from '../../types.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { occurrences, wordIndex } from '../../text/occurrences.ts';
import { CEDICT_MOVEMENTS } from '../data/cedictMovements.ts';

/** A political movement of the People's Republic, by the name the dictionary gives it. */
export interface NamedMovement extends Span {
  name: string;
}

const INDEX = wordIndex(CEDICT_MOVEMENTS);
// 中国将要出现一个大跃进: counted, the word is the common noun (a great leap), not the movement.
const COUNTED_BEFORE = /[一两几][个次场]$/;

/**
 * The movements the reports of the 1950s–70s name as history, not as drives they launch (经过整风运动和反右派斗争,
 * 无产阶级文化大革命胜利结束, 一九五八年的大跃进): the words CC-CEDICT glosses as the People's Republic's named
 * campaigns, wherever they stand outside the excluded spans (documents' titles). Found by the paragraph recall audit of
 * the State Council reports (audit21, recall-gwr-2122.tsv row 11: 文化大革命 missed).
 */
export function findNamedMovements(folded: string, excluded: readonly Span[]): NamedMovement[] {
  const out: NamedMovement[] = [];
  const found = occurrences(folded, INDEX);
  if (found.every((ats) => ats.length === 0)) return out;
  const cover = new SpanCover(folded.length, [...excluded]);
  found.forEach((ats, k) => {
    const name = CEDICT_MOVEMENTS[k]!;
    for (const at of ats) {
      const span = { start: at, end: at + name.length };
      if (!cover.overlaps(span) && !COUNTED_BEFORE.test(folded.slice(Math.max(0, at - 2), at))) out.push({ ...span, name });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}
