import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of two genres, written by hand before the extractor was run on them (tests/fixtures/orgs11/sentences.tsv;
// its header says how they were written and judged): bulletins of county bureaus, courts and procuratorates and their
// numbered departments, hospitals, schools, cooperatives, companies and social bodies (rows g…), and news of business,
// sport, science and diplomacy (rows n…). Each sentence is extracted alone.
// First run (e5cc4d1, main e7a15f2, before any fix of this set): organization P .944 (51/54) R .718 (51/71), person none
// expected or found, place P .857 (6/7) R .857 (6/7).
// A level's jail, armed forces' department, school for the elderly, union of supply cooperatives and numbered school of a
// kind (县看守所, 县人民武装部, 县老年大学, 县供销合作社联合社, 县第二实验小学): organization P .964 (54/56) R .761 (54/71).
// An event's organizing committee by its short name (杭州亚组委, 北京冬奥组委), a satellite channel (凤凰卫视), a national
// team (国家游泳队), the army's theater commands and stationed troops (解放军南部战区, 中国人民解放军驻香港部队), a club the
// dictionary names with its 俱乐部, a body's 执委会 (国际奥委会执委会), an autonomous county by its short name and 县
// (玉龙县人民政府办公室): organization P 1 (63/63) R .887 (63/71).
const FLOORS = {
  organization: { p: 1, r: 0.887 },
  person: { p: 1, r: 1 },
  place: { p: 0.857, r: 0.857 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs11/sentences.tsv', import.meta.url), ['organization', 'person', 'place'] as const);

describe('organizations in hand-written sentences of county bulletins and news (orgs11)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS11_VERBOSE');
});
