import { describe, expect, it } from 'vitest';
import { buildMaps, type GazPlace } from '../../src/entities/places/gazetteer.ts';
import { deserializeGazetteer, serializeGazetteer } from '../../src/entities/places/gazetteerIndex.ts';

// The index beside the bundle must give back the gazetteer exactly as built from the rows: the same names in the same
// order (the segmenter's dictionary is made from them), the same places under each, one path array per county.
describe('the gazetteer index', () => {
  const built = buildMaps();
  const read = deserializeGazetteer(serializeGazetteer(built))!;

  it('holds every map with its keys and places in order', () => {
    for (const key of ['byName', 'shortCounties', 'zones', 'byCode'] as const) {
      expect([...read[key].keys()]).toEqual([...built[key].keys()]);
      expect([...read[key].values()]).toEqual([...built[key].values()]);
    }
    expect(read.byName.get('高埗镇')!.map((p) => p.path)).toEqual([['广东省', '东莞市']]);
  });

  it('keeps one object per place and one path per parent, as when built', () => {
    const samePlace = (a: GazPlace) => read.byCode.get(a.code);
    for (const [name, places] of built.byName) {
      read.byName.get(name)!.forEach((p, i) => expect(p).toBe(samePlace(places[i]!)));
    }
    const towns = [...read.byCode.values()].filter((p) => p.level === 'town' && p.path[1] === '东莞市');
    expect(towns.length).toBeGreaterThan(20);
    expect(new Set(towns.map((p) => p.path)).size).toBe(1);
  });

  it('is ignored when it is of another layout', () => {
    expect(deserializeGazetteer(JSON.stringify({ layout: 0 }))).toBeUndefined();
  });
});
