import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of two genres, written by hand before the extractor was run on them (tests/fixtures/orgs14/sentences.tsv;
// its header says how they were written and judged): bulletins of county and banner bureaus, courts, procuratorates,
// police, tax and market regulators, customs, hospitals, schools, universities, institutes, cooperatives and SOEs, mostly
// of Inner Mongolia, Guangxi and Ningxia (rows g…), and news of business, sport, science, diplomacy, Hong Kong/Macao/Taiwan,
// foreign companies, UN bodies and NGOs (rows n…). Each sentence is extracted alone.
// First run (526ed01, main 4a39480, before any fix of this set): organization P .945 (52/55) R .732 (52/71), person P 1 (4/4)
// R 1 (4/4), place P 1 (8/8) R 1 (8/8).
// An autonomous place's level word (自治区公安厅, 自治区人民医院), 县 of a glued 县城 (县城|管|执法局), a committee's standing
// office (县禁毒委员会办公室), departments named by a verb of their work (乡村振兴局) and a level's 科学院: organization
// P .951 (58/61) R .817 (58/71).
// A town's station by its short name and field (梅溪自然资源所) and a school one city built in another (日喀则市上海实验学校):
// organization P .952 (60/63) R .845 (60/71).
// A university jieba knows by its field named with the place before it (内蒙古|农业大学), a procuratorate's branch
// (…人民检察院银川铁路运输分院) and a federation of cooperatives (…专业合作社联合社): organization P .984 (63/64) R .887 (63/71).
// orgs15: a banner's body by its level word opening a clause outside its own report (旗农牧局, 旗人民医院) and a county's
// 城发 company (县城|发|集团): organization P .985 (66/67) R .930 (66/71).
// orgs15: a government's commission after it (自治区人民政府|国有资产监督管理委员会): organization P .985 (67/68) R .944 (67/71).
const FLOORS = {
  organization: { p: 0.985, r: 0.943 },
  person: { p: 1, r: 1 },
  place: { p: 1, r: 1 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs14/sentences.tsv', import.meta.url), ['organization', 'person', 'place'] as const);

describe('organizations in hand-written sentences of autonomous-region bulletins and news (orgs14)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS14_VERBOSE');
});
