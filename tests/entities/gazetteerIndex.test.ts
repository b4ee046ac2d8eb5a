import { describe, expect, it } from 'vitest';
import { buildMaps, builtGazetteer, type GazPlace } from '../../src/entities/places/gazetteer.ts';
import { countyStems, placeStemsInAnyReading } from '../../src/entities/places/countyStems.ts';
import { deserializeGazetteer, serializeGazetteer } from '../../src/entities/places/gazetteerIndex.ts';
import { packPrefixes, PrefixTable } from '../../src/entities/places/gazetteerPrefixes.ts';
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

  it('answers names it does not hold, and names that differ by one character, as the built maps do', () => {
    for (const name of ['东莞', '东莞市', '东莞县', '东', '', '大朗镇', '大朗', '高埗镇', '高埗', 'Dongguan', '莒县', '沙田镇']) {
      expect(read.byName.has(name)).toBe(built.byName.has(name));
      expect(read.byName.get(name)?.map((p) => p.code)).toEqual(built.byName.get(name)?.map((p) => p.code));
      expect(read.shortCounties.get(name)?.map((p) => p.code)).toEqual(built.shortCounties.get(name)?.map((p) => p.code));
    }
    expect(read.byCode.get('4419')?.name).toBe('东莞市');
    expect(read.byCode.get('44190')).toBeUndefined();
    expect(read.byName.size).toBe(built.byName.size);
  });

  it('carries the lengths of the names by their first two characters, as built from the names', () => {
    const fromNames = new PrefixTable(packPrefixes(built.byName.keys()));
    const fromIndex = new PrefixTable(read.prefixes);
    const sentence = '广东省东莞市大朗镇和沙田镇、莒县加大水乡片区建设，香港特别行政区';
    for (let i = 0; i < sentence.length; i++) {
      const second = i + 1 < sentence.length ? sentence.charCodeAt(i + 1) : 0;
      expect(fromIndex.get(sentence.charCodeAt(i), second)).toEqual(fromNames.get(sentence.charCodeAt(i), second));
    }
    // 东莞 opens 东莞 and 东莞市 (and longer names): lengths 2 and 3 among them.
    const dongguan = fromIndex.get('东'.charCodeAt(0), '莞'.charCodeAt(0))!;
    expect(dongguan.mask & (1 << 2) && dongguan.mask & (1 << 3)).toBeTruthy();
    expect(fromIndex.get('的'.charCodeAt(0), '是'.charCodeAt(0))).toBeUndefined();
    expect(read.maxNameLength).toBe(Math.max(...[...built.byName.keys()].map((n) => n.length)));
  });

  it("carries the places' short forms made from the same gazetteer (恭城 for 恭城瑶族自治县, 和田 in any reading)", () => {
    const gaz = builtGazetteer();
    const stems = { county: countyStems(gaz), anyReading: placeStemsInAnyReading(gaz) };
    const withStems = deserializeGazetteer(serializeGazetteer(gaz, stems))!;
    const codes = (map: ReadonlyMap<string, GazPlace[]>) => [...map].map(([k, places]) => [k, places.map((p) => p.code)]);
    expect(codes(withStems.stems!.county)).toEqual(codes(stems.county));
    expect(codes(withStems.stems!.anyReading)).toEqual(codes(stems.anyReading));
    expect(withStems.stems!.county.get('恭城')!.map((p) => p.name)).toEqual(['恭城瑶族自治县']);
    expect(withStems.stems!.county.has('和田')).toBe(false);
    expect(withStems.stems!.anyReading.has('和田')).toBe(true);
    // A place under a short form is the very place under its code.
    const [place] = withStems.stems!.county.get('恭城')!;
    expect(withStems.byCode.get(place!.code)).toBe(place);
    expect(read.stems).toBeUndefined();
  });

  it('is not read when cut short (a damaged file): reading throws or gives nothing, and loadGazetteer builds from the rows', () => {
    const bytes = serializeGazetteer(built);
    for (const length of [4, 100, bytes.length >> 1, bytes.length - 4]) {
      let cut;
      try {
        cut = deserializeGazetteer(bytes.subarray(0, length));
      } catch {
        cut = undefined;
      }
      expect(cut).toBeUndefined();
    }
  });

  it('is ignored when it is of another layout', () => {
    expect(deserializeGazetteer(Buffer.from(JSON.stringify({ layout: 3 })))).toBeUndefined();
    expect(deserializeGazetteer(Buffer.alloc(0))).toBeUndefined();
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
