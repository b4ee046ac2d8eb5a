import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in kinds of text the earlier sets did not cover (tests/fixtures/people27; its README says how it was written
// and annotated): a sports report whose athletes stand with no post before them (朱婷因伤缺席, 顾超在…), a village's
// poverty-relief story with ages and kinship (68岁的张大爷, 村民向德顺, 户主), a foreign-affairs digest of transliterated
// names with no middle dot (斯塔默, 拉加德, 古特雷斯), a historical outline (鉴真, 玄奘, 郑和 beside dynasties and reigns), a
// school's honour list (names after a grade's or office's name, classes before names) and a photo story's credits.

// First run (main b79890ee, before any fix of this set): person P .889 (64/72) R .653 (64/98), place P .977 (42/43)
// R .824 (42/51), organization P .833 (15/18) R .938 (15/16).
const FLOORS: Floors = {
  person: { p: 0.88, r: 0.65 },
  place: { p: 0.97, r: 0.82 },
  organization: { p: 0.83, r: 0.93 },
};

describeNewsSetFloors('people27', FLOORS);
