import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in reports and notices nobody tuned for (tests/fixtures/people17; its README says how it was written and
// annotated): officials with their posts in government work and rectification reports, model workers and lists of
// leaders, discipline notices (原县长方某某), courts and procuratorates, appointment lists of people's congresses and
// CPPCC, obituaries, science and culture news; names that are words (高远, 常青, 方言) and words that begin with a
// surname (林业, 高铁, 向好, 万达, 常态化, 方面) or places that do (万宁市, 常德, 林芝).

// First run (main 947f5bf, before any fix of this set): person P .983 (59/60) R .663 (59/89), place P 1 (18/18)
// R .857 (18/21), organization P .898 (44/49) R .880 (44/50).
// After given names that are words in a congress's acts (任命方明远为, 撤销高明亮的, 增补向前进为), acts after ； of a list
// opened by a colon, names elected (程万里当选), names a list sets off by spaces, a surname read as an adjective before a
// given name read as a name (市长|高/a|向东/nr), no preposition and its object after a post (执行主席|向全体), and the
// people of courts and projects (检察官常悦, 总设计师胡浩): person P 1 (74/74) R .831 (74/89).
// After a master before 的弟子 (常香玉的弟子): person P 1 (75/75) R .843 (75/89).
// After people18's given names ending in 年 (林俊德、黄大年等): person P 1 (77/77) R .865 (77/89).
// After people19's assistants before a name (检察官助理高洁): person P 1 (78/78) R .876 (78/89).
// After people19's bound-morpheme surnames (林则徐): person P 1 (79/79) R .888 (79/89).
const FLOORS: Floors = {
  person: { p: 0.99, r: 0.887 },
  place: { p: 0.99, r: 0.85 },
  organization: { p: 0.89, r: 0.88 },
};

describeNewsSetFloors('people17', FLOORS);
