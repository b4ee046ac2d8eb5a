import type { ReportMention } from '../types.ts';
import { joinsOrAbuts } from '../text/listJoiners.ts';

// Places a clause names only to say where something else is or goes: figureEntities does not link a figure to them.

// 雉城街道长兴大道以东CX2023-15号地块以12.6亿元成交: a place named as a reference point locates the plot, which is what is sold.
const REFERENCE_AFTER = /^(?:以[东西南北]|[东西南北]侧)/;
// 营口港开通至俄罗斯、蒙古国的海铁联运班列23条: the ends of a route qualify the route that is counted (的 after them).
const ROUTE_BEFORE = /(?:至|往|通往|直达|直通)$/;

// 澧水张家界段漂流接待游客42万人次, 湘江株洲段通航里程98公里; 株洲港完成货物吞吐量: a place that names a water's section or a port
// names where the river runs or the port lies; the figures are the section's or the port's, not the city's.
const WATER_BEFORE = /[江河水湖溪川渠]$/;
const SECTION_OR_PORT_AFTER = /^(?:段|港(?![口澳区]))/;
// A city's or a province's: the river's whole reach there. A town's section (南港河南港镇段…治理项目) is where local works are
// done, and the town is what they are about (the tenth held-out set).
const WIDE_LEVELS = new Set(['city', 'province']);

/** The places of a clause named as a reference point (X以东) or as the ends of a route (至A、B的…), or inside a water's
 * section or a port's name (湘江株洲段, 株洲港). */
export function referencePlaces(folded: string, inClause: readonly ReportMention[]): Set<ReportMention> {
  const out = new Set<ReportMention>();
  for (let i = 0; i < inClause.length; i++) {
    const m = inClause[i]!;
    if (m.entity.type !== 'place') continue;
    if (REFERENCE_AFTER.test(folded.slice(m.end, m.end + 2))) out.add(m);
    const after = folded.slice(m.end, m.end + 2);
    if (
      SECTION_OR_PORT_AFTER.test(after) &&
      WIDE_LEVELS.has(m.entity.place?.level ?? '') &&
      (after[0] === '港' || WATER_BEFORE.test(folded.slice(Math.max(0, m.start - 1), m.start)))
    )
      out.add(m);
    if (!ROUTE_BEFORE.test(folded.slice(Math.max(0, m.start - 2), m.start))) continue;
    const run = [m];
    while (i + 1 < inClause.length) {
      const next = inClause[i + 1]!;
      const gap = folded.slice(run[run.length - 1]!.end, next.start);
      if (next.entity.type !== 'place' || !joinsOrAbuts(gap)) break;
      run.push(next);
      i++;
    }
    // 蒙古国 read as 蒙古: a country's 国 may stand between the last end and 的.
    if (/^国?的/.test(folded.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 2))) for (const p of run) out.add(p);
  }
  return out;
}
