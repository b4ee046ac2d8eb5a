import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of two genres, written by hand before the extractor was run on them (tests/fixtures/orgs13/sentences.tsv;
// its header says how they were written and judged): bulletins of county bureaus, courts, procuratorates, police, tax and
// market regulators, hospitals, schools, cooperatives, SOEs and their subsidiaries, Tibet and Xinjiang prefectures (rows
// g…), and news of business, sport, science, diplomacy, Hong Kong/Macao/Taiwan and foreign bodies (rows n…). Each
// sentence is extracted alone.
// First run (f0970c6, main 520f166, before any fix of this set): organization P .929 (52/56) R .743 (52/70), person none
// expected or found, place P .933 (14/15) R .824 (14/17).
// A company's whole name before its unit's ends the unit's walk back (国家电网有限公司|江苏省电力有限公司|南通供电公司, one
// body), a legal form jieba cuts off 公司 (有限责任/l) and an abbreviation in 化 inside a name (中国|中化/j|控股):
// organization P .946 (53/56) R .757 (53/70).
// A brand in 讯 (腾讯/nz|公司) is no dateline, a kind counted after its word (强村公司15家) and the stations of every town
// (各乡镇|卫生院) are no names, 立法会 alone is the legislature, a museum its site names is a body (金沙遗址博物馆):
// organization P .982 (56/57) R .800 (56/70).
const FLOORS = {
  organization: { p: 0.982, r: 0.8 },
  person: { p: 1, r: 1 },
  place: { p: 0.933, r: 0.823 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs13/sentences.tsv', import.meta.url), ['organization', 'person', 'place'] as const);

describe('organizations in hand-written sentences of county bulletins and news (orgs13)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS13_VERBOSE');
});
