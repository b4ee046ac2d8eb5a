import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations of the government genre earlier sets did not cover, written by hand before the extractor was run on them
// (tests/fixtures/orgs9g/genre-sentences.tsv; its header says how they were written and judged): rescue teams named by
// their place, a national bureau's survey team named by its county, a body's internal division after its full name,
// procuratorates named by their city, companies opening with a place, industrial parks. Each sentence is extracted alone.
// First run (540643c, main 0c13b99, before any fix of this set): organization P .895 (34/38) R .618 (34/55), person P 1
// (3/3) R 1 (3/3), place P .500 (2/4) R .286 (2/7).
// A procuratorate's own report naming the one above it (no set sentence: a report's own bodies); rescue teams named by
// their place and the work they do (董市镇应急救援队, 宜都市长江防汛抢险突击队), a national bureau's unit named with it
// (国家统计局德清调查队, 国家税务总局宜昌市税务局第一稽查局): organization P .932 (41/44) R .745 (41/55).
// A body's division after its name (县人民法院执行局, 区人民法院立案庭, 宁波海关缉私分局, 县人民检察院第二检察部,
// 市公安局交通警察支队直属二大队): organization P .941 (48/51) R .873 (48/55).
// Customs named by a city jieba cut across (舟|山海关), a company opened by a city's short name jieba reads as a word
// (大同/d|煤矿集团), 会同 after a body read as the verb before a county body (县应急管理局|会同|县消防救援大队), a body's
// office at an airport (合肥海关驻新桥机场办事处) (orgs10g): organization P 1 (52/52) R .945 (52/55).
// Parks named by their place and a verbal noun of their trade (沙洋|农产品|加工/vn|产业园) (orgs10g): place P .600 (3/5) R .429 (3/7).
const FLOORS = {
  organization: { p: 1, r: 0.945 },
  person: { p: 1, r: 1 },
  place: { p: 0.6, r: 0.428 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs9g/genre-sentences.tsv', import.meta.url), [
  'organization',
  'person',
  'place',
] as const);

describe('organizations in hand-written sentences of the government genre (orgs9g)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS9G_VERBOSE');
});
