import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of two genres, written by hand before the extractor was run on them (tests/fixtures/orgs12/sentences.tsv;
// its header says how they were written and judged): bulletins of county bureaus, courts and their tribunals, police
// stations, regulators, hospitals, schools, cooperatives, SOEs and social bodies (rows g…), and news of business, sport,
// science, diplomacy and Hong Kong/Macao/Taiwan (rows n…). Each sentence is extracted alone.
// First run (e8f9c33, main 269ea0c, before any fix of this set): organization P .927 (51/55) R .689 (51/74), person P 0
// (0/2) R 0 (0/1), place P .917 (11/12) R .846 (11/13).
// Two level bodies joined by 和 that jieba reads as the county 和县 (县中医医院|和县|妇幼保健院), stations and tribunals by
// their town's short name (瓶窑派出所, 新登人民法庭), exchanges (上海证券交易所, 伦敦金属交易所): organization P .969 (62/64)
// R .838 (62/74).
// Armed groups and a brand's abbreviation CC-CEDICT glosses (塔利班, 真主党, 哈马斯, 空客), brands that are common words too
// before their company's word (波音公司), a legislature after its region (香港特区立法会), a body's headquarters read as the
// body (日内瓦|联合国总部 → 联合国), a level's rural commercial bank and rehabilitation centre (县农商银行,
// 市强制隔离戒毒所): organization P .986 (68/69) R .919 (68/74), place P 1 (12/12) R .923 (12/13).
// A company counted by 家 and named only by its country is a company of that country (一家以色列公司): organization P 1
// (68/68) R .919, place P 1 (13/13) R 1.
const FLOORS = {
  organization: { p: 1, r: 0.918 },
  person: { p: 0, r: 0 },
  place: { p: 1, r: 1 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs12/sentences.tsv', import.meta.url), ['organization', 'person', 'place'] as const);

describe('organizations in hand-written sentences of county bulletins and news (orgs12)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS12_VERBOSE');
});
