import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Places on text nobody tuned for, a fifth set written by hand before the extractor was run on them
// (tests/fixtures/places12/sentences.tsv; its header says how they were written and judged): villages and communities
// named by a common word, counties by their short name, old towns, business districts and landmarks, lakes and
// mountains in set phrases, zones named by places, parts of countries and foreign cities. Each sentence is extracted alone.
// First run (main 269ea0c, before any fix of this set): place P .961 (99/103) R .712 (99/139), organization P 0 (0/2: 强村公司,
// 杭州钱江新城和奥体中心).
// Villages and communities named by a word, listed or after 我镇 (和平社区, 新建社区、和平社区, 我镇|和平村), counties by a short
// word a list vouches for (嘉鱼、赤壁; 晋江、石狮两市): place P .972 (105/108) R .755 (105/139).
// Old towns (阆中|古城, 凤凰古城/ns), zones of two states (中新天津生态城), the parts of the United Kingdom as places of their own
// (北爱尔兰), a place word listed beside a foreign city (釜山、仁川), a mountain whose stem is a place word (长白/ns|山):
// place P .974 (112/115) R .806 (112/139).
// A zone opened by a town's name jieba tags as a word of position (前海/f|深港…合作区), a park's 区 cut off or glued to the
// next word (钦州|产业园|区新/x): place P .983 (113/115) R .813 (113/139).
const FLOORS = {
  place: { p: 0.982, r: 0.812 },
  organization: { p: 0, r: 1 },
  person: { p: 1, r: 1 },
};

const rows = readSentenceSet(new URL('../fixtures/places12/sentences.tsv', import.meta.url), ['place', 'organization', 'person'] as const);

describe('places in hand-written sentences (places12)', () => {
  itKeepsFloors(rows, FLOORS, 'PLACES12_VERBOSE');
});
