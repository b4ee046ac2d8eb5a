import { describe, expect, it } from 'vitest';
import { buildMaps, type GazPlace } from '../../src/entities/places/gazetteer.ts';
import { deserializeGazetteer, serializeGazetteer } from '../../src/entities/places/gazetteerIndex.ts';
import { gazetteerWords, gazetteerWordsBytes } from '../../src/entities/places/gazetteerWords.ts';
import { segment } from '../../src/entities/segment.ts';

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

// jieba's words from the gazetteer, which the bundle carries as a file made with the index: the same lines whether made
// from the rows or read back from the index, so a process reading the file segments as one that makes them.
describe("the gazetteer's names as jieba's words", () => {
  const built = buildMaps();
  const lines = gazetteerWords(built).split('\n');

  it("weighs a full name as a word and a town's everyday short name as a weak one; shorter names are jieba's own", () => {
    expect(lines).toContain('高埗镇 2000 ns');
    expect(lines).toContain('东莞市 2000 ns');
    // 枫树维吾尔族回族乡 is called 枫树乡: a word that must not split the language's words before it.
    expect(lines).toContain('枫树乡 20 ns');
    expect(lines.some((l) => l.startsWith('东莞 '))).toBe(false);
  });

  it('are the same read back from the index as made from the rows', () => {
    expect(gazetteerWords(deserializeGazetteer(serializeGazetteer(built))!)).toBe(lines.join('\n'));
    expect(gazetteerWordsBytes().toString('utf8')).toBe(lines.join('\n'));
  });

  it('keep a rare town whole in a sentence', () => {
    const words = segment('东莞市高埗镇加大水乡片区建设').tokens.map((t) => t.word);
    expect(words).toContain('高埗镇');
  });
});
