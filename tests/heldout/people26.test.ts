import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in kinds of text the earlier sets did not cover (tests/fixtures/people26; its README says how it was written
// and annotated): a CPPCC standing committee's meeting report with its attendees by rank (出席会议的有…，列席会议的有…), a
// feature story with quotations attributed before and after them (告诉记者, 介绍, 说, 表示), names of ethnic minorities
// (Uyghur with ·, Tibetan, Mongolian, Yi, Dai, Hani, Zhuang), a county gazetteer's Qing figures with their courtesy and
// art names (字, 号), a listed company's notice of its board, supervisors and managers, a county's commendation listing
// each awardee after a unit and post.

// First run (main 07874e24, before any fix of this set): person P .934 (57/61) R .671 (57/85), place P .926 (50/54)
// R .893 (50/56), organization P .824 (14/17) R .737 (14/19).
// After a firm's and the old state's posts (经理, 董事, 监事, 班长, 知县), a field's post before a verb of speech, a kind glued
// to the surname (户|主张), a biography's courtesy and art names (郑燮，字克柔，号板桥), a reign before its years (嘉庆年间), no
// county in 知县, and a line of unit, post and holder kept as a row (no 鄢桂花县人民医院): person P .973 (73/75) R .859,
// place P .980 (50/51) R .893, organization P .944 (17/18) R .895 (17/19).
// After a name after a nation and a kind of person (彝族青年吉克伍呷, 哈尼族小伙子车文明), the holder closing a line of unit
// and post (凉水井镇中心学校教师　邰秋云) and a native place after its province (浙江钱塘人, 湖南巴陵人): person P .974 (75/77)
// R .882, place P .981 (52/53) R .929.
// After a rare surname jieba reads as a place's short name after a post (副秘书长韶/ns|光辉/nr): person P .974 (76/78)
// R .894.
const FLOORS: Floors = {
  person: { p: 0.97, r: 0.89 },
  place: { p: 0.98, r: 0.92 },
  organization: { p: 0.94, r: 0.89 },
};

describeNewsSetFloors('people26', FLOORS);
