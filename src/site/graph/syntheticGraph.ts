import type { Entity, EntityType, Extraction, Relation } from '../../types.ts';
import { ENTITY_TYPES } from '../../types.ts';
import { seededRandom } from '../../util/seededRandom.ts';
import { bareReport } from '../../corpus/bareReport.ts';

const SYLLABLES = '东南西北安平和兴华新城山水湖江海河田林石桥塘沙朗坑岭头塘洲湾港庄溪园'.split('');
const SUFFIX: Record<EntityType, string[]> = {
  person: ['同志'],
  place: ['镇', '街道', '村', '区', '市'],
  organization: ['局', '委员会', '办公室', '中心'],
  regulation: ['条例', '办法', '规定'],
  campaign: ['专项行动', '专项整治'],
};

/**
 * A synthetic extraction of `nodes` entities and about `edges` co-occurrence relations, for benchmarks of the graph
 * (layout time, data size, browser load and frame time). Degrees follow preferential attachment, as in real reports
 * where a few places and bodies are named with everything. Deterministic for a given seed.
 */
export function syntheticExtraction(nodes = 5000, edges = 20000, seed = 1): Extraction {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const reports = Array.from({ length: 10 }, (_, i) => `synthetic-${String(i + 1).padStart(2, '0')}`);

  const entities: Entity[] = [];
  const names = new Set<string>();
  for (let i = 0; i < nodes; i++) {
    const type = pick(ENTITY_TYPES);
    let name = '';
    do {
      const length = 2 + Math.floor(random() * 3);
      name = Array.from({ length }, () => pick(SYLLABLES)).join('') + pick(SUFFIX[type]);
    } while (names.has(name));
    names.add(name);
    const mentionCount = 1 + Math.floor(-Math.log(1 - random()) * 4);
    entities.push({
      id: `${type}:e${i}`,
      type,
      name,
      aliases: [],
      mentions: Array.from({ length: mentionCount }, (_, m) => ({
        report: pick(reports),
        start: m * 10,
        end: m * 10 + name.length,
        surface: name,
      })),
    });
  }

  // Preferential attachment: every edge end is drawn from the list of ends so far, half the time.
  const ends: number[] = [];
  const seen = new Set<string>();
  const relations: Relation[] = [];
  let guard = 0;
  while (relations.length < edges && guard++ < edges * 20) {
    const a = ends.length > 0 && random() < 0.5 ? ends[Math.floor(random() * ends.length)]! : Math.floor(random() * nodes);
    const b = ends.length > 0 && random() < 0.5 ? ends[Math.floor(random() * ends.length)]! : Math.floor(random() * nodes);
    if (a === b) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ends.push(a, b);
    const weight = 1 + Math.floor(-Math.log(1 - random()) * 1.5);
    relations.push({ source: entities[a]!.id, target: entities[b]!.id, type: 'co-occurs', weight, evidence: [] });
  }

  return {
    version: 1,
    reports: reports.map((id) => bareReport(id, '', `合成报告 ${id}`)),
    measures: [],
    entities,
    figures: [],
    cases: [],
    relations,
    skipped: [],
  };
}
