import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Places on text nobody tuned for, a tenth set written by hand before the extractor was run on them
// (tests/fixtures/places17/sentences.tsv; its header says how they were written and judged). Each sentence is extracted alone.
// First run (main 947f5bf, before any fix of this set): place P .944 (134/142) R .749 (134/179); organization P .857 (6/7)
// R .667 (6/9: 浙江省温岭市石塘中心 read as a body); person P 1 (2/2) R .5 (2/4: 特朗普 and 马斯克 after their country).
// Reserves under their whole names (江苏盐城湿地珍禽国家级自然保护区), seas that are words too (红海), reservoirs jieba knows
// whole (丹江口水库), Hong Kong's districts (湾仔): place P .954 (144/151) R .804 (144/179).
// Roads by a place word (正阳|路), mountains listed (鹰嘴|山、五峰|山), straits and volcanoes after guessed names (曼德|海峡),
// islands jieba transliterates (特内里费岛/nrt), port areas (可门|港区), no China in 中国特色: place P .962 (152/158)
// R .849 (152/179).
const FLOORS = {
  place: { p: 0.961, r: 0.848 },
  organization: { p: 0.857, r: 0.666 },
  person: { p: 1, r: 0.5 },
};

const rows = readSentenceSet(new URL('../fixtures/places17/sentences.tsv', import.meta.url), ['place', 'organization', 'person'] as const);

describe('places in hand-written sentences (places17)', () => {
  itKeepsFloors(rows, FLOORS, 'PLACES17_VERBOSE');
});
