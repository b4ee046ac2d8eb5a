import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Places on text nobody tuned for, an eleventh set written by hand before the extractor was run on them
// (tests/fixtures/places18/sentences.tsv; its header says how they were written and judged). Each sentence is extracted alone.
// First run (main a0eca14, before any fix of this set): place P .918 (169/184) R .793 (169/213); organization P .875 (7/8)
// R .467 (7/15: airlines, breweries and a broker named after a place read as their place); no person.
// Firms named by a place and their trade (深圳航空, 长江证券), a common noun's side (县城|北区), a city's short name that is a
// word right after its province (宁夏|中卫), communities named by an adjective in a list (幸福社区、和平社区): place
// P .950 (171/180) R .803 (171/213). A division abroad jieba tags as a body after its country (印度|北方邦/nt): R .808 (172/213).
// A city at the front of a sight jieba knows whole (承德|避暑山庄, 上海|南京路步行街), lists counted by their class
// (龙泉、白沙、新桥三个乡镇), mountains of three characters named by a noun (大巴|山): P .957 (180/188) R .845 (180/213).
// A town at a route's first end, the county seat at the other (黄章镇至县城的公路), a city at a route's end by a word
// (深圳至中山的车程), islands named by the place before their word (嵊泗|列岛, 海岛 none), a river glued to the conjunction
// before it (泾河|和洛河/nr): P .968 (183/189) R .859 (183/213).
// Old streets and historic blocks by their class (屯溪|老街, 锦里|古街, 老门东|历史街区), a listed ground without the
// city it opens with (苏州|拙政园、虎丘景区): P .974 (188/193) R .883 (188/213).
const FLOORS = {
  place: { p: 0.974, r: 0.882 },
  organization: { p: 0.875, r: 0.466 },
  person: { p: 1, r: 1 },
};

const rows = readSentenceSet(new URL('../fixtures/places18/sentences.tsv', import.meta.url), ['place', 'organization', 'person'] as const);

describe('places in hand-written sentences (places18)', () => {
  itKeepsFloors(rows, FLOORS, 'PLACES18_VERBOSE');
});
