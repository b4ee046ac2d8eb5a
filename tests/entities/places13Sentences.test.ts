import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Places on text nobody tuned for, a sixth set written by hand before the extractor was run on them
// (tests/fixtures/places13/sentences.tsv; its header says how they were written and judged): counties, towns, villages,
// border ports, rivers, deserts and scenic spots of the north-east, the north-west, Tibet, Xinjiang, Inner Mongolia and
// the Yunnan border; districts, streets and landmarks of cities; foreign states, provinces and cities. Each sentence is
// extracted alone.
// First run (main 520f166, before any fix of this set): place P .946 (158/167) R .814 (158/194); no organization or person
// read or expected.
// Names the fold of the text took for traditional ones (乾安县 folded 干安县), an autonomous county by its stem and 县
// (贡山县), a county written with its level before a scenic spot (布尔津县|喀纳斯景区), and a kind of village (新建|边境|
// 小康村): place P .976 (163/167) R .840 (163/194).
// Border ports whose name jieba cut apart (伊尔克什坦口岸, 甘其毛都口岸), sights jieba knows whole (莫高窟/ns, 中央大街/ns,
// 太平街/ns, 香榭丽舍大街/ns), old towns and townships (和顺|古镇, 大理/n|古城), sites of ruins (金沙|遗址): place P .977
// (172/176) R .887 (172/194).
// Tibetan lakes (纳木错/nr), beaches jieba takes for names (金石滩/nr), the river of a bank (塞纳河畔/ns), a street
// jieba does not know before 街 (坡子|街), a country kept out of the island after it (印尼|爪哇岛): place P .978 (177/181)
// R .912 (177/194).
const FLOORS = {
  place: { p: 0.983, r: 0.927 },
  organization: { p: 1, r: 1 },
  person: { p: 1, r: 1 },
};

const rows = readSentenceSet(new URL('../fixtures/places13/sentences.tsv', import.meta.url), ['place', 'organization', 'person'] as const);

describe('places in hand-written sentences (places13)', () => {
  itKeepsFloors(rows, FLOORS, 'PLACES13_VERBOSE');
});
