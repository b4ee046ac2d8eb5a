import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of kinds the earlier sets did not cover, written by hand before the extractor was run on them
// (tests/fixtures/orgs17/sentences.tsv; its header says how they were written and judged): a city's government work
// report (rows w…), a 巡察 report (x…), specialised courts and the units of courts and procuratorates (c…), universities
// and research institutes (u…), chambers and associations (a…), foreign and international bodies (f…), and words that look
// like bodies but are none (z…). Each sentence is extracted alone.
// First run (main 947f5bf, before any fix of this set): organization P .989 (91/92) R .883 (91/103), person P .750 (3/4)
// R 1 (3/3), place P .778 (7/9) R .875 (7/8).
// A circuit court by its number (最高人民法院第一巡回法庭), a department's head glued by jieba to the next word (检察|部对),
// a city's court of one field (上海金融法院), the council and secretariat of an international body (世界贸易组织总理事会,
// 东南亚国家联盟秘书处), a level's academy keeping its institute (省农业科学院茶叶研究所) and its vocational college
// (市职业技术学院), a park's 园区 cut by jieba no level (临港产业园|区建设发展有限公司): organization P 1 (99/99) R .961
// (99/103).
const FLOORS = {
  organization: { p: 1, r: 0.961 },
  person: { p: 0.75, r: 1 },
  place: { p: 0.777, r: 0.875 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs17/sentences.tsv', import.meta.url), ['organization', 'person', 'place'] as const);

describe('organizations in hand-written sentences of work and 巡察 reports, courts, universities, associations and bodies abroad (orgs17)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS17_VERBOSE');
});
