import type { EntityContext } from '../context.ts';
import { placeStemsInAnyReading } from '../places/countyStems.ts';
import { resolvePlace } from '../places/homePlace.ts';
import type { PlaceChain } from './placeBodies.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// The words that end with 县 (县 alone included): the only ones a county's short form can end at.
const ENDS_WITH_COUNTY = wordFlag((w) => w.charCodeAt(w.length - 1) === 0x53bf);

/**
 * An autonomous county written by its short name and 县 (玉龙|县 for 玉龙纳西族自治县, 恭城县/ns for 恭城瑶族自治县), which
 * the gazetteer does not list under that form: a chain of its own, so the body written after it is that county's
 * (玉龙县人民政府, 恭城县委). The form is read as the county only where a body follows it (placeWrittenBodies asks), so
 * 河南县 stays no place of running text.
 */
export function shortCountyChains(ctx: EntityContext, taken: ReadonlySet<number>): PlaceChain[] {
  const { folded, seg } = ctx;
  const out: PlaceChain[] = [];
  const { tokens } = seg;
  const countyWords = tokensWith(seg, ENDS_WITH_COUNTY);
  for (let n = 0; n < countyWords.length; n++) {
    const k = countyWords[n]!;
    const t = tokens[k]!;
    if (t.word.charCodeAt(t.word.length - 1) !== 0x53bf) continue; // 县
    const prev = tokens[k - 1];
    const start = t.word.length >= 3 ? t.start : t.word === '县' && prev && prev.end === t.start ? prev.start : -1;
    if (start < 0 || taken.has(start) || t.end - start < 3) continue;
    const stem = folded.slice(start, t.end - 1);
    const counties = placeStemsInAnyReading(ctx.gaz)
      .get(stem)
      ?.filter((p) => p.name.endsWith('自治县'));
    const place = counties?.length ? resolvePlace(counties, ctx.home) : undefined;
    if (place) out.push({ start, end: t.end, place });
  }
  return out;
}
