import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// Organizations in six kinds of text no earlier set covered (tests/fixtures/orgs26; its README says how it was written
// and annotated): a university admissions piece naming universities by their short names, an intermediate court's work
// report with its divisions, central banks and foreign governments, industry associations' monthly data, a revolutionary
// memorial's exhibition text and a medical-insurance fund inspection notice.

// First run (main 07874e24, before any fix of this set): person P 1 (12/12) R .857 (12/14), place P .889 (8/9)
// R .889 (8/9), organization P .909 (90/99) R .732 (90/123).
// After universities by their short names (浙大, 中科大, 上海交大, 西安交大) and 清华 joined to 清华大学: organization
// P .922 (94/102) R .764 (94/123); after kinds of fund read as no manager (社保基金、医保基金, 养老基金, 建立健全基金):
// P .959 (94/98); after courts by short names (市中院, 省高院, 翼城县法院, 霍州法院) and their divisions (市中院刑事审判庭;
// 民事审判第一庭, 立案庭, 执行局, 第五检察部 written alone where the text names a court): P .963 (104/108) R .846 (104/123); after a national body joining two fields by 与 (中国物流与采购联合会): P .963 (105/109)
// R .854 (105/123).
// orgs27 (2026-12-08): 四川省 in `00`, written only inside 四川省教育考试院, made optional by the set's own convention once
// the body was read (place R 8/9 → 7/8 by the gold alone); after 四川省教育考试院 and 晋冀鲁豫边区政府 read as bodies (the
// area no longer a place): place P 1 (7/7) R .875 (7/8), organization P .973 (108/111) R .878 (108/123); after orgs27's
// media offices, training schools (太原市迎泽区华信职业技能培训学校) and counted levels: P .973 (110/113) R .894 (110/123).
const FLOORS: Floors = {
  person: { p: 0.999, r: 0.856 },
  place: { p: 0.999, r: 0.874 },
  organization: { p: 0.972, r: 0.893 },
};

describeNewsSetFloors('orgs26', FLOORS);
