import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in kinds of text the earlier sets did not cover (tests/fixtures/people26; its README says how it was written
// and annotated): a CPPCC standing committee's meeting report with its attendees by rank (出席会议的有…，列席会议的有…), a
// feature story with quotations attributed before and after them (告诉记者, 介绍, 说, 表示), names of ethnic minorities
// (Uyghur with ·, Tibetan, Mongolian, Yi, Dai, Hani, Zhuang), a county gazetteer's Qing figures with their courtesy and
// art names (字, 号), a listed company's notice of its board, supervisors and managers, a county's commendation listing
// each awardee after a unit and post.

// First run (main 07874e24, before any fix of this set): person P .934 (57/61) R .671 (57/85), place P .926 (50/54)
// R .893 (50/56), organization P .824 (14/17) R .737 (14/19).
const FLOORS: Floors = {
  person: { p: 0.93, r: 0.67 },
  place: { p: 0.92, r: 0.89 },
  organization: { p: 0.82, r: 0.73 },
};

describeNewsSetFloors('people26', FLOORS);
