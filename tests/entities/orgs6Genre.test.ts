import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Organizations in sentences of the genre written by hand before the extractor was run on them
// (tests/fixtures/orgs6/genre-sentences.tsv; its header says how they were written and judged). Each sentence is
// extracted alone; an entity matches an expected one when one of its forms (name, aliases, mentions) equals one of the
// expected forms, folded and without quote marks.
// First run (eacb631, before any fix of this set): organization P .889 (112/126) R .675 (112/166), person P .875 (7/8)
// R .875 (7/8), place P .429 (3/7) R 1 (3/3), regulation P .667 (2/3) R 1 (2/2).
// A list of one level's departments (市公安局、检察院、法院), a level's court with no home place (省检察院), 中央各部 no
// party centre, the State Council's offices by their owner (国务院国资委): organization P .916 (120/131) R .723 (120/166).
// A level's institutions (省慈善总会, 县供销社, 县职业技术学校, 市中心血站), 市中医院 and 市第一人民医院, the government's
// office (市政府办公室), a national body's office in a place (中国证监会浙江监管局, 中国人民银行杭州中心支行):
// organization P .944 (134/142) R .807 (134/166).
// A zone's management committee (苏州工业园区管理委员会, 湖州南太湖新区管委会, 高新区管委会): P .945 (137/145) R .825 (137/166).
const FLOORS = {
  organization: { p: 0.944, r: 0.825 },
  person: { p: 0.875, r: 0.875 },
  place: { p: 0.5, r: 1 },
  regulation: { p: 0.66, r: 1 },
};

const rows = readSentenceSet(new URL('../fixtures/orgs6/genre-sentences.tsv', import.meta.url), [
  'organization',
  'person',
  'place',
  'regulation',
] as const);

describe('organizations in hand-written sentences of the genre (orgs6)', () => {
  itKeepsFloors(rows, FLOORS, 'ORGS6_VERBOSE');
});
