import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in official texts of kinds the earlier sets did not cover (tests/fixtures/people21; its README says how it was
// written and annotated): a commendation decision with its annexed lists (names padded with a full-width space, units in
// brackets), a pre-appointment notice, leaders' activities with 陪同 lists, police briefs with masked parties, village and
// campus news; names that are also words (高峰, 文明, 金花, 黄河) and names inside roads, firms and buildings as traps.

// First run (main 8c34f54, before any fix of this set): person P .975 (39/40) R .582 (39/67), place P 1 (36/36) R .750
// (36/48), organization P .926 (25/27) R .806 (25/31).
// After a roster set out in columns kept a line of its own (王　伟　　　　当阳市…所长: wraps read it as a row, not a
// wrapped line), padded names in a list joined by 、, names described by their sex (石　磊，男，), a form's field (姓名：,
// 联系人：) or a bracketed unit and post (授予覃大勇（…党支部书记）), signed credits with a source or unit among the roles
// (（来源：…　编辑：卢静怡　审核：邓立新）, （文/党委宣传部　黄婷　图/吴迪…）, （…融媒体中心记者　彭丽君…）), 市领导 and
// students before names, an officer's name that is a noun before what the officer says (副支队长金花介绍) and a name ended
// before the 作 of a 专题报告: person P 1 (66/66) R .985 (66/67).
// After a surname jieba reads as a bound morpheme where it reads that character as a name elsewhere, before a given name
// it reads as a verb, after a kind of person (种粮大户刘/zg|满仓/v): person P 1 (67/67) R 1 (67/67).
const FLOORS: Floors = {
  person: { p: 0.99, r: 0.99 },
  place: { p: 0.99, r: 0.75 },
  organization: { p: 0.92, r: 0.8 },
};

describeNewsSetFloors('people21', FLOORS);
