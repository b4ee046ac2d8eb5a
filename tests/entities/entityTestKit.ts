import type { Entity, NormalizedReport, ReportStructure } from '../../src/types.ts';
import { findEntities } from '../../src/entities/findEntities.ts';

const noStructure: ReportStructure = { sections: [], paragraphs: [], sentences: [], measures: [] };

/** A report of one text (folded = text unless given), as the normalize stage would hand it over. */
export function reportOf(text: string, folded = text, id = 'test'): NormalizedReport {
  return { id, file: `${id}.txt`, format: 'txt', encoding: 'UTF-8', text, folded, script: 'zh-Hans', title: id, removed: [] };
}

export function entitiesOf(text: string, folded = text): Entity[] {
  return findEntities(reportOf(text, folded), noStructure);
}

/** `type:name` of every entity, sorted, for compact assertions. */
export function namesOf(entities: Entity[], type?: Entity['type']): string[] {
  return entities
    .filter((e) => !type || e.type === type)
    .map((e) => e.name)
    .sort();
}

export function entity(entities: Entity[], type: Entity['type'], name: string): Entity | undefined {
  return entities.find((e) => e.type === type && e.name === name);
}

/** The spans of an entity's mentions as [start, end, surface]. */
export function spans(e: Entity | undefined): [number, number, string][] {
  return (e?.mentions ?? []).map((m) => [m.start, m.end, m.surface]);
}
