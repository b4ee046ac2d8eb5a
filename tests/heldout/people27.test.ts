import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in kinds of text the earlier sets did not cover (tests/fixtures/people27; its README says how it was written
// and annotated): a sports report whose athletes stand with no post before them (朱婷因伤缺席, 顾超在…), a village's
// poverty-relief story with ages and kinship (68岁的张大爷, 村民向德顺, 户主), a foreign-affairs digest of transliterated
// names with no middle dot (斯塔默, 拉加德, 古特雷斯), a historical outline (鉴真, 玄奘, 郑和 beside dynasties and reigns), a
// school's honour list (names after a grade's or office's name, classes before names) and a photo story's credits.

// First run (main b79890ee, before any fix of this set): person P .889 (64/72) R .653 (64/98), place P .977 (42/43)
// R .824 (42/51), organization P .833 (15/18) R .938 (15/16).
// After credit lines (本报记者　X　通讯员　向　阳, 摄影：A　B) and a verb-tagged surname after a cue (门将顾超): person
// P .897 (70/78) R .714. After a dotted name before a verb (…·吐尔逊|扎根), 又 opening a given name after a post (张又侠), a
// foreign post's holder jieba cuts as a verb (行长拉加/v|德), a school's rows by class and by office, monks of an age (唐代
// 高僧鉴真), a reign before its years (康熙年间), 名叫, pairs of players joined by 和, a team's result (晋级) and a Tibetan
// name before a glued 说: person P .989 (91/92) R .929 (91/98).
// After whom a winner beat cut by jieba (战胜林/ng|高远/d), 王楚/x|钦 closing a list, 因伤 after a name, the first word of a
// name without a surname read as that name (扎西校长 → 扎西多吉) and 与 after 在 and a place (在北京与徐光启): person P 1.000
// (94/94) R .959 (94/98). After a second national after 与 (日本选手张本智和与早田希娜): person P 1.000 (95/95) R .969
// (95/98).
const FLOORS: Floors = {
  person: { p: 0.99, r: 0.96 },
  place: { p: 0.97, r: 0.82 },
  organization: { p: 0.83, r: 0.93 },
};

describeNewsSetFloors('people27', FLOORS);
