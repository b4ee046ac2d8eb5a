import type { ReportStructure, Section } from '../types.ts';

export interface StructurePlace {
  section: string | null;
  measure: string | null;
}

/** Innermost section and the measure whose spans contain an offset (built once per report). */
export function structureLocator(structure: ReportStructure): (offset: number) => StructurePlace {
  const sections = [...structure.sections].sort((a, b) => a.start - b.start);
  const measures = [...structure.measures].sort((a, b) => a.start - b.start);
  return (offset) => ({
    section: innermost(sections, offset)?.id ?? null,
    measure: measures.find((m) => m.start <= offset && offset < m.end)?.id ?? null,
  });
}

function innermost(sections: readonly Section[], offset: number): Section | undefined {
  let best: Section | undefined;
  for (const s of sections) {
    if (s.start > offset) break;
    if (offset < s.end && (!best || s.level > best.level)) best = s;
  }
  return best;
}
