import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// People in kinds of text the earlier sets did not cover (tests/fixtures/people25; its README says how it was written
// and annotated): a county committee's appointment and removal notice with ages, birthplaces and 拟任 entries, a civil
// judgment's parties and their counsel, a badminton final with foreign pairs written with ．, ・ and ／, science news with
// transliterated foreign scientists, an obituary notice with its funeral committee and family, a village's list of
// subsidized households in a table's columns.

// First run (main c802ccc, before any fix of this set): person P .952 (60/63) R .723 (60/83), place P .889 (32/36)
// R .889 (32/36), organization P .964 (27/28) R .771 (27/35).
const FLOORS: Floors = {
  person: { p: 0.95, r: 0.72 },
  place: { p: 0.88, r: 0.88 },
  organization: { p: 0.96, r: 0.77 },
};

describeNewsSetFloors('people25', FLOORS);
