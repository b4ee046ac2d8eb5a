import { describe, expect, it } from 'vitest';
import { mergeCorpus } from '../../src/corpus/mergeCorpus.ts';
import type { Entity, EntityType, Relation, ReportExtraction } from '../../src/types.ts';
import { bareExtraction } from '../fixtures/bareExtraction.ts';

// Hand-made per-report extractions: the merge rules tested apart from the recognizers that feed them.
function part(id: string, text: string, entities: [EntityType, string, string][], relations: Relation[] = []): ReportExtraction {
  const ents: Entity[] = [];
  for (const [type, name, surface] of entities) {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`${surface} not in ${id}`);
    let e = ents.find((x) => x.type === type && x.name === name);
    if (!e) ents.push((e = { id: `${type}:local-${ents.length}`, type, name, aliases: [], mentions: [] }));
    if (surface !== name && !e.aliases.includes(surface)) e.aliases.push(surface);
    e.mentions.push({ report: id, start, end: start + surface.length, surface });
  }
  return bareExtraction(id, text, ents, relations);
}

const A = part('a-2018', '针对塘厦镇、大朗镇违规发放津贴问题开展核查', [
  ['place', '塘厦镇', '塘厦镇'],
  ['place', '大朗镇', '大朗镇'],
]);
const B = part('b-2019', '大朗镇完成清退。东莞大朗镇', [
  ['place', '大朗镇', '大朗镇'],
  ['place', '东莞市', '东莞'],
]);
const BHant = part('b-2019-hant', '大朗鎮完成清退。東莞大朗鎮', [
  ['place', '大朗鎮', '大朗鎮'],
  ['place', '東莞市', '東莞'],
]);

const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name);

describe('mergeCorpus', () => {
  it('makes one entity of the same place in two reports, mentions grouped by report', () => {
    const m = mergeCorpus([B, A]);
    const dalang = m.entities.filter((e) => e.name === '大朗镇');
    expect(dalang).toHaveLength(1);
    expect(dalang[0].mentions.map((x) => x.report)).toEqual(['a-2018', 'b-2019']);
    expect(m.reports.map((r) => r.id)).toEqual(['a-2018', 'b-2019']);
  });

  it('merges a traditional-script report with its simplified twin, name simplified, surface kept as an alias', () => {
    const m = mergeCorpus([B, BHant]);
    const dalang = m.entities.filter((e) => e.type === 'place' && e.name.startsWith('大朗'));
    expect(dalang).toHaveLength(1);
    expect(dalang[0].name).toBe('大朗镇');
    expect(dalang[0].aliases).toContain('大朗鎮');
    expect(dalang[0].mentions.map((x) => x.surface)).toEqual(['大朗镇', '大朗鎮']);
    const dg = byName(m.entities, '东莞市')!;
    expect(dg.aliases).toEqual(['东莞', '東莞', '東莞市']);
  });

  it('gives every entity an id that depends on its name only, not on which reports are in the corpus', () => {
    const ids = (parts: ReportExtraction[]) => new Map(mergeCorpus(parts).entities.map((e) => [e.name, e.id]));
    const a = ids([A]);
    const b = ids([B]);
    const ab = ids([A, B, BHant]);
    for (const [name, id] of [...a, ...b]) expect(ab.get(name)).toBe(id);
    expect(ab.get('大朗镇')).toBe('place:da-lang-zhen-ae4a');
  });

  // Toneless pinyin collides (苏州市 / 宿州市, 山西省 / 陕西省): the hash of the name in every id keeps the first one's id
  // (and URL) when the second arrives.
  it('keeps an id when a report naming a homophone place arrives (苏州市, then 宿州市)', () => {
    const suzhou = part('suzhou', '苏州市开展整改', [['place', '苏州市', '苏州市']]);
    const suzhou2 = part('suzhou2', '宿州市开展整改', [['place', '宿州市', '宿州市']]);
    const alone = mergeCorpus([suzhou]).entities[0].id;
    const both = mergeCorpus([suzhou, suzhou2]).entities.find((e) => e.name === '苏州市')!.id;
    expect(both).toBe(alone);
  });

  it('does not depend on the order the reports arrive in', () => {
    expect(JSON.stringify(mergeCorpus([A, B, BHant]))).toBe(JSON.stringify(mergeCorpus([BHant, A, B])));
  });

  it('skips a second report with an id already taken, naming both files, and keeps the first', () => {
    const dup = { ...B, report: { ...B.report, file: 'copy/b-2019.txt' } };
    const m = mergeCorpus([dup, A, B]);
    expect(m.reports.map((r) => r.file)).toEqual(['a-2018.txt', 'b-2019.txt']);
    expect(m.skipped).toEqual([{ path: 'copy/b-2019.txt', reason: 'duplicate report id "b-2019" (already used by b-2019.txt)' }]);
  });

  it('sums a co-occurrence found in two reports whichever way round each wrote it', () => {
    const rel = (report: string, source: string, target: string): Relation => ({
      type: 'co-occurs',
      source,
      target,
      weight: 1,
      evidence: [{ report, start: 0, end: 3 }],
    });
    const a = part(
      'a-2018',
      '大朗镇东莞',
      [
        ['place', '大朗镇', '大朗镇'],
        ['place', '东莞市', '东莞'],
      ],
      [rel('a-2018', 'place:local-0', 'place:local-1')],
    );
    const b = part(
      'b-2019',
      '东莞大朗镇',
      [
        ['place', '东莞市', '东莞'],
        ['place', '大朗镇', '大朗镇'],
      ],
      [rel('b-2019', 'place:local-1', 'place:local-0')],
    );
    const m = mergeCorpus([a, b]);
    expect(m.relations).toHaveLength(1);
    expect(m.relations[0]).toMatchObject({ source: 'place:da-lang-zhen-ae4a', target: 'place:dong-guan-shi-17a7', weight: 2 });
    expect(m.relations[0].evidence.map((e) => e.report)).toEqual(['a-2018', 'b-2019']);
  });
});
