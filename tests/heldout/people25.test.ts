import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in kinds of text the earlier sets did not cover (tests/fixtures/people25; its README says how it was written
// and annotated): a county committee's appointment and removal notice with ages, birthplaces and 拟任 entries, a civil
// judgment's parties and their counsel, a badminton final with foreign pairs written with ．, ・ and ／, science news with
// transliterated foreign scientists, an obituary notice with its funeral committee and family, a village's list of
// subsidized households in a table's columns.

// First run (main c802ccc, before any fix of this set): person P .952 (60/63) R .723 (60/83), place P .889 (32/36)
// R .889 (32/36), organization P .964 (27/28) R .771 (27/35).
// After an act's name with a note in brackets and removals listed before 的 (任命卯红英（女，…）为, 免去区慧芳、柳建军的), a
// judgment's fields (委托诉讼代理人：向红军), a post as a field (村监委会主任：胡德明), a table's column of householders
// (1　阮志刚　4…), pairs by the slash (刘圣书／谭宁以), the full-width full stop in dotted names (斯万特．帕博) and a name
// before 任 glued to the level (谭国富|任县/r, no 任县): person P 1 (79/79) R .952, place P .914 (32/35).
// After a Japanese given name jieba does not know before a post (海部/n|阳介/x|教授) and a Japanese pair after 组合
// (松山奈未／志田千阳, no 千阳县): person P 1 (82/82) R .988, place P .941 (32/34).
const FLOORS: Floors = {
  person: { p: 0.99, r: 0.98 },
  place: { p: 0.94, r: 0.88 },
  organization: { p: 0.96, r: 0.77 },
};

describeNewsSetFloors('people25', FLOORS);
