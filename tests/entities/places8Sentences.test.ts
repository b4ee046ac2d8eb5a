import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Places on text nobody tuned for, written by hand before the extractor was run on them
// (tests/fixtures/places8/sentences.tsv; its header says how they were written and judged): rail lines and roads named
// X至Y, lines by their ends' short names, ports of entry, scenic areas, memorials, zones, national parks, rivers, regions
// and foreign places. Each sentence is extracted alone.
// First run (main 5ae17cd, before any fix of this set): place P .882 (97/110) R .622 (97/156), organization P 1 (3/3)
// R .600 (3/5), person P .667 (2/3) R 1 (2/2).
// Route ends (X至Y铁路), class nouns of grounds (口岸, 国家公园, 景区, 烈士陵园, 纪念塔) with the place or event before them,
// regions named by a place (淮北|平原): place P .963 (129/134) R .833 (130/156), person P 1 (2/2).
// Lines and zones named by their places' short names (赣深高铁, 沈抚改革创新示范区): place P .972 (139/143) R .897 (140/156).
// World regions by name (西伯利亚, 非洲之角, 萨赫勒) and Japan's prefectures by their city (京都府): P .979 (143/146) R .923
// (144/156). A river jieba knows whole though it opens with a size (大凌河): P .980 (144/147) R .929 (145/156).
const FLOORS = {
  place: { p: 0.979, r: 0.929 },
  organization: { p: 1, r: 0.6 },
  person: { p: 1, r: 1 },
};

const rows = readSentenceSet(new URL('../fixtures/places8/sentences.tsv', import.meta.url), ['place', 'organization', 'person'] as const);

describe('places in hand-written sentences (places8)', () => {
  itKeepsFloors(rows, FLOORS, 'PLACES8_VERBOSE');
});
