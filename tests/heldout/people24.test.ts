import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in kinds of text the earlier sets did not cover (tests/fixtures/people24; its README says how it was written
// and annotated): a county government's meeting minutes with attendance lists, hospital news with doctors and masked
// patients, a page of revolutionary martyrs with former, courtesy and underground names, a tender's award notice with
// contacts, legal representatives and a panel, a rural first secretary's story with Yi names and forms of address, a
// book review with pen names, a novel's characters and an editorial board.

// First run (main 90ea0d4, before any fix of this set): person P .983 (58/59) R .707 (58/82), place P .810 (17/21)
// R .773 (17/22), organization P .903 (28/31) R .824 (28/34).
const FLOORS: Floors = {
  person: { p: 0.98, r: 0.7 },
  place: { p: 0.8, r: 0.77 },
  organization: { p: 0.9, r: 0.82 },
};

describeNewsSetFloors('people24', FLOORS);
