import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in kinds of text the earlier sets did not cover (tests/fixtures/people24; its README says how it was written
// and annotated): a county government's meeting minutes with attendance lists, hospital news with doctors and masked
// patients, a page of revolutionary martyrs with former, courtesy and underground names, a tender's award notice with
// contacts, legal representatives and a panel, a rural first secretary's story with Yi names and forms of address, a
// book review with pen names, a novel's characters and an editorial board.

// First run (main 90ea0d4, before any fix of this set): person P .983 (58/59) R .707 (58/82), place P .810 (17/21)
// R .773 (17/22), organization P .903 (28/31) R .824 (28/34).
// After hospital ranks read as roles (主任医师郇建平, 主治医师税晓东), the fields of minutes and notices (缺席：, 记录人：,
// 项目负责人：庹明亮), a panel's list with a member's note (成敏（业主代表）), a post or credit then 为 and its holder
// (项目负责人为冉光辉, 责任编辑为姬小琴), names glued to 任, 系 or 育有 (聂志刚任, 袁晓梅育有): person P .986 (73/74) R .890.
// After a writer's credit with a slash (文／鞠安澜), farmers as a role (农民柳长河), a clerk's noun jieba cut (报账|员), and
// no preposition read as a list's surname (由许钧、…): person P 1 (76/76) R .927.
const FLOORS: Floors = {
  person: { p: 0.99, r: 0.92 },
  place: { p: 0.8, r: 0.77 },
  organization: { p: 0.9, r: 0.82 },
};

describeNewsSetFloors('people24', FLOORS);
