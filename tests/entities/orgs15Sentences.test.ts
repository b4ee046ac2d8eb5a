import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of two genres, written by hand before the extractor was run on them (tests/fixtures/orgs15/sentences.tsv;
// its header says how they were written and judged): reports of banners, leagues and autonomous prefectures, courts,
// procuratorates, customs, tax, market, emergency and medical insurance bureaus, SOEs, 城投 platforms, universities,
// hospitals and institutes (rows g…), and news of business, sport, science, diplomacy, Hong Kong/Macao/Taiwan, foreign
// companies and parties, UN bodies and NGOs (rows n…). Each sentence is extracted alone.
// First run (8ee1f77, main 5e2a81e, before any fix of this set): organization P .966 (57/59) R .740 (57/77), person P 1
// (3/3) R .500 (3/6), place P 1 (9/9) R 1 (9/9).
// A banner's, league's or prefecture's body by its level word opening a clause outside its own report (旗医疗保障局,
// 盟应急管理局, 州市场监督管理局) and a county's 城投 company whose 县 jieba glued to 城 (县城|投|公司): organization P .970
// (64/66) R .831 (64/77).
// A government's department after it (内蒙古自治区人民政府|国有资产监督管理委员会), an autonomous prefecture's government by
// its level word (自治州人民政府办公室) and a corps' numbered division (新疆生产建设兵团第十师): organization P .971 (67/69)
// R .870 (67/77).
const FLOORS = {
  organization: { p: 0.971, r: 0.87 },
  person: { p: 1, r: 0.5 },
  place: { p: 1, r: 1 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs15/sentences.tsv', import.meta.url), ['organization', 'person', 'place'] as const);

describe('organizations in hand-written sentences of banner, prefecture and SOE reports and news (orgs15)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS15_VERBOSE');
});
