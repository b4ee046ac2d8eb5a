import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in kinds of text the earlier sets did not cover (tests/fixtures/people23; its README says how it was written
// and annotated): a criminal judgment's digest with masked parties and a signature block of the bench, science news
// with a research group, first authors and foreign co-authors, an entertainment piece with actors and the roles they
// play, a sports results page with athletes listed after their teams or before their provinces, a list of commended
// good people with short biographies, an obituary with a courtesy name, an art name and a family's generations.

// First run (main e0a1998, before any fix of this set): person P .946 (53/56) R .631 (53/84), place P .875 (35/40)
// R .833 (35/42), organization P .966 (28/29) R .875 (28/32).
// After the names a judgment's bench and a page's credits sign (审判员　蒲丽萍, 书记员　岑　悦, （编辑：卓　然）), kin before a
// name (长子, 次女, 外孙女), referees as a kind of person, and players after their team or before their province in brackets
// (浙江队汪俊辉, 1.鄢佳琪（福建）11秒21；): person P .960 (72/75) R .857 (72/84).
// After a cast list's actors and roles (宁泽宇（饰马小川）, 饰演), parents named the literary way (父阎世昌，母褚氏), a clan's
// first ancestor, a dotted name ending before a word of place (马克斯·普朗克|海洋), 安德烈's 烈 beside a dot, and no person
// before the word of a kind of area (屈家岭|管理区): person P 1 (76/76) R .905 (76/84).
// After a judgment's roles spaced out to one width (审　判　长), a rare surname before a given name that is a word after a
// role (证人笪/nr|国庆/t), the leaders of a body named after it (市水利局领导杜宏伟、郑三元等): person P 1 (79/79) R .940.
const FLOORS: Floors = {
  person: { p: 0.99, r: 0.93 },
  place: { p: 0.87, r: 0.83 },
  organization: { p: 0.96, r: 0.87 },
};

describeNewsSetFloors('people23', FLOORS);
