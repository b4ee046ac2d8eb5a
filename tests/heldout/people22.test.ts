import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in kinds of text the earlier sets did not cover (tests/fixtures/people22; its README says how it was written
// and annotated): a standing committee's appointment list, a press-conference transcript with speaker labels, Hong Kong,
// Macau and Taiwan news with compound surnames, a history and culture piece, business news, an interview feature with
// names recurring by given name or nickname; names glued to the next word (张洁清清算, 赵致真的) as traps.

// First run (main 138de1d, before any fix of this set): person P 1 (59/59) R .766 (59/77), place P .778 (21/27) R .778
// (21/27), organization P .879 (29/33) R .829 (29/35).
const FLOORS: Floors = {
  person: { p: 0.99, r: 0.76 },
  place: { p: 0.77, r: 0.77 },
  organization: { p: 0.87, r: 0.82 },
};

describeNewsSetFloors('people22', FLOORS);
