import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in kinds of text the earlier sets did not cover (tests/fixtures/people22; its README says how it was written
// and annotated): a standing committee's appointment list, a press-conference transcript with speaker labels, Hong Kong,
// Macau and Taiwan news with compound surnames, a history and culture piece, business news, an interview feature with
// names recurring by given name or nickname; names glued to the next word (张洁清清算, 赵致真的) as traps.

// First run (main 138de1d, before any fix of this set): person P 1 (59/59) R .766 (59/77), place P .778 (21/27) R .778
// (21/27), organization P .879 (29/33) R .829 (29/35).
// After an appointment list read one item a line under its act (司马|健为), speakers named by the labels of a transcript
// (何晓东：), a transcript's credit (根据录音整理：俞静), a reporter's byline on a line of its own, pupils after 学生, a
// bankrupt firm's administrator, 其父 and 去世 beside a name, 建筑师, the full name after an address (老张——张德福), a
// pen name taken (以“鲁迅”为笔名) and its holder, people a biography or collection is named after (《杜甫传》), and the
// people CC-CEDICT glosses only as people (李白, 杜甫, 孙悟空, 猪八戒): person P 1 (75/75) R .974 (75/77).
const FLOORS: Floors = {
  person: { p: 0.99, r: 0.97 },
  place: { p: 0.77, r: 0.77 },
  organization: { p: 0.87, r: 0.82 },
};

describeNewsSetFloors('people22', FLOORS);
