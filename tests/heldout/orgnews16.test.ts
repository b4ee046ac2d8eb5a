import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// Organizations in world and business news nobody tuned for (tests/fixtures/orgnews16; its README says how it was
// written and annotated): agencies and papers, companies and banks, universities and militaries abroad, international
// bodies and NGOs, scored as the scorer scores the news set.

// First run (main 85d78bf, before any fix of this set): person P 1.000 (16/16) R .889 (16/18), place P .849 (45/53)
// R .882 (45/51), organization P .932 (68/73) R .773 (68/88).
// After a state's central bank (日本央行, 俄罗斯央行): place P .900 (45/50), organization P .935 (72/77) R .818 (72/88).
// After a state's federal agency read whole (德国联邦|统计局, 美国联邦|航空|管理局): organization P .949 (74/78) R .841.
// After the part a company plays in its trade kept out of its name (汽车制造商|大众汽车集团): place P .902 (46/51)
// R .902, organization P .962 (75/78) R .852.
// After brands before a chief officer (特斯拉|首席执行官, 摩根|大通|首席执行官): organization P .963 (77/80) R .875.
const FLOORS: Floors = {
  person: { p: 0.999, r: 0.888 },
  place: { p: 0.901, r: 0.901 },
  organization: { p: 0.962, r: 0.874 },
};

describeNewsSetFloors('orgnews16', FLOORS);
